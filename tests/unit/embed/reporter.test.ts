import { describe, expect, it } from 'vitest';
import { createQuizReporter } from '$lib/embed/reporter';
import type { QuizMessage } from '$lib/embed/xapi';
import type { AnyResponse, Question } from '$lib/quiz/types';

const base = { objectives: ['o'], step: 's' };
const questions: Question[] = [
	{
		...base,
		id: 'q1',
		type: 'true-false',
		prompt: 'One?',
		answer: true,
		explanations: { true: 't', false: 'f' }
	},
	{
		...base,
		id: 'q2',
		type: 'numeric',
		prompt: 'How many?',
		answer: 10,
		unit: '',
		tolerance: { kind: 'relative', within: 0.1 },
		explanation: 'e'
	},
	{
		...base,
		id: 'q3',
		type: 'reflection',
		prompt: 'Your view?',
		scale: { min: 1, max: 5, minLabel: 'a', maxLabel: 'b' },
		explanation: 'e'
	}
];

function setup() {
	const sent: QuizMessage[] = [];
	let clock = 1_000_000;
	const reporter = createQuizReporter({
		source: { site: 'https://sealed.example', slug: 'ch', title: 'Chapter' },
		questions,
		send: (message) => sent.push(message),
		now: () => clock
	});
	let answers: Record<string, AnyResponse> = {};
	const answer = (id: string, response: AnyResponse | null, after = 0) => {
		clock += after;
		const before = answers;
		answers = { ...answers };
		if (response === null) delete answers[id];
		else answers[id] = response;
		reporter.record(id, response, before, answers);
	};
	const verbs = () => sent.map((message) => message.statement.verb.display['en-US']);
	return { sent, answer, verbs };
}

describe('quiz reporter', () => {
	it('sends an answered statement per check, timed from the previous check', () => {
		const { sent, answer } = setup();
		answer('q1', true, 5_000);
		answer('q3', { text: 'hmm', scale: 2 }, 2_000);
		expect(sent).toHaveLength(2);
		expect(sent.every((message) => message.type === 'sealed:quiz')).toBe(true);
		expect(sent[0]!.statement.object.id).toBe('https://sealed.example/chapters/ch#quiz/q1');
		expect(sent[0]!.statement.result.duration).toBe('PT5S');
		expect(sent[1]!.statement.result.duration).toBe('PT2S');
	});

	it('sends completed once every scored question is answered, timed from the start', () => {
		const { sent, answer, verbs } = setup();
		answer('q1', false, 1_000);
		answer('q2', 10, 64_000);
		expect(verbs()).toEqual(['answered', 'answered', 'completed']);
		const completed = sent[2]!.statement;
		expect(completed.object.id).toBe('https://sealed.example/chapters/ch#quiz');
		expect(completed.result).toMatchObject({
			score: { scaled: 0.5, raw: 1, min: 0, max: 2 },
			success: false,
			completion: true,
			duration: 'PT1M5S'
		});
	});

	it('sends nothing for a question started again, and completed again with the new score', () => {
		const { sent, answer, verbs } = setup();
		answer('q1', false);
		answer('q2', 10);
		answer('q1', null);
		expect(sent).toHaveLength(3);
		answer('q1', true);
		expect(verbs()).toEqual(['answered', 'answered', 'completed', 'answered', 'completed']);
		expect(sent[4]!.statement.result.success).toBe(true);
		// Answering the reflection afterwards changes no total: no new completed statement.
		answer('q3', { text: '', scale: 3 });
		expect(verbs().at(-1)).toBe('answered');
	});

	it('ignores questions the quiz does not have', () => {
		const { sent, answer } = setup();
		answer('not-a-question', true);
		expect(sent).toEqual([]);
	});
});
