/**
 * Sends quiz results to the host page that asked for them (`report=<origin>`): a statement for
 * every checked answer, and one each time the quiz becomes complete. Plain TypeScript; the clock
 * and the sending are passed in, so the tests drive it without a browser.
 */
import type { AnyResponse, Question } from '$lib/quiz/types';
import {
	answeredStatement,
	completedStatement,
	isComplete,
	type QuizMessage,
	type QuizSource
} from './xapi';

export interface QuizReporter {
	/**
	 * Told of every change to the quiz: `response` is the checked response, or null when a
	 * question starts again; `before` and `after` are all the quiz's answers around the change.
	 */
	record(
		questionId: string,
		response: AnyResponse | null,
		before: Readonly<Record<string, AnyResponse>>,
		after: Readonly<Record<string, AnyResponse>>
	): void;
}

export interface ReporterOptions {
	source: QuizSource;
	questions: Question[];
	send: (message: QuizMessage) => void;
	/** Milliseconds, e.g. Date.now. The quiz's clock starts when the reporter is made. */
	now?: () => number;
}

export function createQuizReporter(options: ReporterOptions): QuizReporter {
	const { source, questions, send } = options;
	const now = options.now ?? Date.now;
	const started = now();
	let lastCheck = started;

	return {
		record(questionId, response, before, after) {
			const question = questions.find((q) => q.id === questionId);
			if (!question || response === null) return;
			const at = now();
			const date = new Date(at);
			send({
				type: 'sealed:quiz',
				statement: answeredStatement(source, question, response, at - lastCheck, date)
			});
			lastCheck = at;
			// Each time the quiz becomes complete (again, after a question was retried): the latest
			// completed statement carries the reader's current score.
			if (!isComplete(questions, before) && isComplete(questions, after)) {
				send({
					type: 'sealed:quiz',
					statement: completedStatement(source, questions, { ...after }, at - started, date)
				});
			}
		}
	};
}

/**
 * A sender to the parent window at exactly `origin`. Where the browser says who the parent is
 * (location.ancestorOrigins) and it is someone else, nothing is sent: the browser would drop the
 * message anyway, and complain about it in the console of the teacher's page.
 */
export function sendToHost(origin: string): (message: QuizMessage) => void {
	return (message) => {
		if (typeof window === 'undefined' || window.parent === window) return;
		const parentOrigin = window.location.ancestorOrigins?.[0];
		// 'null' is what the list says when the host hides its address (referrer policy): try.
		if (parentOrigin && parentOrigin !== 'null' && parentOrigin !== origin) return;
		try {
			window.parent.postMessage(message, origin);
		} catch {
			// Nothing a student should see.
		}
	};
}
