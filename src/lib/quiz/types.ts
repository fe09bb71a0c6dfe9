/**
 * Question types as a discriminated union on `type`. Scoring and feedback are pure functions in
 * ./score.ts; the Svelte components only render what they return. New types extend this union.
 */
interface QuestionBase {
	/** Unique within its quiz; lowercase words joined by hyphens. */
	id: string;
	prompt: string;
	/** Ids of the chapter objectives (front matter) this question checks: at least one. */
	objectives: string[];
	/** Id of the step that teaches this, so feedback and review can link back to it. */
	step: string;
}

export interface ChoiceOption {
	text: string;
	/** Why this option is right or wrong; shown when the reader picks it, and in the solution. */
	explanation: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
	type: 'single';
	options: ChoiceOption[];
	/** Index into `options` of the one correct option. */
	answer: number;
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'true-false';
	answer: boolean;
	/** Why "true" is right or wrong, and why "false" is. */
	explanations: { true: string; false: string };
}

export type Question = SingleChoiceQuestion | TrueFalseQuestion;

/** What the reader has chosen, per question type; null while nothing is chosen. */
export type ResponseOf<Q extends Question> = Q extends SingleChoiceQuestion
	? number | null
	: Q extends TrueFalseQuestion
		? boolean | null
		: never;

export type AnyResponse = number | boolean | null;

export interface Score {
	score: number;
	max: number;
	correct: boolean;
}
