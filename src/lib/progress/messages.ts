/**
 * Every sentence the progress code shows readers, in one place: plain and calm, saying what
 * happened and what it means for their progress, never blaming them or their browser settings.
 */

/** Shown by the page, from `ProgressStore.load().notice`. */
export const NOTICES = {
	/** Storage is blocked (sandboxed iframe, private mode) or a save failed (storage full). */
	notKept:
		'Your progress is kept only until you close this page: this browser is not letting Sealed save it. You can still export it to a file.',
	/** The stored data has a version above ours: an older copy of Sealed is running. */
	newer:
		'Progress saved by a newer version of Sealed was left untouched, and this page will not save over it. Reloading the page should bring the newer version.',
	/** The stored data was not JSON, or not progress Sealed can read. */
	unreadable: 'Saved progress could not be read, so Sealed started afresh.'
} as const;

/** Why an imported file was refused; the current progress is untouched in every case. */
export const IMPORT_ERRORS = {
	empty: 'This file is empty, so there is no progress in it to import.',
	tooLarge: 'This file is too large to be a Sealed progress file.',
	notJson: 'This file is not a Sealed progress file: it is not readable JSON.',
	foreign: 'This file is not a Sealed progress file: it was not exported by Sealed.',
	damaged: 'This Sealed progress file is damaged: the progress in it could not be read.',
	newer:
		'This progress file comes from a newer version of Sealed. Reload the page to get the newest version, then import it again.'
} as const;
