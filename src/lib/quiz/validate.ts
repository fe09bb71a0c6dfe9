import type { Question, QuestionType } from './types';

/** A question that cannot be asked as written; the message names the file and the question. */
export class QuizError extends Error {
	constructor(file: string, question: string, problem: string) {
		super(`${file}: question "${question}" ${problem}`);
		this.name = 'QuizError';
	}
}

interface Context {
	/** Objective ids the chapter declares. */
	objectives: string[];
	/** Step ids the chapter declares. */
	steps: string[];
}

/** A question as authored, before it is known to be well formed. */
type Raw = Record<string, unknown>;
/** Throws a QuizError naming the file and the question being checked. */
type Fail = (problem: string) => never;

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const record = (value: unknown): value is Raw => typeof value === 'object' && value !== null;
const finite = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

interface ListRule {
	/** What one entry is called in messages: "option", "item", "pair". */
	noun: string;
	/** The fewest entries that make a question, in figures and in words. */
	min: number;
	minWords: string;
	/** Fields every entry needs as non-empty text. */
	fields: string[];
	/** Fields no two entries may share (compared trimmed and ignoring case, as a reader would). */
	unique?: string[];
}

/** Checks a list of options, items or pairs: long enough, every field filled, no repeats. */
function checkList(value: unknown, rule: ListRule, fail: Fail): Raw[] {
	if (!Array.isArray(value) || value.length < rule.min) {
		fail(`needs at least ${rule.minWords} ${rule.noun}s`);
	}
	const entries = value as unknown[];
	entries.forEach((entry, i) => {
		for (const field of rule.fields) {
			if (!text((entry as Raw | null)?.[field])) fail(`${rule.noun} ${i + 1} has no ${field}`);
		}
	});
	for (const field of rule.unique ?? []) {
		const seen = new Map<string, number>();
		(entries as Raw[]).forEach((entry, i) => {
			const key = (entry[field] as string).trim().toLowerCase();
			const first = seen.get(key);
			if (first !== undefined) {
				fail(`${rule.noun} ${i + 1} repeats the ${field} of ${rule.noun} ${first + 1}`);
			}
			seen.set(key, i);
		});
	}
	return entries as Raw[];
}

const OPTIONS: ListRule = {
	noun: 'option',
	min: 2,
	minWords: 'two',
	fields: ['text', 'explanation']
};

/** Checks that `answer` is an index into `count` options. */
function checkAnswerIndex(answer: unknown, count: number, fail: Fail): void {
	if (typeof answer !== 'number' || !Number.isInteger(answer)) {
		fail('has no answer: give the index of the correct option');
	}
	if ((answer as number) < 0 || (answer as number) >= count) {
		fail(`answer index ${String(answer)} is out of range (0–${count - 1})`);
	}
}

/** One correct option among at least two. */
function checkSingle(raw: Raw, fail: Fail): void {
	const options = checkList(raw.options, OPTIONS, fail);
	checkAnswerIndex(raw.answer, options.length, fail);
}

/** A boolean answer, and an explanation of each side. */
function checkTrueFalse(raw: Raw, fail: Fail): void {
	if (typeof raw.answer !== 'boolean') fail('needs answer: true or false');
	const e = raw.explanations as { true?: unknown; false?: unknown } | undefined;
	if (!text(e?.true) || !text(e?.false)) fail('needs an explanation for both true and false');
}

/** Several correct options, each listed once, and at least one option left wrong. */
function checkMultiple(raw: Raw, fail: Fail): void {
	const options = checkList(raw.options, OPTIONS, fail);
	const answers = raw.answers;
	if (!Array.isArray(answers) || answers.length === 0) {
		fail('has no answers: list the indices of the correct options');
	}
	const seen = new Set<unknown>();
	for (const answer of answers as unknown[]) {
		if (typeof answer !== 'number' || !Number.isInteger(answer)) {
			fail(`has answer ${JSON.stringify(answer)}, which is not an option index`);
		}
		checkAnswerIndex(answer, options.length, fail);
		if (seen.has(answer)) fail(`lists answer index ${String(answer)} twice`);
		seen.add(answer);
	}
	// Every option right would make ticking everything full marks, which checks nothing.
	if (seen.size === options.length) {
		fail('marks every option correct: leave at least one wrong');
	}
}

/** At least three items to put in order, each with an explanation, no two alike. */
function checkOrdering(raw: Raw, fail: Fail): void {
	checkList(
		raw.items,
		{ noun: 'item', min: 3, minWords: 'three', fields: ['text', 'explanation'], unique: ['text'] },
		fail
	);
}

