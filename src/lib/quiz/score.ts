/**
 * Pure scoring and feedback for every question type. Components render what these return; none of
 * them throws, whatever shape of response it is given: a response that does not fit its question
 * counts as unanswered.
 */
import { formatNumber } from './numbers';
import { seededPermutation } from './shuffle';
import type {
	AnyResponse,
	ChoiceOption,
	MatchingQuestion,
	MultipleSelectQuestion,
	NumericQuestion,
	OrderingQuestion,
	Question,
	ReflectionQuestion,
	ResponseMap,
	Score,
	SingleChoiceQuestion,
	TrueFalseQuestion
} from './types';

export { formatNumber, parseNumber } from './numbers';

type ChoiceQuestion = SingleChoiceQuestion | TrueFalseQuestion;
type ScoredQuestion = Exclude<Question, ReflectionQuestion>;

/** What to show once a response is checked; one variant per kind of question. */
export type Feedback =
	| {
			/** Single choice and true/false. */
			type: 'choice';
			correct: boolean;
			/** The option the reader chose, with its explanation. */
			chosen: ChoiceOption;
			/** The correct option and why; shown alongside when the reader was wrong. */
			solution: ChoiceOption;
	  }
	| {
			type: 'multiple';
			score: number;
			max: number;
			/** Every option, in the question's order. */
			options: { text: string; explanation: string; selected: boolean; shouldSelect: boolean }[];
	  }
	| {
			type: 'ordering';
			score: number;
			max: number;
			/** Items in the reader's order; positions are 0-based. */
			items: { text: string; explanation: string; placedAt: number; belongsAt: number }[];
	  }
	| {
			type: 'matching';
			score: number;
			max: number;
			/** One row per term, in the question's order; `definition` is the correct one. */
			rows: {
				term: string;
				chosen: string | null;
				definition: string;
				explanation: string;
				correct: boolean;
			}[];
	  }
	| {
			type: 'numeric';
			correct: boolean;
			given: number;
			answer: number;
			unit: string;
			explanation: string;
			/** The accepted range in words, e.g. "anything from 10¹⁸ to 10²⁰ years". */
			band: string;
	  }
	| { type: 'reflection'; explanation: string };

// Reading responses. Each reader returns the response in its question's terms, or null when it is
// missing or malformed; everything else in this file is built on them.

/** Whether `value` is an integer index into a list of `length` entries. */
function isIndex(value: unknown, length: number): value is number {
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
}

/** Whether `value` is a list of valid, distinct indices into a list of `length` entries. */
function isIndexList(value: unknown, length: number): value is number[] {
	if (!Array.isArray(value)) return false;
	// Array.from turns holes in a sparse array into undefined, which `every` would otherwise skip.
	const values: unknown[] = Array.from(value);
	return values.every((v) => isIndex(v, length)) && new Set(values).size === values.length;
}

/** The chosen option index of a single-choice or true/false response, if valid. */
function readChoice(question: ChoiceQuestion, response: unknown): number | null {
	const index = indexFromResponse(question, response as AnyResponse);
	return isIndex(index, optionsOf(question).length) ? index : null;
}

/** The ticked options: at least one, each valid and ticked once. */
function readSelection(question: MultipleSelectQuestion, response: unknown): number[] | null {
	const ok = isIndexList(response, question.options.length) && response.length > 0;
	return ok ? response : null;
}

/** A permutation of 0..n-1: the reader's order of the items. */
function readPermutation(response: unknown, n: number): number[] | null {
	return isIndexList(response, n) && response.length === n ? response : null;
}

/**
 * A definition index for every term. One definition chosen for two terms is allowed: the matching
 * input is one select per term, so a repeat is a wrong answer to mark, not a malformed response.
 */
function readMatching(question: MatchingQuestion, response: unknown): number[] | null {
	const n = question.pairs.length;
	if (!Array.isArray(response) || response.length !== n) return null;
	const chosen: unknown[] = Array.from(response);
	return chosen.every((definition) => isIndex(definition, n)) ? (chosen as number[]) : null;
}

