import { describe, expect, it } from 'vitest';
import {
	correctIndex,
	emptyResponse,
	explanationsOf,
	feedback,
	indexFromResponse,
	isAnswered,
	maxScore,
	optionsOf,
	responseFromIndex,
	score,
	solution,
	toleranceBand,
	total,
	type Feedback
} from '$lib/quiz/score';
import type {
	AnyResponse,
	MatchingQuestion,
	MultipleSelectQuestion,
	NumericQuestion,
	OrderingQuestion,
	Question,
	ReflectionQuestion,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from '$lib/quiz/types';

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

const base = { prompt: 'Prompt?', objectives: ['know-it'], step: 'first-step' };

// Answers deliberately out of order, so solution() is seen to sort them.
const multiple: MultipleSelectQuestion = {
	...base,
	id: 'what-a-server-sees',
	type: 'multiple',
	options: [
		{ text: 'Who sent it', explanation: 'Metadata the server routes by.' },
		{ text: 'What it says', explanation: 'Only the endpoints hold the keys.' },
		{ text: 'When it was sent', explanation: 'The server timestamps it.' },
		{ text: 'The sender’s private key', explanation: 'It never leaves the phone.' }
	],
	answers: [2, 0]
};

const ordering: OrderingQuestion = {
	...base,
	id: 'sending-a-message',
	type: 'ordering',
	items: [
		{ text: 'Type the message', explanation: 'It starts as plain text.' },
		{ text: 'Encrypt on the phone', explanation: 'Before it leaves.' },
		{ text: 'Relay through the server', explanation: 'The server sees ciphertext.' },
		{ text: 'Decrypt on the other phone', explanation: 'Only the recipient can.' }
	]
};

const matching: MatchingQuestion = {
	...base,
	id: 'match-the-keys',
	type: 'matching',
	pairs: [
		{ term: 'Public key', definition: 'Shared openly', explanation: 'Anyone may lock with it.' },
		{ term: 'Private key', definition: 'Kept secret', explanation: 'Only its owner unlocks.' },
		{ term: 'Session key', definition: 'Used once', explanation: 'Derived per conversation.' }
	]
};

const relative: NumericQuestion = {
	...base,
	id: 'how-many-keys',
	type: 'numeric',
	answer: 100,
	unit: 'keys',
	tolerance: { kind: 'relative', within: 0.1 },
	explanation: 'Four teams of twenty-five make a hundred.'
};

const magnitude: NumericQuestion = {
	...base,
	id: 'how-long-to-break',
	type: 'numeric',
	answer: 1e19,
	unit: 'years',
	tolerance: { kind: 'magnitude', orders: 1 },
	explanation: '2^128 keys at a trillion a second.'
};

const reflection: ReflectionQuestion = {
	...base,
	id: 'your-view',
	type: 'reflection',
	prompt: 'Should there be a way in under warrant?',
	scale: { min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' },
	explanation: 'Some argue safety needs access; others that any way in is a way in for everyone.'
};

const every: Question[] = [single, trueFalse, multiple, ordering, matching, relative, reflection];

/** A response of the wrong shape, as a buggy caller or stale saved state might pass. */
const bad = (value: unknown) => value as AnyResponse;

/** Feedback of one variant, failing the test if it is another or missing. */
function feedbackOf<T extends Feedback['type']>(
	question: Question,
	response: AnyResponse,
	type: T
): Extract<Feedback, { type: T }> {
	const result = feedback(question, response);
	expect(result?.type).toBe(type);
	return result as Extract<Feedback, { type: T }>;
}

describe('scoring', () => {
	it('scores a single-choice question right, wrong and unanswered', () => {
		expect(score(single, 1)).toEqual({ score: 1, max: 1, correct: true, scored: true });
		expect(score(single, 0)).toEqual({ score: 0, max: 1, correct: false, scored: true });
		expect(score(single, null)).toEqual({ score: 0, max: 1, correct: false, scored: true });
	});

	it('treats an out-of-range or mistyped response as unanswered', () => {
		expect(isAnswered(single, 3)).toBe(false);
		expect(isAnswered(single, -1)).toBe(false);
		expect(isAnswered(single, true)).toBe(false);
		expect(isAnswered(single, 1.5)).toBe(false);
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
		expect(indexFromResponse(trueFalse, false)).toBe(1);
		expect(indexFromResponse(single, 2)).toBe(2);
		expect(indexFromResponse(single, true)).toBeNull();
	});

	it('gives the options of a multiple-select question, and none for other types', () => {
		expect(optionsOf(multiple)).toBe(multiple.options);
		// The verdict check in content-integrity walks every question through optionsOf.
		expect(optionsOf(ordering as unknown as SingleChoiceQuestion)).toEqual([]);
	});

	it('totals a quiz, counting unanswered questions as zero', () => {
		expect(total([single, trueFalse], { 'what-was-asked': 1 })).toEqual({
			score: 1,
			max: 2,
			correct: false,
			scored: true
		});
		expect(
			total([single, trueFalse], { 'what-was-asked': 1, 'was-encryption-discussed': false }).score
		).toBe(2);
	});
});

describe('multiple select', () => {
	it('is worth one point per correct option', () => {
		expect(maxScore(multiple)).toBe(2);
	});

	it.each([
		['all right', [0, 2], 2, true],
		['all right, ticked in another order', [2, 0], 2, true],
		['some right', [2], 1, false],
		['right and wrong cancelling out', [0, 1], 0, false],
		['two right, one wrong', [0, 1, 2], 1, false],
		['only wrong, which is zero and not negative', [1, 3], 0, false],
		['every option ticked', [0, 1, 2, 3], 0, false]
	])('scores %s', (_name, ticked, points, correct) => {
		expect(score(multiple, ticked)).toEqual({ score: points, max: 2, correct, scored: true });
	});

	it('needs at least one tick to be answered', () => {
		expect(isAnswered(multiple, [])).toBe(false);
		expect(isAnswered(multiple, [3])).toBe(true);
	});
});

describe('ordering', () => {
	it('is worth one point per neighbouring pair', () => {
		expect(maxScore(ordering)).toBe(3);
	});

	it.each([
		['perfect', [0, 1, 2, 3], 3, true],
		['the first two swapped', [1, 0, 2, 3], 1, false],
		['the last two swapped', [0, 1, 3, 2], 1, false],
		['the first item moved to the end', [1, 2, 3, 0], 2, false],
		['reversed', [3, 2, 1, 0], 0, false]
	])('scores %s', (_name, order, points, correct) => {
		expect(score(ordering, order)).toEqual({ score: points, max: 3, correct, scored: true });
	});

	it('counts any permutation as answered, the order shown included', () => {
		expect(isAnswered(ordering, emptyResponse(ordering))).toBe(true);
		expect(isAnswered(ordering, [3, 1, 0, 2])).toBe(true);
	});
});

describe('matching', () => {
	it('is worth one point per pair', () => {
		expect(maxScore(matching)).toBe(3);
	});

	it.each([
		['all right', [0, 1, 2], 3, true],
		['one right', [0, 2, 1], 1, false],
		['none right', [1, 2, 0], 0, false]
	])('scores %s', (_name, chosen, points, correct) => {
		expect(score(matching, chosen)).toEqual({ score: points, max: 3, correct, scored: true });
	});

	it('is unanswered until every term has a definition', () => {
		expect(isAnswered(matching, [0, null, 2])).toBe(false);
		expect(score(matching, [0, null, 2])).toEqual({
			score: 0,
			max: 3,
			correct: false,
			scored: true
		});
	});

	it('marks one definition chosen for two terms as wrong for the term it does not fit', () => {
		// One select per term lets the reader repeat a definition; that is an answer, not an error.
		expect(isAnswered(matching, [0, 0, 2])).toBe(true);
		expect(score(matching, [0, 0, 2])).toEqual({ score: 2, max: 3, correct: false, scored: true });
		expect(score(matching, [1, 1, 1])).toEqual({ score: 1, max: 3, correct: false, scored: true });
	});
});

describe('numeric', () => {
	it.each([
		[100, true],
		[110, true],
		[90, true],
		[110.001, false],
		[89.999, false],
		[-100, false]
	])('relative: %d against 100 ± 10%', (given, correct) => {
		expect(score(relative, given)).toEqual({
			score: Number(correct),
			max: 1,
			correct,
			scored: true
		});
	});

	it('keeps a boundary typed in decimals inside despite floating-point error', () => {
		// |0.33 − 0.3| is 0.030000000000000027 in floating point, but 0.1 × 0.3 is 0.030000000000000006.
		const small = { ...relative, answer: 0.3 };
		expect(score(small, 0.33).correct).toBe(true);
		expect(score(small, 0.27).correct).toBe(true);
		expect(score(small, 0.331).correct).toBe(false);
		// |log10 130 − log10 13| is 1.0000000000000002.
		const thirteen = { ...magnitude, answer: 13 };
		expect(score(thirteen, 130).correct).toBe(true);
		expect(score(thirteen, 1.3).correct).toBe(true);
		expect(score(thirteen, 131).correct).toBe(false);
	});

	it.each([
		[1e19, true],
		[1e20, true],
		[1e18, true],
		[3.3e19, true],
		[1.01e20, false],
		[9.9e17, false],
		[0, false],
		[-1e19, false]
	])('magnitude: %d against 10¹⁹ ± one order', (given, correct) => {
		expect(score(magnitude, given).correct).toBe(correct);
		expect(isAnswered(magnitude, given)).toBe(true);
	});

	it('treats infinities and NaN as unanswered', () => {
		for (const given of [Infinity, -Infinity, NaN]) {
			expect(isAnswered(relative, given)).toBe(false);
			expect(score(magnitude, given).score).toBe(0);
			expect(feedback(magnitude, given)).toBeNull();
		}
	});

	it('describes the accepted band in words, with the unit', () => {
		expect(toleranceBand(relative)).toBe('within 10% of 100 keys');
		expect(toleranceBand(magnitude)).toBe('anything from 10¹⁸ to 10²⁰ years');
		expect(toleranceBand({ ...relative, answer: 7.2e16, unit: '' })).toBe(
			'within 10% of 7.2 × 10¹⁶'
		);
		expect(toleranceBand({ ...magnitude, answer: 3.4e19 })).toBe(
			'anything from 3.4 × 10¹⁸ to 3.4 × 10²⁰ years'
		);
	});
});

describe('reflection', () => {
	it('is answered by text alone, by the scale alone, or both', () => {
		expect(isAnswered(reflection, { text: 'It depends.', scale: null })).toBe(true);
		expect(isAnswered(reflection, { text: '', scale: 1 })).toBe(true);
		expect(isAnswered(reflection, { text: 'Never.', scale: 5 })).toBe(true);
	});

	it('is not answered by blank text, or by a point off the scale', () => {
		expect(isAnswered(reflection, { text: '   ', scale: null })).toBe(false);
		expect(isAnswered(reflection, { text: '', scale: 0 })).toBe(false);
		expect(isAnswered(reflection, { text: '', scale: 6 })).toBe(false);
		expect(isAnswered(reflection, { text: 'Some text', scale: 9 })).toBe(false);
	});

	it('scores nothing and counts as correct once answered', () => {
		expect(score(reflection, { text: 'Hmm.', scale: null })).toEqual({
			score: 0,
			max: 0,
			correct: true,
			scored: false
		});
		expect(score(reflection, emptyResponse(reflection))).toEqual({
			score: 0,
			max: 0,
			correct: false,
			scored: false
		});
	});
});

describe('malformed responses', () => {
	const cases: [Question, unknown[]][] = [
		[single, [undefined, '1', true, 1.5, -1, 3, [1], {}]],
		[trueFalse, [undefined, 'false', 0, 1, [false], {}]],
		[multiple, [undefined, null, 0, '0', [], [0, 0], [4], [-1], [0.5], ['0'], [null], {}]],
		[
			ordering,
			[
				undefined,
				null,
				'0123',
				[],
				[0, 1, 2],
				[0, 1, 2, 3, 4],
				[0, 0, 1, 2],
				[0, 1, 2, 4],
				[0, 1, 2, 2.5],
				// A sparse array: `every` would skip the hole if it were not filled in first.
				Object.assign(new Array(4), [0, 1, 2]),
				{ 0: 0, 1: 1, 2: 2, 3: 3, length: 4 }
			]
		],
		[
			matching,
			[
				undefined,
				null,
				0,
				[],
				[0, 1],
				[0, 1, 2, 3],
				[0, 1, 3],
				[0, 1, null],
				[0, 1, '2'],
				[0, 1, 1.5],
				Object.assign(new Array(3), [0, 1])
			]
		],
		[relative, [undefined, '100', [100], { value: 100 }, true, NaN, Infinity]],
		[
			reflection,
			[
				undefined,
				null,
				'my view',
				[],
				{},
				{ text: 'view' },
				{ text: 3, scale: 3 },
				{ text: 'view', scale: '3' },
				{ text: 'view', scale: NaN },
				{ text: '', scale: -1 }
			]
		]
	];

	const table = cases.map(([question, responses]) => ({
		type: question.type,
		question,
		responses
	}));

	it.each(table)('are unanswered for $type, and nothing throws', ({ question, responses }) => {
		for (const response of responses) {
			expect(isAnswered(question, bad(response))).toBe(false);
			expect(score(question, bad(response))).toMatchObject({ score: 0, correct: false });
			expect(feedback(question, bad(response))).toBeNull();
		}
	});
});

describe('empty responses and solutions', () => {
	it.each(every.filter((q) => q.type !== 'reflection'))(
		'the solution of $type scores full marks',
		(question) => {
			const result = score(question, solution(question));
			expect(result.correct).toBe(true);
			expect(result.score).toBe(maxScore(question));
		}
	);

	it.each(every.filter((q) => q.type !== 'ordering'))('$type starts unanswered', (question) => {
		expect(isAnswered(question, emptyResponse(question))).toBe(false);
		expect(score(question, emptyResponse(question)).score).toBe(0);
	});

	it('starts an ordering in its shuffled order, which is not full marks', () => {
		const start = emptyResponse(ordering) as number[];
		expect([...start].sort()).toEqual([0, 1, 2, 3]);
		expect(score(ordering, start).correct).toBe(false);
	});

	it('gives the empty shape each component expects', () => {
		expect(emptyResponse(single)).toBeNull();
		expect(emptyResponse(trueFalse)).toBeNull();
		expect(emptyResponse(multiple)).toEqual([]);
		expect(emptyResponse(matching)).toEqual([null, null, null]);
		expect(emptyResponse(relative)).toBeNull();
		expect(emptyResponse(reflection)).toEqual({ text: '', scale: null });
	});

	it('hands out a fresh value each time, so a component may change it in place', () => {
		expect(emptyResponse(multiple)).not.toBe(emptyResponse(multiple));
		expect(emptyResponse(matching)).not.toBe(emptyResponse(matching));
		expect(solution(multiple)).not.toBe(multiple.answers);
	});

	it('gives each solution in the question’s own terms', () => {
		expect(solution(single)).toBe(1);
		expect(solution(trueFalse)).toBe(false);
		expect(solution(multiple)).toEqual([0, 2]);
		expect(multiple.answers).toEqual([2, 0]);
		expect(solution(ordering)).toEqual([0, 1, 2, 3]);
		expect(solution(matching)).toEqual([0, 1, 2]);
		expect(solution(magnitude)).toBe(1e19);
		expect(solution(reflection)).toEqual({ text: '', scale: null });
	});
});

describe('feedback', () => {
	it('explains the chosen option and gives the solution when wrong', () => {
		const result = feedbackOf(single, 0, 'choice');
		expect(result.correct).toBe(false);
		expect(result.chosen.explanation).toBe('She said she supported encryption.');
		expect(result.solution.text).toBe('Access under warrant');
	});

	it('explains why a right answer is right', () => {
		const result = feedbackOf(trueFalse, false, 'choice');
		expect(result.correct).toBe(true);
		expect(result.chosen.explanation).toBe('Right: it was not discussed.');
	});

	it('gives nothing until an answer is chosen', () => {
		expect(feedback(single, null)).toBeNull();
		expect(feedback(multiple, [])).toBeNull();
		expect(feedback(matching, [0, null, null])).toBeNull();
		expect(feedback(relative, null)).toBeNull();
		expect(feedback(reflection, { text: '', scale: null })).toBeNull();
	});

	it('explains every option of a multiple-select question', () => {
		expect(feedback(multiple, [0, 1])).toEqual({
			type: 'multiple',
			score: 0,
			max: 2,
			options: [
				{ ...multiple.options[0], selected: true, shouldSelect: true },
				{ ...multiple.options[1], selected: true, shouldSelect: false },
				{ ...multiple.options[2], selected: false, shouldSelect: true },
				{ ...multiple.options[3], selected: false, shouldSelect: false }
			]
		});
	});

	it('lists ordering items in the reader’s order, with where each belongs', () => {
		expect(feedback(ordering, [1, 0, 2, 3])).toEqual({
			type: 'ordering',
			score: 1,
			max: 3,
			items: [
				{ ...ordering.items[1], placedAt: 0, belongsAt: 1 },
				{ ...ordering.items[0], placedAt: 1, belongsAt: 0 },
				{ ...ordering.items[2], placedAt: 2, belongsAt: 2 },
				{ ...ordering.items[3], placedAt: 3, belongsAt: 3 }
			]
		});
	});

	it('gives each term the definition chosen and the right one', () => {
		expect(feedback(matching, [0, 2, 1])).toEqual({
			type: 'matching',
			score: 1,
			max: 3,
			rows: [
				{
					term: 'Public key',
					chosen: 'Shared openly',
					definition: 'Shared openly',
					explanation: 'Anyone may lock with it.',
					correct: true
				},
				{
					term: 'Private key',
					chosen: 'Used once',
					definition: 'Kept secret',
					explanation: 'Only its owner unlocks.',
					correct: false
				},
				{
					term: 'Session key',
					chosen: 'Kept secret',
					definition: 'Used once',
					explanation: 'Derived per conversation.',
					correct: false
				}
			]
		});
	});

	it('gives an estimate the answer, the working and the band', () => {
		expect(feedback(magnitude, 5e20)).toEqual({
			type: 'numeric',
			correct: false,
			given: 5e20,
			answer: 1e19,
			unit: 'years',
			explanation: magnitude.explanation,
			band: 'anything from 10¹⁸ to 10²⁰ years'
		});
		expect(feedbackOf(relative, 105, 'numeric').correct).toBe(true);
	});

	it('gives a reflection the arguments on each side once answered', () => {
		expect(feedback(reflection, { text: '', scale: 3 })).toEqual({
			type: 'reflection',
			explanation: reflection.explanation
		});
	});
});

describe('total', () => {
	const responses = {
		'what-was-asked': 1,
		'what-a-server-sees': [0],
		'sending-a-message': [0, 1, 2, 3],
		'your-view': { text: 'Never.', scale: 1 }
	};

	it('sums scored questions and leaves reflections out', () => {
		expect(total([single, multiple, ordering, reflection], responses)).toEqual({
			score: 5,
			max: 6,
			correct: false,
			scored: true
		});
	});

	it('is correct on full marks, whether or not the reflection is answered', () => {
		const full = { ...responses, 'what-a-server-sees': [0, 2] };
		expect(total([single, multiple, ordering, reflection], full).correct).toBe(true);
		expect(total([single, reflection], { 'what-was-asked': 1 }).correct).toBe(true);
	});

	it('is never correct with nothing to score', () => {
		expect(total([reflection], responses)).toEqual({
			score: 0,
			max: 0,
			correct: false,
			scored: true
		});
		expect(total([], {}).correct).toBe(false);
	});

	it('counts unanswered and undefined responses as zero', () => {
		expect(total(every, { 'how-many-keys': undefined })).toEqual({
			score: 0,
			max: 1 + 1 + 2 + 3 + 3 + 1,
			correct: false,
			scored: true
		});
	});
});

describe('explanationsOf', () => {
	it('gathers every explanation a question can show', () => {
		expect(explanationsOf(trueFalse)).toEqual([
			'The Home Office said it was not.',
			'Right: it was not discussed.'
		]);
		expect(explanationsOf(ordering)).toHaveLength(4);
		expect(explanationsOf(matching)).toEqual(matching.pairs.map((p) => p.explanation));
		expect(explanationsOf(magnitude)).toEqual([magnitude.explanation]);
		expect(explanationsOf(reflection)).toEqual([reflection.explanation]);
	});
});
