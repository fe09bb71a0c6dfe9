import { describe, expect, it } from 'vitest';
import { validateQuiz } from '$lib/quiz/validate';

const file = 'content/chapters/01-example/quiz.ts';
const context = { objectives: ['know-it'], steps: ['first-step'] };
const good = {
	id: 'q-one',
	type: 'single',
	prompt: 'Which?',
	objectives: ['know-it'],
	step: 'first-step',
	options: [
		{ text: 'A', explanation: 'Because A.' },
		{ text: 'B', explanation: 'Because not B.' }
	],
	answer: 0
};

describe('quiz validation', () => {
	it('accepts well-formed questions', () => {
		const trueFalse = {
			...good,
			id: 'q-two',
			type: 'true-false',
			answer: true,
			explanations: { true: 'Yes.', false: 'No.' }
		};
		expect(validateQuiz(file, [good, trueFalse], context)).toHaveLength(2);
	});

	it.each([
		['an empty quiz', [], /\(all\)" list is empty/],
		[
			'a missing explanation',
			[{ ...good, options: [good.options[0], { text: 'B' }] }],
			/"q-one" option 2 has no explanation/
		],
		[
			'an answer index out of range',
			[{ ...good, answer: 2 }],
			/"q-one" answer index 2 is out of range/
		],
		['a duplicate id', [good, good], /"q-one" repeats an id/],
		['an unknown objective', [{ ...good, objectives: ['nope'] }], /"q-one" names objective "nope"/],
		['no objective', [{ ...good, objectives: [] }], /"q-one" names no objective/],
		['an unknown step', [{ ...good, step: 'nowhere' }], /"q-one" links to step "nowhere"/],
		['an unknown type', [{ ...good, type: 'essay' }], /"q-one" has unknown type "essay"/],
		[
			'a true/false without both explanations',
			[{ ...good, type: 'true-false', answer: true, explanations: { true: 'Yes.' } }],
			/both true and false/
		],
		['a missing id', [{ ...good, id: '' }], /"#1" has no id/]
	])('fails on %s, naming the file and the question', (_name, questions, message) => {
		expect(() => validateQuiz(file, questions, context)).toThrow(message);
		expect(() => validateQuiz(file, questions, context)).toThrow(file);
	});
});