/** A finite number. */
function readNumber(response: unknown): number | null {
	return typeof response === 'number' && Number.isFinite(response) ? response : null;
}

/** A reflection with some text, or a point on the scale, or both; null if neither or malformed. */
function readReflection(
	question: ReflectionQuestion,
	response: unknown
): ResponseMap['reflection'] | null {
	if (typeof response !== 'object' || response === null) return null;
	const { text, scale } = response as Record<string, unknown>;
	const { min, max } = question.scale;
	const scaleOk = scale === null || (typeof scale === 'number' && scale >= min && scale <= max);
	if (typeof text !== 'string' || !scaleOk) return null;
	return text.trim() !== '' || scale !== null ? { text, scale } : null;
}

// The public contract.

/** The response a question starts from, and returns to when the reader starts again. */
export function emptyResponse(question: Question): AnyResponse {
	switch (question.type) {
		case 'single':
		case 'true-false':
		case 'numeric':
			return null;
		case 'multiple':
			return [];
		case 'ordering':
			return shuffledOrder(question);
		case 'matching':
			return Array<number | null>(question.pairs.length).fill(null);
		case 'reflection':
			return { text: '', scale: null };
	}
}

/** The order the items are first shown in: shuffled, the same way on every visit. */
export function shuffledOrder(question: OrderingQuestion): number[] {
	return seededPermutation(question.id, question.items.length);
}

/** The order the definitions are listed in: shuffled, the same way on every visit. */
export function shuffledDefinitions(question: MatchingQuestion): number[] {
	return seededPermutation(question.id, question.pairs.length);
}

/**
 * Whether the response is a complete answer that can be checked. An ordering is always answered
 * (the reader may accept the order shown); a matching needs a definition chosen for every term.
 */
export function isAnswered(question: Question, response: AnyResponse): boolean {
	switch (question.type) {
		case 'single':
		case 'true-false':
			return readChoice(question, response) !== null;
		case 'multiple':
			return readSelection(question, response) !== null;
		case 'ordering':
			return readPermutation(response, question.items.length) !== null;
		case 'matching':
			return readMatching(question, response) !== null;
		case 'numeric':
			return readNumber(response) !== null;
		case 'reflection':
			return readReflection(question, response) !== null;
	}
}

/** The most a question can score; 0 for a reflection, which is not scored. */
export function maxScore(question: Question): number {
	switch (question.type) {
		case 'single':
		case 'true-false':
		case 'numeric':
			return 1;
		case 'multiple':
			return question.answers.length;
		case 'ordering':
			// One point per neighbouring pair in the right order: a single misplaced item costs a
			// point or two, not the whole question.
			return question.items.length - 1;
		case 'matching':
			return question.pairs.length;
		case 'reflection':
			return 0;
	}
}

/** How many neighbouring pairs in `order` are in the right order (b directly follows a). */
function adjacentPairs(order: number[]): number {
	let pairs = 0;
	for (let i = 1; i < order.length; i++) if (order[i] === order[i - 1]! + 1) pairs++;
	return pairs;
}

/** How many terms are matched to their own definition. */
function matchedPairs(chosen: number[]): number {
	return chosen.filter((definition, term) => definition === term).length;
}

// Answers and bounds are decimals held in binary floating point: |0.33 − 0.3| comes out above
// 0.1 × 0.3, and log10(130) − log10(13) above 1. The bounds get a slack of one part in a billion,
// so a reader who types the boundary itself is inside it.
const SLACK = 1e-9;

/** Whether `given` is within the question's tolerance of its answer. */
function withinTolerance(question: NumericQuestion, given: number): boolean {
	const { answer, tolerance } = question;
	if (tolerance.kind === 'relative') {
		return Math.abs(given - answer) <= tolerance.within * Math.abs(answer) * (1 + SLACK);
	}
	if (given <= 0 || answer <= 0) return false;
	return Math.abs(Math.log10(given) - Math.log10(answer)) <= tolerance.orders + SLACK;
}

