import { describe, expect, it } from 'vitest';
import {
	answerKey,
	keyEntry,
	letter,
	worksheetQuestion,
	worksheetQuestions
} from '$lib/teach/printable';
import { explanationsOf } from '$lib/quiz/score';
import type { MatchingQuestion, OrderingQuestion, Question } from '$lib/quiz/types';

// Every chapter's real quiz: the key must agree with the worksheet for all of them.
const quizzes = import.meta.glob<{ questions: Question[] }>('/content/chapters/*/quiz.ts', {
	eager: true
});

const common = { prompt: 'Which?', objectives: ['o'], step: 's' };

const ordering: OrderingQuestion = {
	...common,
	id: 'put-in-order',
	type: 'ordering',
	items: ['First', 'Second', 'Third', 'Fourth', 'Fifth'].map((text) => ({
		text,
		explanation: `${text} because.`
	}))
};

const matching: MatchingQuestion = {
	...common,
	id: 'who-said-what',
	type: 'matching',
	pairs: ['Alpha', 'Beta', 'Gamma', 'Delta'].map((term) => ({
		term,
		definition: `the ${term.toLowerCase()} one`,
		explanation: `${term} explained.`
	}))
};

/** The worksheet text behind a letter. */
const textOf = (question: Question, l: string) =>
	worksheetQuestion(question, 1).choices.find((choice) => choice.letter === l)?.text;

describe('worksheet questions', () => {
	it('letters options in order for single choice, true/false and multiple select', () => {
		const single: Question = {
			...common,
			id: 'q',
			type: 'single',
			options: [
				{ text: 'Yes', explanation: 'Why yes.' },
				{ text: 'No', explanation: 'Why no.' }
			],
			answer: 1
		};
		expect(worksheetQuestion(single, 3)).toMatchObject({
			number: 3,
			prompt: 'Which?',
			choices: [
				{ letter: 'A', text: 'Yes' },
				{ letter: 'B', text: 'No' }
			]
		});
		const key = keyEntry(single, 3);
		expect(key.answer).toBe('B: No');
		expect(key.parts.map((part) => [part.label, part.right])).toEqual([
			['A', false],
			['B', true]
		]);
	});

	it('shuffles items to order, and the key gives their letters in the right order', () => {
		const sheet = worksheetQuestion(ordering, 1);
		expect(sheet.choices.map((choice) => choice.text).sort()).toEqual(
			ordering.items.map((item) => item.text).sort()
		);
		const letters = keyEntry(ordering, 1).answer.split(', ');
		expect(letters.map((l) => textOf(ordering, l))).toEqual([
			'First',
			'Second',
			'Third',
			'Fourth',
			'Fifth'
		]);
	});

	it('numbers terms, letters shuffled descriptions, and keys each term to its own', () => {
		const sheet = worksheetQuestion(matching, 1);
		expect(sheet.terms).toEqual(['Alpha', 'Beta', 'Gamma', 'Delta']);
		const pairs = keyEntry(matching, 1).answer.split(', ');
		expect(pairs).toHaveLength(4);
		pairs.forEach((pair, i) => {
			const [number, l] = pair.split(' ');
			expect(number).toBe(String(i + 1));
			expect(textOf(matching, l!)).toBe(`the ${sheet.terms[i]!.toLowerCase()} one`);
		});
	});

	it('leaves room to write for estimates and reflections, with the unit and the scale', () => {
		const numeric: Question = {
			...common,
			id: 'n',
			type: 'numeric',
			answer: 1.1e19,
			unit: 'years',
			tolerance: { kind: 'magnitude', orders: 1 },
			explanation: 'The working.'
		};
		expect(worksheetQuestion(numeric, 1)).toMatchObject({ unit: 'years', lines: 3 });
		expect(keyEntry(numeric, 1).answer).toMatch(/^1\.1 × 10¹⁹ years; anything from .* counts/);
		expect(keyEntry(numeric, 1).note).toBe('The working.');
		const reflection: Question = {
			...common,
			id: 'r',
			type: 'reflection',
			scale: { min: 1, max: 5, minLabel: 'no', maxLabel: 'yes' },
			explanation: 'Both sides.'
		};
		expect(worksheetQuestion(reflection, 1).scale).toEqual({
			points: [1, 2, 3, 4, 5],
			minLabel: 'no',
			maxLabel: 'yes'
		});
		expect(keyEntry(reflection, 1).answer).toContain('No marked answer');
	});
});

describe.each(Object.entries(quizzes))('%s', (_file, { questions }) => {
	const sheets = worksheetQuestions(questions);
	const key = answerKey(questions);

	it('prints every question, numbered in order, and keys every one', () => {
		expect(sheets.map((q) => q.id)).toEqual(questions.map((q) => q.id));
		expect(key.map((entry) => entry.number)).toEqual(questions.map((_, i) => i + 1));
	});

	it('gives every answer in letters the worksheet prints, for the right text', () => {
		questions.forEach((question, i) => {
			const entry = key[i]!;
			const sheet = sheets[i]!;
			if (question.type === 'single') {
				expect(entry.answer).toBe(
					`${letter(question.answer)}: ${textOf(question, letter(question.answer))}`
				);
				expect(textOf(question, letter(question.answer))).toBe(
					question.options[question.answer]!.text
				);
			}
			if (question.type === 'multiple') {
				const right = entry.parts.filter((part) => part.right).map((part) => part.text);
				expect(right).toEqual(
					question.answers.toSorted((a, b) => a - b).map((a) => question.options[a]!.text)
				);
			}
			if (question.type === 'ordering') {
				const order = entry.answer.split(', ').map((l) => textOf(question, l));
				expect(order).toEqual(question.items.map((item) => item.text));
			}
			if (question.type === 'matching') {
				entry.answer.split(', ').forEach((pair, term) => {
					const l = pair.split(' ')[1]!;
					expect(textOf(question, l)).toBe(question.pairs[term]!.definition);
				});
			}
			// Every explanation the quiz has is in the key, none left out.
			const explained = entry.parts.map((part) => part.explanation).concat(entry.note);
			for (const explanation of explanationsOf(question)) expect(explained).toContain(explanation);
			expect(sheet.prompt).toBe(question.prompt);
		});
	});
});
