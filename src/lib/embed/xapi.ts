/**
 * Quiz results as xAPI-shaped statements, for a host page that asked for them (`report=<origin>`).
 * Pure: the caller supplies the clock. A statement has no actor, because the host knows who its
 * student is and we do not; the host adds one before storing it. What is sent is what a teacher
 * needs and no more: scores, success, completion, time. The words a reader writes in a reflection
 * never leave the device.
 */
import { isAnswered, score, total } from '$lib/quiz/score';
import type { AnyResponse, Question, QuestionType } from '$lib/quiz/types';

export const VERB = {
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	completed: 'http://adlnet.gov/expapi/verbs/completed'
} as const;

export const ACTIVITY_TYPE = {
	assessment: 'http://adlnet.gov/expapi/activities/assessment',
	interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction'
} as const;

/** xAPI's interaction types, one per kind of question. */
const INTERACTION: Record<QuestionType, string> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	ordering: 'sequencing',
	matching: 'matching',
	numeric: 'numeric',
	reflection: 'other'
};

type LanguageMap = { 'en-US': string };

export interface XapiScore {
	/** raw / max, from 0 to 1. */
	scaled: number;
	raw: number;
	min: number;
	max: number;
}

export interface XapiStatement {
	verb: { id: string; display: LanguageMap };
	object: {
		objectType: 'Activity';
		id: string;
		definition: { name: LanguageMap; type: string; interactionType?: string };
	};
	result: {
		/** Absent for a reflection, which is not scored. */
		score?: XapiScore;
		/** Full marks; absent for a reflection. */
		success?: boolean;
		completion: boolean;
		/** ISO 8601, e.g. PT1M5S. */
		duration: string;
	};
	/** For a question: the quiz it belongs to. */
	context?: { contextActivities: { parent: { objectType: 'Activity'; id: string }[] } };
	/** ISO 8601 date and time. */
	timestamp: string;
}

/** The message an embed posts to its host for each statement. */
export interface QuizMessage {
	type: 'sealed:quiz';
	statement: XapiStatement;
}

/** The chapter a quiz belongs to, and where Sealed is published (the embed's own origin). */
export interface QuizSource {
	/** e.g. `https://sealed.example`, or `https://school.example/sealed` below a root; no trailing slash. */
	site: string;
	slug: string;
	title: string;
}

/** The canonical id of a chapter's quiz: `<site>/chapters/<slug>#quiz`. */
export function quizActivityId({ site, slug }: Pick<QuizSource, 'site' | 'slug'>): string {
	return `${site}/chapters/${encodeURIComponent(slug)}#quiz`;
}

/** The canonical id of one question: `<site>/chapters/<slug>#quiz/<question id>`. */
export function questionActivityId(source: Pick<QuizSource, 'site' | 'slug'>, id: string): string {
	return `${quizActivityId(source)}/${encodeURIComponent(id)}`;
}

/** Milliseconds as an ISO 8601 duration: 65000 → PT1M5S, 500 → PT0.5S, 0 (or nonsense) → PT0S. */
export function isoDuration(ms: number): string {
	if (!Number.isFinite(ms) || ms <= 0) return 'PT0S';
	const centis = Math.round(ms / 10);
	const hours = Math.floor(centis / 360_000);
	const minutes = Math.floor((centis % 360_000) / 6000);
	const seconds = (centis % 6000) / 100;
	let text = 'PT';
	if (hours) text += `${hours}H`;
	if (minutes) text += `${minutes}M`;
	if (seconds || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
	return text;
}

function scoreOf(raw: number, max: number): XapiScore {
	return { scaled: max > 0 ? Math.round((raw / max) * 10_000) / 10_000 : 0, raw, min: 0, max };
}

const verb = (name: keyof typeof VERB) => ({ id: VERB[name], display: { 'en-US': name } });

/** The statement for one checked answer. `ms`: time since the reader's previous check (or start). */
export function answeredStatement(
	source: QuizSource,
	question: Question,
	response: AnyResponse,
	ms: number,
	now: Date
): XapiStatement {
	const result = score(question, response);
	return {
		verb: verb('answered'),
		object: {
			objectType: 'Activity',
			id: questionActivityId(source, question.id),
			definition: {
				name: { 'en-US': question.prompt },
				type: ACTIVITY_TYPE.interaction,
				interactionType: INTERACTION[question.type]
			}
		},
		result: {
			...(result.scored
				? { score: scoreOf(result.score, result.max), success: result.correct }
				: {}),
			completion: isAnswered(question, response),
			duration: isoDuration(ms)
		},
		context: {
			contextActivities: { parent: [{ objectType: 'Activity', id: quizActivityId(source) }] }
		},
		timestamp: now.toISOString()
	};
}

/**
 * Whether a quiz is finished: every scored question has a checked answer. Reflections are the
 * reader's own view, not required; a quiz of nothing but reflections needs them all.
 */
export function isComplete(
	questions: readonly Question[],
	responses: Readonly<Record<string, AnyResponse | undefined>>
): boolean {
	const scored = questions.filter((question) => question.type !== 'reflection');
	const needed = scored.length ? scored : questions;
	if (needed.length === 0) return false;
	return needed.every((question) => {
		const response = responses[question.id];
		return response !== undefined && isAnswered(question, response);
	});
}

/** The statement for a finished quiz. `ms`: time since the quiz started. */
export function completedStatement(
	source: QuizSource,
	questions: Question[],
	responses: Record<string, AnyResponse | undefined>,
	ms: number,
	now: Date
): XapiStatement {
	const result = total(questions, responses);
	return {
		verb: verb('completed'),
		object: {
			objectType: 'Activity',
			id: quizActivityId(source),
			definition: { name: { 'en-US': `Quiz: ${source.title}` }, type: ACTIVITY_TYPE.assessment }
		},
		result: {
			score: scoreOf(result.score, result.max),
			success: result.correct,
			completion: true,
			duration: isoDuration(ms)
		},
		timestamp: now.toISOString()
	};
}
