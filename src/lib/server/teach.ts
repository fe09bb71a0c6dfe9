import { teaching } from '$content/teach';
import { listChapters, loadChapter, type LoadedChapter } from '$lib/content/chapters';
import type { ChapterSummary } from '$lib/content/types';
import { answerKey } from '$lib/teach/printable';
import type { TeachingNotes } from '$lib/teach/types';

/** A chapter's teaching notes; a chapter without any stops the build, naming the file to edit. */
export function notesFor(slug: string): TeachingNotes {
	const notes = teaching[slug];
	if (!notes) {
		throw new Error(`content/teach.ts: no entry for chapter "${slug}" (add its teaching notes)`);
	}
	return notes;
}

/** A chapter as its teacher's page sees it; runs at prerender only (it loads every chapter). */
export interface TeachChapter extends ChapterSummary {
	steps: LoadedChapter['steps'];
	questionCount: number;
	notes: TeachingNotes;
	key: ReturnType<typeof answerKey>;
}

export async function teachChapters(): Promise<TeachChapter[]> {
	const chapters = await listChapters();
	return Promise.all(
		chapters.map(async (chapter) => {
			const loaded = await loadChapter(chapter.slug);
			const questions = loaded?.questions ?? [];
			return {
				...chapter,
				steps: loaded?.steps ?? [],
				questionCount: questions.length,
				notes: notesFor(chapter.slug),
				key: answerKey(questions)
			};
		})
	);
}