/** At least two terms, each with its own definition and an explanation. */
function checkMatching(raw: Raw, fail: Fail): void {
	checkList(
		raw.pairs,
		{
			noun: 'pair',
			min: 2,
			minWords: 'two',
			fields: ['term', 'definition', 'explanation'],
			unique: ['term', 'definition']
		},
		fail
	);
}

/** Checks a numeric question's tolerance against its answer. */
function checkTolerance(tolerance: unknown, answer: number, fail: Fail): void {
	if (!record(tolerance) || (tolerance.kind !== 'relative' && tolerance.kind !== 'magnitude')) {
		fail(`needs a tolerance: { kind: 'relative', within } or { kind: 'magnitude', orders }`);
	}
	const { kind, within, orders } = tolerance as Raw;
	if (kind === 'relative') {
		if (!finite(within) || within <= 0 || within >= 1) {
			fail(`has relative tolerance ${String(within)}: give a fraction above 0 and below 1`);
		}
		// Not in the brief's list, but a relative band around 0 is empty: only 0 itself is right.
		if (answer === 0) fail('has a relative tolerance around 0: use a magnitude tolerance');
	} else {
		if (!finite(orders) || orders <= 0) {
			fail(`has magnitude tolerance ${String(orders)}: give a number of orders above 0`);
		}
		if (answer <= 0) fail('has a magnitude tolerance, which needs an answer above 0');
	}
}

/** A finite answer, a unit (possibly empty), a sound tolerance and the working. */
function checkNumeric(raw: Raw, fail: Fail): void {
	if (!finite(raw.answer)) fail('needs a finite number as its answer');
	if (typeof raw.unit !== 'string') fail('needs a unit: a string, empty if the answer has none');
	checkTolerance(raw.tolerance, raw.answer as number, fail);
	if (!text(raw.explanation)) fail('has no explanation: give the working');
}

/** A scale of whole numbers with a label at each end, and the arguments on each side. */
function checkReflection(raw: Raw, fail: Fail): void {
	const scale = raw.scale;
	if (!record(scale)) fail('needs a scale: { min, max, minLabel, maxLabel }');
	const { min, max, minLabel, maxLabel } = scale as Raw;
	if (!Number.isInteger(min) || !Number.isInteger(max) || (min as number) >= (max as number)) {
		fail(`has scale ${String(min)}–${String(max)}: give whole numbers with min below max`);
	}
	if (!text(minLabel) || !text(maxLabel)) fail('needs a label for each end of its scale');
	if (!text(raw.explanation)) fail('has no explanation: say what each side argues');
}

/** The checks each question type adds to the common ones. */
const checks: Record<QuestionType, (raw: Raw, fail: Fail) => void> = {
	single: checkSingle,
	'true-false': checkTrueFalse,
	multiple: checkMultiple,
	ordering: checkOrdering,
	matching: checkMatching,
	numeric: checkNumeric,
	reflection: checkReflection
};

/** The checks every question shares: prompt, objectives and step. */
function checkCommon(raw: Raw, context: Context, fail: Fail): void {
	if (!text(raw.prompt)) fail('has no prompt');
	if (!Array.isArray(raw.objectives) || raw.objectives.length === 0) {
		fail('names no objective: list the chapter objective ids it checks');
	}
	for (const objective of raw.objectives as unknown[]) {
		if (!context.objectives.includes(objective as string)) {
			fail(`names objective "${String(objective)}", which the chapter does not declare`);
		}
	}
	if (!context.steps.includes(raw.step as string)) {
		fail(`links to step "${String(raw.step)}", which the chapter does not have`);
	}
}

/**
 * Checks a chapter's questions against the chapter; throws a QuizError on the first fault.
 * Runs at prerender time, so a malformed quiz stops the build.
 */
export function validateQuiz(file: string, questions: unknown, context: Context): Question[] {
	if (!Array.isArray(questions) || questions.length === 0) {
		throw new QuizError(file, '(all)', 'list is empty: export at least one question');
	}
	const seen = new Set<string>();
	questions.forEach((value: unknown, position) => {
		const raw: Raw = record(value) ? value : {};
		const id = text(raw.id) ? raw.id : `#${position + 1}`;
		const fail: Fail = (problem) => {
			throw new QuizError(file, id, problem);
		};
		if (!text(raw.id)) fail('has no id');
		if (seen.has(id)) fail('repeats an id used earlier in the quiz');
		seen.add(id);
		checkCommon(raw, context, fail);
		// hasOwn, not `in`: a type such as "toString" must not find a method on the prototype.
		if (typeof raw.type !== 'string' || !Object.hasOwn(checks, raw.type)) {
			fail(`has unknown type "${String(raw.type)}"`);
		}
		checks[raw.type as QuestionType](raw, fail);
	});
	return questions as Question[];
}
