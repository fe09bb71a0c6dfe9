import type { AnyResponse, ChoiceOption, Question, Score } from './types';

/** The options a reader chooses between; a true/false question is a two-option choice. */
export function optionsOf(question: Question): ChoiceOption[] {
	if (question.type === 'single') return question.options;
	return [
		{ text: 'True', explanation: question.explanations.true },
		{ text: 'False', explanation: question.explanations.false }
	];
}

/** Index of the correct option in `optionsOf(question)`. */
export function correctIndex(question: Question): number {
	if (question.type === 'single') return question.answer;
	return question.answer ? 0 : 1;
}

/** The response a chosen option index stands for, in the question's own terms. */
export function responseFromIndex(question: Question, index: number | null): AnyResponse {
	if (index === null) return null;
	if (question.type === 'single') return index;
	return index === 0;
}

/** The option index a response stands for, or null when nothing is chosen. */
export function indexFromResponse(question: Question, response: AnyResponse): number | null {
	if (response === null) return null;
	if (question.type === 'single') return typeof response === 'number' ? response : null;
	return typeof response === 'boolean' ? (response ? 0 : 1) : null;
}

export function isAnswered(question: Question, response: AnyResponse): boolean {
	const index = indexFromResponse(question, response);
	return index !== null && index >= 0 && index < optionsOf(question).length;
}

export function maxScore(question: Question): number {
	switch (question.type) {
		case 'single':
		case 'true-false':
			return 1;
	}
}

/** Pure scoring: an unanswered question scores 0 of its maximum. */
export function score(question: Question, response: AnyResponse): Score {
	const max = maxScore(question);
	const correct =
		isAnswered(question, response) &&
		indexFromResponse(question, response) === correctIndex(question);
	return { score: correct ? max : 0, max, correct };
}

export interface Feedback {
	correct: boolean;
	/** The explanation of the option the reader chose. */
	chosen: ChoiceOption;
	/** The correct option and why; shown alongside when the reader was wrong. */
	solution: ChoiceOption;
}

/** What to tell the reader after they check an answer; null if nothing is chosen yet. */
export function feedback(question: Question, response: AnyResponse): Feedback | null {
	if (!isAnswered(question, response)) return null;
	const options = optionsOf(question);
	const chosen = options[indexFromResponse(question, response)!]!;
	const solution = options[correctIndex(question)]!;
	return { correct: score(question, response).correct, chosen, solution };
}

/** Sum of scores over a quiz; responses are keyed by question id. */
export function total(questions: Question[], responses: Record<string, AnyResponse>): Score {
	let got = 0;
	let max = 0;
	for (const question of questions) {
		const s = score(question, responses[question.id] ?? null);
		got += s.score;
		max += s.max;
	}
	return { score: got, max, correct: got === max };
}
