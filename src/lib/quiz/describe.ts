import { formatNumber, optionsOf } from './score';
import type { AnyResponse, Question } from './types';

/** A response in words, for review mode: what the reader answered, or "No answer". */
export function describeResponse(question: Question, response: AnyResponse | undefined): string {
	if (response === undefined || response === null) return 'No answer';
	switch (question.type) {
		case 'single':
		case 'true-false': {
			const options = optionsOf(question);
			const index =
				question.type === 'single' ? (response as number) : (response as boolean) ? 0 : 1;
			return options[index]?.text ?? 'No answer';
		}
		case 'multiple': {
			const ticked = (response as number[]).map((i) => question.options[i]?.text).filter(Boolean);
			return ticked.length ? ticked.join('; ') : 'Nothing ticked';
		}
		case 'ordering':
			return (response as number[])
				.map((i, position) => `${position + 1}. ${question.items[i]?.text ?? '?'}`)
				.join(' ');
		case 'matching':
			return question.pairs
				.map((pair, i) => {
					const chosen = (response as (number | null)[])[i];
					const definition =
						chosen === null || chosen === undefined ? null : question.pairs[chosen];
					return `${pair.term} → ${definition?.definition ?? 'nothing'}`;
				})
				.join('; ');
		case 'numeric':
			return `${formatNumber(response as number)} ${question.unit}`.trim();
		case 'reflection': {
			const { text, scale } = response as { text: string; scale: number | null };
			const parts = [];
			if (scale !== null) parts.push(`${scale} on the scale`);
			if (text.trim()) parts.push(`“${text.trim()}”`);
			return parts.join(', ') || 'No answer';
		}
	}
}