/** The points a response earns, or null when the question is unanswered. */
function points(question: ScoredQuestion, response: AnyResponse): number | null {
	switch (question.type) {
		case 'single':
		case 'true-false': {
			const index = readChoice(question, response);
			return index === null ? null : Number(index === correctIndex(question));
		}
		case 'multiple': {
			const ticked = readSelection(question, response);
			if (ticked === null) return null;
			const right = ticked.filter((i) => question.answers.includes(i)).length;
			// Each wrong tick cancels a right one, so ticking everything does not earn full marks;
			// the floor of zero keeps one question from eating into the marks of the others.
			return Math.max(0, right - (ticked.length - right));
		}
		case 'ordering': {
			const order = readPermutation(response, question.items.length);
			return order === null ? null : adjacentPairs(order);
		}
		case 'matching': {
			const chosen = readMatching(question, response);
			return chosen === null ? null : matchedPairs(chosen);
		}
		case 'numeric': {
			const given = readNumber(response);
			return given === null ? null : Number(withinTolerance(question, given));
		}
	}
}

/**
 * Pure scoring: an unanswered question scores 0 of its maximum. `correct` means full marks; for a
 * reflection, which counts towards no total, it means answered.
 */
export function score(question: Question, response: AnyResponse): Score {
	const max = maxScore(question);
	if (question.type === 'reflection') {
		return { score: 0, max, correct: isAnswered(question, response), scored: false };
	}
	const got = points(question, response);
	return { score: got ?? 0, max, correct: got !== null && got === max, scored: true };
}

/** The fully correct response (for a reflection, which has none, the empty response). */
export function solution(question: Question): AnyResponse {
	switch (question.type) {
		case 'single':
		case 'true-false':
		case 'numeric':
			return question.answer;
		case 'multiple':
			return [...question.answers].sort((a, b) => a - b);
		case 'ordering':
			return question.items.map((_, i) => i);
		case 'matching':
			return question.pairs.map((_, i) => i);
		case 'reflection':
			return emptyResponse(question);
	}
}

/**
 * The options a reader chooses between; a true/false question is a two-option choice, True first.
 * Other types have no options and give [], so a check that walks every question cannot throw.
 */
export function optionsOf(
	question: SingleChoiceQuestion | TrueFalseQuestion | MultipleSelectQuestion
): ChoiceOption[] {
	switch (question.type) {
		case 'single':
		case 'multiple':
			return question.options;
		case 'true-false':
			return [
				{ text: 'True', explanation: question.explanations.true },
				{ text: 'False', explanation: question.explanations.false }
			];
		default:
			return [];
	}
}

/** Index of the correct option in `optionsOf(question)`. */
export function correctIndex(question: ChoiceQuestion): number {
	if (question.type === 'single') return question.answer;
	return question.answer ? 0 : 1;
}

/** The response a chosen option index stands for, in the question's own terms. */
export function responseFromIndex(
	question: ChoiceQuestion,
	index: number | null
): number | boolean | null {
	if (index === null) return null;
	if (question.type === 'single') return index;
	return index === 0;
}

/** The option index a response stands for, or null when nothing (or something else) is chosen. */
export function indexFromResponse(question: ChoiceQuestion, response: AnyResponse): number | null {
	if (question.type === 'single') return typeof response === 'number' ? response : null;
	return typeof response === 'boolean' ? (response ? 0 : 1) : null;
}

/** The accepted range of a numeric question in words, e.g. "within 10% of 7.2 × 10¹⁶ years". */
export function toleranceBand(question: NumericQuestion): string {
	const { answer, tolerance, unit } = question;
	const withUnit = (text: string) => (unit === '' ? text : `${text} ${unit}`);
	if (tolerance.kind === 'relative') {
		return withUnit(`within ${formatNumber(tolerance.within * 100)}% of ${formatNumber(answer)}`);
	}
	const factor = 10 ** tolerance.orders;
	return withUnit(
		`anything from ${formatNumber(answer / factor)} to ${formatNumber(answer * factor)}`
	);
}

