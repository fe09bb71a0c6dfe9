import { describe, expect, it } from 'vitest';
import { QuizError, validateQuiz } from '$lib/quiz/validate';

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

const common = { prompt: 'Which?', objectives: ['know-it'], step: 'first-step' };

const multiple = {
	...common,
	id: 'q-multi',
	type: 'multiple',
	options: [
		{ text: 'A', explanation: 'Because A.' },
		{ text: 'B', explanation: 'Because B.' },
		{ text: 'C', explanation: 'Because not C.' }
	],
	answers: [0, 1]
};

const ordering = {
	...common,
	id: 'q-order',
	type: 'ordering',
	items: [
		{ text: 'First', explanation: 'It starts here.' },
		{ text: 'Second', explanation: 'Then this.' },
		{ text: 'Third', explanation: 'Then this.' }
	]
};

const matching = {
	...common,
	id: 'q-match',
	type: 'matching',
	pairs: [
		{ term: 'Key', definition: 'Opens', explanation: 'It opens.' },
		{ term: 'Lock', definition: 'Closes', explanation: 'It closes.' }
	]
};

const relative = {
	...common,
	id: 'q-relative',
	type: 'numeric',
	answer: 7.2e16,
	unit: '',
	tolerance: { kind: 'relative', within: 0.1 },
	explanation: 'The working.'
};

const magnitude = {
	...relative,
	id: 'q-magnitude',
	unit: 'years',
	tolerance: { kind: 'magnitude', orders: 1 }
};

