import { describe, expect, it } from 'vitest';
import { glossaryIndex } from '$lib/content/glossary';
import { citationIndex } from '$lib/content/sources';
import { chapterReferences, referencesIn } from '$lib/server/chapter-references';

const prose = import.meta.glob<string>('/content/chapters/*/index.svx', {
	query: '?raw',
	import: 'default',
	eager: true
});

describe('referencesIn', () => {
	it('finds cited sources and marked terms, each once, whatever else the tag holds', () => {
		const found = referencesIn(
			'A <Cite id="a" /> and <Cite id="a"/> then <Term id="ipa">IPA</Term>, <Term class="x" id="e2ee">'
		);
		expect([...found.cites]).toEqual(['a']);
		expect([...found.terms]).toEqual(['ipa', 'e2ee']);
	});

	it('finds nothing in prose without tags', () => {
		const found = referencesIn('Plain words about <Cites> and Terms.');
		expect(found.cites.size + found.terms.size).toBe(0);
	});
});

describe('chapterReferences', () => {
	it('gives each chapter every source it cites and term it marks, numbered as on /sources', async () => {
		const all = citationIndex();
		for (const [path, text] of Object.entries(prose)) {
			const slug = path.split('/').at(-2)!.replace(/^\d+-/, '');
			const { citations, glossary } = await chapterReferences(slug);
			const { cites, terms } = referencesIn(text);
			expect(Object.keys(citations).sort(), slug).toEqual([...cites].sort());
			expect(Object.keys(glossary).sort(), slug).toEqual([...terms].sort());
			for (const id of cites) expect(citations[id], `${slug}: ${id}`).toEqual(all[id]);
		}
	});

	it('hands a chapter far less than the whole glossary and source list', async () => {
		const { citations, glossary } = await chapterReferences('the-demand');
		expect(Object.keys(citations).length).toBeLessThan(Object.keys(citationIndex()).length / 2);
		expect(Object.keys(glossary).length).toBeLessThan(Object.keys(glossaryIndex()).length / 2);
	});

	it('hands an unknown chapter nothing', async () => {
		expect(await chapterReferences('no-such-chapter')).toEqual({ citations: {}, glossary: {} });
	});
});
