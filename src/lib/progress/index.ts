/**
 * Stored progress: what the reader has done, kept across visits in `localStorage` when the
 * browser allows, in memory when it does not, and in an exported file when they choose.
 * Import from here; the files behind it each do one job.
 */
export {
	CURRENT_VERSION,
	emptyChapter,
	emptyFinal,
	emptyProgress,
	LIMITS,
	STORAGE_KEY,
	type ActivityChoices,
	type Best,
	type ChapterProgress,
	type FinalProgress,
	type Progress
} from './schema';
export { sanitize } from './sanitize';
export { migrate, type Migrated, type MigrationProblem } from './migrate';
export { IMPORT_ERRORS, NOTICES } from './messages';
export { openStore, type LoadResult, type ProgressStore, type StoreStatus } from './storage';
export {
	exportFileName,
	exportProgress,
	importProgress,
	MAX_IMPORT_CHARS,
	type ImportResult
} from './transfer';
export {
	activityChoices,
	chapterProgress,
	isBetter,
	lastVisited,
	withActivity,
	withAnswer,
	withBest,
	withFinalAnswer,
	withFinalBest,
	withFinalCompleted,
	withoutAnswer,
	withoutFinalAnswer,
	withStep
} from './queries';
