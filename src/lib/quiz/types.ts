/**
 * Question types as a discriminated union on `type`. Scoring, feedback and validation are pure
 * functions in score.ts and validate.ts; each type has one Svelte component that renders what they
 * return. Every type follows one contract: is it answered, its score and maximum, feedback that
 * explains every option, the solution, and an empty response to start again from.
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

/** One right option among several. */
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

/** Several right options; partial credit for each right choice, less each wrong one. */
export interface MultipleSelectQuestion extends QuestionBase {
	type: 'multiple';
	options: ChoiceOption[];
	/** Indices into `options` of every correct option (at least one, not all). */
	answers: number[];
}

/** Put items in order, e.g. the steps of sending an encrypted message. */
export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	/** The items IN THE CORRECT ORDER; the reader sees them shuffled (the same way every time). */
	items: { text: string; explanation: string }[];
}

/** Match each term to its definition. */
export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	/** Each term with its correct definition; the reader sees the definitions shuffled. */
	pairs: { term: string; definition: string; explanation: string }[];
}

/** A number the reader estimates, right within a tolerance or an order-of-magnitude band. */
export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: number;
	/** Shown after the input, e.g. "years". */
	unit: string;
	tolerance:
		| {
				kind: 'relative';
				/** Right when within this fraction of the answer, e.g. 0.1. */ within: number;
		  }
		| {
				kind: 'magnitude';
				/** Right when within this many powers of ten, e.g. 1. */ orders: number;
		  };
	/** The working: how to arrive at the answer. */
	explanation: string;
}

/** An unscored "your view": free text and a point on a scale, for the debate chapter. */
export interface ReflectionQuestion extends QuestionBase {
	type: 'reflection';
	scale: { min: number; max: number; minLabel: string; maxLabel: string };
	/** Shown once the reader has answered: what people on each side argue. Not a verdict. */
	explanation: string;
}

export type Question =
	| SingleChoiceQuestion
	| TrueFalseQuestion
	| MultipleSelectQuestion
	| OrderingQuestion
	| MatchingQuestion
	| NumericQuestion
	| ReflectionQuestion;

export type QuestionType = Question['type'];

/** What the reader has given, per question type. Empty responses come from `emptyResponse`. */
export interface ResponseMap {
	single: number | null;
	'true-false': boolean | null;
	/** Indices of the options ticked. */
	multiple: number[];
	/** Indices into `items` (the correct order), in the order the reader has put them. */
	ordering: number[];
	/** For each pair (by index), the index of the definition the reader chose, or null. */
	matching: (number | null)[];
	/** The number entered, or null. */
	numeric: number | null;
	reflection: { text: string; scale: number | null };
}

export type ResponseOf<Q extends Question> = ResponseMap[Q['type']];
export type AnyResponse = ResponseMap[QuestionType];

export interface Score {
	score: number;
	max: number;
	/** Full marks (for unscored questions: answered). */
	correct: boolean;
	/** False for reflections, which count towards no total. */
	scored: boolean;
}
