/**
 * Export to and import from a JSON file: the way progress survives what storage cannot (Safari
 * deleting site data after seven days away, storage partitioned inside an LMS iframe, another
 * device). A bad or foreign file is refused with a message for the reader; nothing here touches
 * the current progress, which the caller replaces only on success. Never throws.
 */
import { IMPORT_ERRORS } from './messages';
import { migrate } from './migrate';
import { isRecord, sanitize } from './sanitize';
import type { Progress } from './schema';

/** Far above any real export (a few kilobytes), low enough to parse without a pause. */
export const MAX_IMPORT_CHARS = 1_000_000;

export type ImportResult = { ok: true; progress: Progress } | { ok: false; message: string };

/** The file's text: the progress (with its own version) wrapped in a label saying whose it is. */
export function exportProgress(progress: Progress, now: Date = new Date()): string {
	const file = {
		app: 'sealed',
		kind: 'progress',
		exportedAt: now.toISOString(),
		progress: sanitize(progress)
	};
	return JSON.stringify(file, null, 2) + '\n';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `sealed-progress-2026-03-05.json`, dated in the reader's own time zone. */
export function exportFileName(now: Date = new Date()): string {
	const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
	return `sealed-progress-${date}.json`;
}

const refuse = (message: string): ImportResult => ({ ok: false, message });

export function importProgress(text: unknown): ImportResult {
	if (typeof text !== 'string') return refuse(IMPORT_ERRORS.notJson);
	if (text.length > MAX_IMPORT_CHARS) return refuse(IMPORT_ERRORS.tooLarge);
	// Editors on Windows may add a byte order mark, which JSON.parse refuses.
	const body = text.replace(/^\uFEFF/, '').trim();
	if (body === '') return refuse(IMPORT_ERRORS.empty);
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return refuse(IMPORT_ERRORS.notJson);
	}
	if (!isRecord(parsed) || parsed.app !== 'sealed' || parsed.kind !== 'progress') {
		return refuse(IMPORT_ERRORS.foreign);
	}
	const read = migrate(parsed.progress);
	if (read.problem === 'newer') return refuse(IMPORT_ERRORS.newer);
	if (read.problem) return refuse(IMPORT_ERRORS.damaged);
	return { ok: true, progress: read.progress };
}
