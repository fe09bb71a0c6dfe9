/**
 * Quiz questions on paper: what a pupil's worksheet shows (lettered options, shuffled items and
 * definitions, space to write), and the teacher's answer key in the same letters. Generated from
 * each chapter's quiz.ts, so the key can never drift from the questions.
 */
import {
	correctIndex,
	formatNumber,
	optionsOf,
	shuffledDefinitions,
	shuffledOrder
} from '$lib/quiz/score';
import { toleranceBand } from '$lib/quiz/score';
import type { Question, QuestionType } from '$lib/quiz/types';

export interface Lettered {
	letter: string;
	text: string;
}

/** One question as a worksheet prints it. */
export interface WorksheetQuestion {
	id: string;
	number: number;
	type: QuestionType;
	prompt: string;
	/** What to do on paper, e.g. "Circle one letter." */
	instruction: string;
	/** Lettered options (choices), items to order, or the definitions to match. */
	choices: Lettered[];
	/** Matching only: the numbered terms. */
	terms: string[];
	/** Numeric only: the unit written after the blank. */
	unit: string;
	/** Reflection only: the scale to circle a point on. */
	scale: { points: number[]; minLabel: string; maxLabel: string } | null;
	/** How many ruled lines to leave for writing. */
	lines: number;
}

/** One part of an answer, with why it is right or wrong. */
export interface KeyPart {
	label: string;
	text: string;
	/** true: part of the answer; false: not; null: no verdict (reflections, ordering positions). */
	right: boolean | null;
	explanation: string;
}

/** One question in the teacher's answer key. */
export interface KeyEntry {
	id: string;
	number: number;
	type: QuestionType;
	prompt: string;
	/** The answer in a line, in the worksheet's letters. */
	answer: string;
	parts: KeyPart[];
	/** Any explanation that belongs to the whole question (numeric working, reflections). */
	note: string;
}

export const letter = (index: number): string => String.fromCharCode(65 + index);

const lettered = (texts: string[]): Lettered[] =>
	texts.map((text, i) => ({ letter: letter(i), text }));

/** A list in words: "A", "A and C", "A, C and D". */
function listInWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const blank = {
	choices: [] as Lettered[],
	terms: [] as string[],
	unit: '',
	scale: null,
	lines: 0
};

/** A question as printed for pupils; `number` is its 1-based position in the quiz. */
export function worksheetQuestion(question: Question, number: number): WorksheetQuestion {
	const base = { ...blank, id: question.id, number, type: question.type, prompt: question.prompt };
	switch (question.type) {
		case 'single':
			return {
				...base,
				instruction: 'Circle the letter of the one right answer.',
				choices: lettered(optionsOf(question).map((option) => option.text))
			};
		case 'true-false':
			return {
				...base,
				instruction: 'Circle True or False.',
				choices: lettered(['True', 'False'])
			};
		case 'multiple':
			return {
				...base,
				instruction: 'Circle the letter of every right answer: there may be more than one.',
				choices: lettered(question.options.map((option) => option.text))
			};
		case 'ordering':
			// The same shuffle as the online quiz, so a class can work on paper and on screen alike.
			return {
				...base,
				instruction: 'Write the letters in the right order, first to last.',
				choices: lettered(shuffledOrder(question).map((i) => question.items[i]!.text))
			};
		case 'matching':
			return {
				...base,
				instruction: 'Write the letter of the right description beside each number.',
				terms: question.pairs.map((pair) => pair.term),
				choices: lettered(shuffledDefinitions(question).map((i) => question.pairs[i]!.definition))
			};
		case 'numeric':
			return {
				...base,
				instruction: 'Write your estimate, and show how you worked it out.',
				unit: question.unit,
				lines: 3
			};
		case 'reflection': {
			const { min, max, minLabel, maxLabel } = question.scale;
			const points = Array.from({ length: max - min + 1 }, (_, i) => min + i);
			return {
				...base,
				instruction: 'Circle a number on the scale, then give your reasons.',
				scale: { points, minLabel, maxLabel },
				lines: 5
			};
		}
	}
}

/** A question's answer and every explanation, in the letters its worksheet uses. */
export function keyEntry(question: Question, number: number): KeyEntry {
	const base = { id: question.id, number, type: question.type, prompt: question.prompt, note: '' };
	switch (question.type) {
		case 'single':
		case 'true-false': {
			const options = optionsOf(question);
			const right = correctIndex(question);
			const answer =
				question.type === 'true-false'
					? options[right]!.text
					: `${letter(right)}: ${options[right]!.text}`;
			return {
				...base,
				answer,
				parts: options.map((option, i) => ({
					label: question.type === 'true-false' ? option.text : letter(i),
					text: question.type === 'true-false' ? '' : option.text,
					right: i === right,
					explanation: option.explanation
				}))
			};
		}
		case 'multiple': {
			const answers = [...question.answers].sort((a, b) => a - b);
			return {
				...base,
				answer: listInWords(answers.map(letter)),
				parts: question.options.map((option, i) => ({
					label: letter(i),
					text: option.text,
					right: question.answers.includes(i),
					explanation: option.explanation
				}))
			};
		}
		case 'ordering': {
			const shown = shuffledOrder(question);
			// Item i (in the right order) is printed under the letter of its place in `shown`.
			const letterOf = (item: number) => letter(shown.indexOf(item));
			return {
				...base,
				answer: question.items.map((_, i) => letterOf(i)).join(', '),
				parts: question.items.map((item, i) => ({
					label: `${i + 1}. ${letterOf(i)}`,
					text: item.text,
					right: null,
					explanation: item.explanation
				}))
			};
		}
		case 'matching': {
			const listed = shuffledDefinitions(question);
			const letterOf = (pair: number) => letter(listed.indexOf(pair));
			return {
				...base,
				answer: question.pairs.map((_, i) => `${i + 1} ${letterOf(i)}`).join(', '),
				parts: question.pairs.map((pair, i) => ({
					label: `${i + 1} ${letterOf(i)}`,
					text: `${pair.term}: ${pair.definition}`,
					right: null,
					explanation: pair.explanation
				}))
			};
		}
		case 'numeric': {
			const unit = question.unit ? ` ${question.unit}` : '';
			return {
				...base,
				answer: `${formatNumber(question.answer)}${unit}; ${toleranceBand(question)} counts as right`,
				parts: [],
				note: question.explanation
			};
		}
		case 'reflection':
			return {
				...base,
				answer: 'No marked answer: this question asks for a view and the reasons for it.',
				parts: [],
				note: question.explanation
			};
	}
}

/** A quiz as a worksheet prints it. */
export const worksheetQuestions = (questions: readonly Question[]): WorksheetQuestion[] =>
	questions.map((question, i) => worksheetQuestion(question, i + 1));

/** A quiz's answer key. */
export const answerKey = (questions: readonly Question[]): KeyEntry[] =>
	questions.map((question, i) => keyEntry(question, i + 1));
