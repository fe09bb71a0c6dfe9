import type { Question } from './types';

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

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Checks a chapter's questions against the chapter; throws a QuizError on the first fault.
 * Runs at prerender time, so a malformed quiz stops the build.
 */
export function validateQuiz(file: string, questions: unknown, context: Context): Question[] {
	if (!Array.isArray(questions) || questions.length === 0) {
		throw new QuizError(file, '(all)', 'list is empty: export at least one question');
	}
	const seen = new Set<string>();
	questions.forEach((raw: Partial<Question> & Record<string, unknown>, position) => {
		const id = text(raw?.id) ? raw.id : `#${position + 1}`;
		const fail = (problem: string): never => {
			throw new QuizError(file, id, problem);
		};
		if (!text(raw?.id)) fail('has no id');
		if (seen.has(id)) fail('repeats an id used earlier in the quiz');
		seen.add(id);
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
		if (raw.type === 'single') {
			const options = raw.options;
			if (!Array.isArray(options) || options.length < 2) fail('needs at least two options');
			(options as unknown[]).forEach((option, i) => {
				const o = option as { text?: unknown; explanation?: unknown };
				if (!text(o?.text)) fail(`option ${i + 1} has no text`);
				if (!text(o?.explanation)) fail(`option ${i + 1} has no explanation`);
			});
			const answer = raw.answer;
			if (typeof answer !== 'number' || !Number.isInteger(answer)) {
				fail('has no answer: give the index of the correct option');
			}
			if ((answer as number) < 0 || (answer as number) >= (options as unknown[]).length) {
				fail(
					`answer index ${String(answer)} is out of range (0–${(options as unknown[]).length - 1})`
				);
			}
		} else if (raw.type === 'true-false') {
			if (typeof raw.answer !== 'boolean') fail('needs answer: true or false');
			const e = raw.explanations as { true?: unknown; false?: unknown } | undefined;
			if (!text(e?.true) || !text(e?.false)) fail('needs an explanation for both true and false');
		} else {
			fail(`has unknown type "${String(raw.type)}"`);
		}
	});
	return questions as Question[];
}
