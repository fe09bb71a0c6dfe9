import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teaching } from '$content/teach';

// Every chapter folder that exists, read from disk: a chapter added later needs notes too.
const slugs = readdirSync('content/chapters', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name.replace(/^\d+-/, ''));

/** The chapters the course plans, with the slugs their authors were given. */
const planned = [
	'the-demand',
	'how-a-message-travels',
	'keys-locks-and-handshakes',
	'what-a-backdoor-would-change',
	'privacy-or-safety',
	'the-law',
	'what-happened-next'
];

const plain = (text: string) => {
	expect(text.trim()).not.toBe('');
	expect(text).toBe(text.trim());
	// Sentences end properly; no leftover template or markup characters.
	expect(text).toMatch(/[.?!:)]$/);
	expect(text).not.toMatch(/[{}<>]/);
};

describe('teaching notes (content/teach.ts)', () => {
	it('has an entry for every chapter folder', () => {
		expect(slugs.length).toBeGreaterThan(0);
		expect(slugs.filter((slug) => !(slug in teaching))).toEqual([]);
	});

	it('has an entry for every planned chapter, and none for a chapter nobody planned', () => {
		expect(Object.keys(teaching).sort()).toEqual([...new Set([...planned, ...slugs])].sort());
	});

	describe.each(Object.entries(teaching))('%s', (_slug, notes) => {
		it('says what students should know first', () => {
			expect(notes.prerequisites.length).toBeGreaterThan(0);
			notes.prerequisites.forEach(plain);
		});

		it('has at least three discussion questions, each a question', () => {
			expect(notes.discussion.length).toBeGreaterThanOrEqual(3);
			notes.discussion.forEach(plain);
			for (const item of notes.discussion) expect(item).toContain('?');
		});

		it('has a timed activity in steps', () => {
			const { title, minutes, steps } = notes.activity;
			expect(title.trim()).not.toBe('');
			expect(Number.isInteger(minutes)).toBe(true);
			expect(minutes).toBeGreaterThanOrEqual(5);
			expect(minutes).toBeLessThanOrEqual(60);
			expect(steps.length).toBeGreaterThanOrEqual(3);
			steps.forEach(plain);
		});
	});
});