/** Feedback for a single-choice or true/false question, answered with option `index`. */
function choiceFeedback(question: ChoiceQuestion, index: number): Feedback {
	const options = optionsOf(question);
	return {
		type: 'choice',
		correct: index === correctIndex(question),
		chosen: options[index]!,
		solution: options[correctIndex(question)]!
	};
}

/** Feedback on every option of a multiple-select question. */
function multipleFeedback(question: MultipleSelectQuestion, ticked: number[]): Feedback {
	const { score: got, max } = score(question, ticked);
	const options = question.options.map((option, i) => ({
		text: option.text,
		explanation: option.explanation,
		selected: ticked.includes(i),
		shouldSelect: question.answers.includes(i)
	}));
	return { type: 'multiple', score: got, max, options };
}

/** Feedback on each item where the reader put it, and where it belongs. */
function orderingFeedback(question: OrderingQuestion, order: number[]): Feedback {
	const { score: got, max } = score(question, order);
	const items = order.map((belongsAt, placedAt) => ({
		text: question.items[belongsAt]!.text,
		explanation: question.items[belongsAt]!.explanation,
		placedAt,
		belongsAt
	}));
	return { type: 'ordering', score: got, max, items };
}

/** Feedback on each term: the definition chosen, and the right one. */
function matchingFeedback(question: MatchingQuestion, chosen: number[]): Feedback {
	const { score: got, max } = score(question, chosen);
	const rows = question.pairs.map((pair, i) => ({
		term: pair.term,
		chosen: question.pairs[chosen[i]!]?.definition ?? null,
		definition: pair.definition,
		explanation: pair.explanation,
		correct: chosen[i] === i
	}));
	return { type: 'matching', score: got, max, rows };
}

/** Feedback on an estimate: the answer, the working, and the range that counted as right. */
function numericFeedback(question: NumericQuestion, given: number): Feedback {
	return {
		type: 'numeric',
		correct: withinTolerance(question, given),
		given,
		answer: question.answer,
		unit: question.unit,
		explanation: question.explanation,
		band: toleranceBand(question)
	};
}

/** What to tell the reader after they check an answer; null while it is not answered. */
export function feedback(question: Question, response: AnyResponse): Feedback | null {
	if (!isAnswered(question, response)) return null;
	// isAnswered has vouched for the response's shape, so the casts below only restate it.
	switch (question.type) {
		case 'single':
		case 'true-false':
			return choiceFeedback(question, indexFromResponse(question, response)!);
		case 'multiple':
			return multipleFeedback(question, response as number[]);
		case 'ordering':
			return orderingFeedback(question, response as number[]);
		case 'matching':
			return matchingFeedback(question, response as number[]);
		case 'numeric':
			return numericFeedback(question, response as number);
		case 'reflection':
			return { type: 'reflection', explanation: question.explanation };
	}
}

/**
 * Sum of scores over a quiz, responses keyed by question id. Reflections count towards nothing;
 * `correct` means full marks on a quiz with something to score.
 */
export function total(
	questions: Question[],
	responses: Record<string, AnyResponse | undefined>
): Score {
	let got = 0;
	let max = 0;
	for (const question of questions) {
		const result = score(question, responses[question.id] ?? null);
		if (!result.scored) continue;
		got += result.score;
		max += result.max;
	}
	return { score: got, max, correct: max > 0 && got === max, scored: true };
}

/** Every explanation a question can show the reader, e.g. to check none opens with a verdict. */
export function explanationsOf(question: Question): string[] {
	switch (question.type) {
		case 'single':
		case 'true-false':
		case 'multiple':
			return optionsOf(question).map((option) => option.explanation);
		case 'ordering':
			return question.items.map((item) => item.explanation);
		case 'matching':
			return question.pairs.map((pair) => pair.explanation);
		case 'numeric':
		case 'reflection':
			return [question.explanation];
	}
}
