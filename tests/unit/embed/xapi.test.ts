import { describe, expect, it } from 'vitest';
import {
	ACTIVITY_TYPE,
	VERB,
	answeredStatement,
	completedStatement,
	isComplete,
	isoDuration,
	questionActivityId,
	quizActivityId
} from '$lib/embed/xapi';
import type { Question } from '$lib/quiz/types';

const source = { site: 'https://sealed.example', slug: 'the-demand', title: 'The demand' };
const now = new Date('2027-03-01T10:00:05.000Z');

const single: Question = {
	id: 'pick-one',
	type: 'single',
	prompt: 'Which one?',
	objectives: ['o'],
	step: 's',
	options: [
		{ text: 'A', explanation: 'why A' },
		{ text: 'B', explanation: 'why B' }
	],
	answer: 1
};
const multiple: Question = {
	id: 'pick-some',
	type: 'multiple',
	prompt: 'Which ones?',
	objectives: ['o'],
	step: 's',
	options: [
		{ text: 'A', explanation: 'a' },
		{ text: 'B', explanation: 'b' },
		{ text: 'C', explanation: 'c' }
	],
	answers: [0, 2]
};
const reflection: Question = {
	id: 'your-view',
	type: 'reflection',
	prompt: 'What do you think?',
	objectives: ['o'],
	step: 's',
	scale: { min: 1, max: 5, minLabel: 'no', maxLabel: 'yes' },
	explanation: 'Both sides.'
};
const quiz = [single, multiple, reflection];

describe('xAPI statements', () => {
	it('name the quiz and each question by canonical URLs on the site', () => {
		expect(quizActivityId(source)).toBe('https://sealed.example/chapters/the-demand#quiz');
		expect(questionActivityId(source, 'pick-one')).toBe(
			'https://sealed.example/chapters/the-demand#quiz/pick-one'
		);
	});

	it('write durations in ISO 8601', () => {
		expect(isoDuration(65_000)).toBe('PT1M5S');
		expect(isoDuration(500)).toBe('PT0.5S');
		expect(isoDuration(3_600_000)).toBe('PT1H');
		expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(-5)).toBe('PT0S');
		expect(isoDuration(Number.NaN)).toBe('PT0S');
		expect(isoDuration(4)).toBe('PT0S');
	});

	it('describe a right answer: verb, activity, score, success, completion, time, quiz', () => {
		expect(answeredStatement(source, single, 1, 12_000, now)).toEqual({
			verb: { id: VERB.answered, display: { 'en-US': 'answered' } },
			object: {
				objectType: 'Activity',
				id: 'https://sealed.example/chapters/the-demand#quiz/pick-one',
				definition: {
					name: { 'en-US': 'Which one?' },
					type: ACTIVITY_TYPE.interaction,
					interactionType: 'choice'
				}
			},
			result: {
				score: { scaled: 1, raw: 1, min: 0, max: 1 },
				success: true,
				completion: true,
				duration: 'PT12S'
			},
			context: {
				contextActivities: {
					parent: [
						{ objectType: 'Activity', id: 'https://sealed.example/chapters/the-demand#quiz' }
					]
				}
			},
			timestamp: '2027-03-01T10:00:05.000Z'
		});
		expect(VERB.answered).toBe('http://adlnet.gov/expapi/verbs/answered');
	});

	it('score partial credit as a fraction, and say it is not a success', () => {
		const statement = answeredStatement(source, multiple, [0], 1000, now);
		expect(statement.result.score).toEqual({ scaled: 0.5, raw: 1, min: 0, max: 2 });
		expect(statement.result.success).toBe(false);
	});

	it('send no score and none of the reader’s own words for a reflection', () => {
		const statement = answeredStatement(
			source,
			reflection,
			{ text: 'My private thoughts', scale: 4 },
			1000,
			now
		);
		expect(statement.result).toEqual({ completion: true, duration: 'PT1S' });
		expect(JSON.stringify(statement)).not.toContain('private');
		expect(statement.object.definition.interactionType).toBe('other');
	});

	it('carry no actor: the host knows its student', () => {
		const statement = answeredStatement(source, single, 0, 1000, now);
		expect(statement).not.toHaveProperty('actor');
		expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
	});

	it('count a quiz complete when every scored question is answered; reflections are optional', () => {
		expect(isComplete(quiz, {})).toBe(false);
		expect(isComplete(quiz, { 'pick-one': 1 })).toBe(false);
		expect(isComplete(quiz, { 'pick-one': 1, 'pick-some': [0] })).toBe(true);
		expect(isComplete(quiz, { 'pick-one': 1, 'pick-some': [] })).toBe(false);
		expect(isComplete([reflection], {})).toBe(false);
		expect(isComplete([reflection], { 'your-view': { text: 'x', scale: null } })).toBe(true);
		expect(isComplete([], {})).toBe(false);
	});

	it('describe a completed quiz with its total score', () => {
		const statement = completedStatement(
			source,
			quiz,
			{ 'pick-one': 1, 'pick-some': [0] },
			65_000,
			now
		);
		expect(statement).toEqual({
			verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
			object: {
				objectType: 'Activity',
				id: 'https://sealed.example/chapters/the-demand#quiz',
				definition: {
					name: { 'en-US': 'Quiz: The demand' },
					type: 'http://adlnet.gov/expapi/activities/assessment'
				}
			},
			result: {
				score: { scaled: 0.6667, raw: 2, min: 0, max: 3 },
				success: false,
				completion: true,
				duration: 'PT1M5S'
			},
			timestamp: '2027-03-01T10:00:05.000Z'
		});
	});
});