const reflection = {
	...common,
	id: 'q-view',
	type: 'reflection',
	scale: { min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' },
	explanation: 'What each side argues.'
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

	it('accepts well-formed questions of every new type', () => {
		const all = [multiple, ordering, matching, relative, magnitude, reflection];
		expect(validateQuiz(file, all, context)).toEqual(all);
		expect(validateQuiz(file, [{ ...relative, answer: -40 }], context)).toHaveLength(1);
		expect(
			validateQuiz(file, [{ ...reflection, scale: { ...reflection.scale, min: -2 } }], context)
		).toHaveLength(1);
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

describe('validation of the new question types', () => {
	it.each([
		// Common to all types
		[
			'a type that is a prototype method',
			{ ...good, type: 'toString' },
			/has unknown type "toString"/
		],
		['a missing type', { ...good, type: undefined }, /has unknown type "undefined"/],
		['a null question', null, /"#1" has no id/],

		// Multiple select
		[
			'a multiple with one option',
			{ ...multiple, options: [multiple.options[0]], answers: [0] },
			/"q-multi" needs at least two options/
		],
		[
			'a multiple option without text',
			{ ...multiple, options: [...multiple.options, { explanation: 'x' }] },
			/"q-multi" option 4 has no text/
		],
		[
			'a multiple option without explanation',
			{ ...multiple, options: [...multiple.options, { text: 'D' }] },
			/"q-multi" option 4 has no explanation/
		],
		['a multiple with no answers', { ...multiple, answers: [] }, /"q-multi" has no answers/],
		[
			'a multiple with answers missing',
			{ ...multiple, answers: undefined },
			/"q-multi" has no answers/
		],
		[
			'a multiple with an answer out of range',
			{ ...multiple, answers: [0, 3] },
			/"q-multi" answer index 3 is out of range \(0–2\)/
		],
		[
			'a multiple with a negative answer',
			{ ...multiple, answers: [-1] },
			/"q-multi" answer index -1 is out of range/
		],
		[
			'a multiple with a fractional answer',
			{ ...multiple, answers: [0.5] },
			/"q-multi" has answer 0.5, which is not an option index/
		],
		[
			'a multiple with a text answer',
			{ ...multiple, answers: ['0'] },
			/"q-multi" has answer "0", which is not an option index/
		],
		[
			'a multiple listing an answer twice',
			{ ...multiple, answers: [1, 0, 1] },
			/"q-multi" lists answer index 1 twice/
		],
		[
			'a multiple with every option right',
			{ ...multiple, answers: [2, 0, 1] },
			/"q-multi" marks every option correct/
		],

		// Ordering
		[
			'an ordering with two items',
			{ ...ordering, items: ordering.items.slice(0, 2) },
			/"q-order" needs at least three items/
		],
		[
			'an ordering without items',
			{ ...ordering, items: undefined },
			/"q-order" needs at least three items/
		],
		[
			'an ordering item without text',
			{ ...ordering, items: [...ordering.items, { text: ' ', explanation: 'x' }] },
			/"q-order" item 4 has no text/
		],
		[
			'an ordering item without explanation',
			{ ...ordering, items: [...ordering.items, { text: 'Fourth' }] },
			/"q-order" item 4 has no explanation/
		],
		[
			'an ordering item that is not an object',
			{ ...ordering, items: [...ordering.items, 'Fourth'] },
			/"q-order" item 4 has no text/
		],
		[
			'an ordering with a repeated item',
			{ ...ordering, items: [...ordering.items, { text: 'second ', explanation: 'x' }] },
			/"q-order" item 4 repeats the text of item 2/
		],

		// Matching
		[
			'a matching with one pair',
			{ ...matching, pairs: matching.pairs.slice(0, 1) },
			/"q-match" needs at least two pairs/
		],
		[
			'a matching pair without a term',
			{ ...matching, pairs: [...matching.pairs, { definition: 'D', explanation: 'x' }] },
			/"q-match" pair 3 has no term/
		],
		[
			'a matching pair without a definition',
			{ ...matching, pairs: [...matching.pairs, { term: 'T', explanation: 'x' }] },
			/"q-match" pair 3 has no definition/
		],
		[
			'a matching pair without an explanation',
			{ ...matching, pairs: [...matching.pairs, { term: 'T', definition: 'D' }] },
			/"q-match" pair 3 has no explanation/
		],
		[
			'a matching with a repeated term',
			{
				...matching,
				pairs: [...matching.pairs, { term: 'Key', definition: 'D', explanation: 'x' }]
			},
			/"q-match" pair 3 repeats the term of pair 1/
		],
		[
			'a matching with a repeated definition',
			{
				...matching,
				pairs: [...matching.pairs, { term: 'T', definition: 'Closes', explanation: 'x' }]
			},
			/"q-match" pair 3 repeats the definition of pair 2/
		],

		// Numeric
		[
			'a numeric without an answer',
			{ ...relative, answer: undefined },
			/"q-relative" needs a finite number as its answer/
		],
		[
			'a numeric with an infinite answer',
			{ ...relative, answer: Infinity },
			/"q-relative" needs a finite number/
		],
		[
			'a numeric with a text answer',
			{ ...relative, answer: '100' },
			/"q-relative" needs a finite number/
		],
		[
			'a numeric without a unit',
			{ ...relative, unit: undefined },
			/"q-relative" needs a unit: a string, empty/
		],
		[
			'a numeric without a tolerance',
			{ ...relative, tolerance: undefined },
			/"q-relative" needs a tolerance/
		],
		[
			'a numeric with an unknown tolerance',
			{ ...relative, tolerance: { kind: 'absolute', within: 5 } },
			/"q-relative" needs a tolerance/
		],
		[
			'a relative tolerance of 0',
			{ ...relative, tolerance: { kind: 'relative', within: 0 } },
			/"q-relative" has relative tolerance 0: give a fraction above 0 and below 1/
		],
		[
			'a relative tolerance of 1',
			{ ...relative, tolerance: { kind: 'relative', within: 1 } },
			/"q-relative" has relative tolerance 1/
		],
		[
			'a relative tolerance given as a percentage',
			{ ...relative, tolerance: { kind: 'relative', within: 10 } },
			/"q-relative" has relative tolerance 10/
		],
		[
			'a relative tolerance missing',
			{ ...relative, tolerance: { kind: 'relative' } },
			/"q-relative" has relative tolerance undefined/
		],
		[
			'a relative tolerance around 0',
			{ ...relative, answer: 0 },
			/"q-relative" has a relative tolerance around 0/
		],
		[
			'a magnitude tolerance of 0 orders',
			{ ...magnitude, tolerance: { kind: 'magnitude', orders: 0 } },
			/"q-magnitude" has magnitude tolerance 0/
		],
		[
			'a magnitude tolerance of infinite orders',
			{ ...magnitude, tolerance: { kind: 'magnitude', orders: Infinity } },
			/"q-magnitude" has magnitude tolerance Infinity/
		],
		[
			'a magnitude tolerance around 0',
			{ ...magnitude, answer: 0 },
			/"q-magnitude" has a magnitude tolerance, which needs an answer above 0/
		],
		[
			'a magnitude tolerance around a negative',
			{ ...magnitude, answer: -5 },
			/"q-magnitude" has a magnitude tolerance, which needs an answer above 0/
		],
		[
			'a numeric without an explanation',
			{ ...relative, explanation: '' },
			/"q-relative" has no explanation: give the working/
		],

		// Reflection
		['a reflection without a scale', { ...reflection, scale: undefined }, /"q-view" needs a scale/],
		[
			'a reflection scale running backwards',
			{ ...reflection, scale: { ...reflection.scale, min: 5, max: 1 } },
			/"q-view" has scale 5–1: give whole numbers with min below max/
		],
		[
			'a reflection scale of one point',
			{ ...reflection, scale: { ...reflection.scale, max: 1 } },
			/"q-view" has scale 1–1/
		],
		[
			'a reflection scale of fractions',
			{ ...reflection, scale: { ...reflection.scale, max: 4.5 } },
			/"q-view" has scale 1–4.5/
		],
		[
			'a reflection scale without labels',
			{ ...reflection, scale: { min: 1, max: 5, minLabel: 'Never' } },
			/"q-view" needs a label for each end/
		],
		[
			'a reflection without an explanation',
			{ ...reflection, explanation: undefined },
			/"q-view" has no explanation/
		]
	])('fails on %s, naming the file and the question', (_name, question, message) => {
		expect(() => validateQuiz(file, [question], context)).toThrow(message);
		expect(() => validateQuiz(file, [question], context)).toThrow(file);
		expect(() => validateQuiz(file, [question], context)).toThrow(QuizError);
	});

	it('still runs the common checks on the new types', () => {
		expect(() => validateQuiz(file, [{ ...ordering, prompt: '' }], context)).toThrow(
			/"q-order" has no prompt/
		);
		expect(() => validateQuiz(file, [{ ...matching, step: 'nowhere' }], context)).toThrow(
			/"q-match" links to step "nowhere"/
		);
		expect(() => validateQuiz(file, [multiple, { ...reflection, id: 'q-multi' }], context)).toThrow(
			/"q-multi" repeats an id/
		);
	});
});
