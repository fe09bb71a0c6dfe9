import { describe, expect, it } from 'vitest';
import {
	correctIndex,
	feedback,
	isAnswered,
	optionsOf,
	responseFromIndex,
	score,
	total
} from '$lib/quiz/score';
import type { SingleChoiceQuestion, TrueFalseQuestion } from '$lib/quiz/types';

const single: SingleChoiceQuestion = {
	id: 'what-was-asked',
	type: 'single',
	prompt: 'What did the Home Secretary ask for?',
	objectives: ['describe-the-demand'],
	step: 'a-secret-place',
	options: [
		{ text: 'A ban on encryption', explanation: 'She said she supported encryption.' },
		{ text: 'Access under warrant', explanation: 'Yes: with a warrant, a way in.' },
		{ text: 'Nothing', explanation: 'She asked for something specific.' }
	],
	answer: 1
};

const trueFalse: TrueFalseQuestion = {
	id: 'was-encryption-discussed',
	type: 'true-false',
	prompt: 'Encryption was discussed at the meeting.',
	objectives: ['meeting-outcome'],
	step: 'round-the-table',
	answer: false,
	explanations: { true: 'The Home Office said it was not.', false: 'Right: it was not discussed.' }
};

describe('scoring', () => {
	it('scores a single-choice question right, wrong and unanswered', () => {
		expect(score(single, 1)).toEqual({ score: 1, max: 1, correct: true });
		expect(score(single, 0)).toEqual({ score: 0, max: 1, correct: false });
		expect(score(single, null)).toEqual({ score: 0, max: 1, correct: false });
	});

	it('treats an out-of-range or mistyped response as unanswered', () => {
		expect(isAnswered(single, 3)).toBe(false);
		expect(isAnswered(single, -1)).toBe(false);
		expect(isAnswered(single, true)).toBe(false);
		expect(score(single, 7).score).toBe(0);
	});

	it('scores a true/false question', () => {
		expect(score(trueFalse, false).correct).toBe(true);
		expect(score(trueFalse, true).correct).toBe(false);
		expect(isAnswered(trueFalse, 0)).toBe(false);
	});

	it('presents true/false as two options, True first', () => {
		expect(optionsOf(trueFalse).map((o) => o.text)).toEqual(['True', 'False']);
		expect(correctIndex(trueFalse)).toBe(1);
		expect(responseFromIndex(trueFalse, 0)).toBe(true);
		expect(responseFromIndex(single, 2)).toBe(2);
		expect(responseFromIndex(single, null)).toBeNull();
	});

	it('totals a quiz, counting unanswered questions as zero', () => {
		expect(total([single, trueFalse], { 'what-was-asked': 1 })).toEqual({
			score: 1,
			max: 2,
			correct: false
		});
		expect(
			total([single, trueFalse], { 'what-was-asked': 1, 'was-encryption-discussed': false }).score
		).toBe(2);
	});
});

describe('feedback', () => {
	it('explains the chosen option and gives the solution when wrong', () => {
		const result = feedback(single, 0);
		expect(result?.correct).toBe(false);
		expect(result?.chosen.explanation).toBe('She said she supported encryption.');
		expect(result?.solution.text).toBe('Access under warrant');
	});

	it('explains why a right answer is right', () => {
		const result = feedback(trueFalse, false);
		expect(result?.correct).toBe(true);
		expect(result?.chosen.explanation).toBe('Right: it was not discussed.');
	});

	it('gives nothing until an answer is chosen', () => {
		expect(feedback(single, null)).toBeNull();
	});
});
