/**
 * The reader's progress as Svelte state: one instance per page, created in the browser only
 * (storage does not exist while prerendering). It wraps the plain-TS store in $lib/progress,
 * follows changes made in other tabs, and never throws, whatever the storage does.
 */
import { getContext, setContext } from 'svelte';
import {
	emptyProgress,
	exportProgress,
	importProgress,
	openStore,
	withActivity,
	withAnswer,
	withBest,
	withFinalAnswer,
	withFinalBest,
	withFinalCompleted,
	withoutAnswer,
	withoutFinalAnswer,
	withStep,
	type ActivityChoices,
	type Progress,
	type ProgressStore
} from '$lib/progress';
import type { AnyResponse } from '$lib/quiz/types';

export class ProgressState {
	progress = $state.raw<Progress>(emptyProgress());
	/** A calm sentence when progress cannot be kept (or could not be read); null when all is well. */
	notice = $state<string | null>(null);
	persistent = $state(true);
	/** False until storage has been read: until then the page shows what it prerendered. */
	loaded = $state(false);
	/** Counts changes made in other tabs, so views built from saved answers can rebuild. */
	external = $state(0);
	#store: ProgressStore | null = null;
	#unsubscribe: (() => void) | null = null;

	/** Reads storage and starts following other tabs. Call once, in the browser. */
	start(): void {
		if (this.#store) return;
		this.#store = openStore();
		const { progress, persistent, notice } = this.#store.load();
		this.progress = progress;
		this.persistent = persistent;
		this.notice = notice;
		this.loaded = true;
		this.#unsubscribe = this.#store.subscribe((next) => {
			this.progress = next;
			this.external += 1;
		});
	}

	stop(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
	}

	#apply(change: (progress: Progress) => Progress): void {
		const next = change(this.progress);
		this.progress = next;
		if (!this.#store) return;
		this.#store.save(next);
		const { persistent, notice } = this.#store.status();
		this.persistent = persistent;
		this.notice = notice;
	}

	step(slug: string, stepId: string): void {
		if (this.progress.chapters[slug]?.step === stepId) return;
		this.#apply((p) => withStep(p, slug, stepId));
	}

	answer(slug: string, questionId: string, response: AnyResponse | null): void {
		this.#apply((p) =>
			response === null
				? withoutAnswer(p, slug, questionId)
				: withAnswer(p, slug, questionId, response)
		);
	}

	/** Keeps the choices made in one of a chapter's activities; none left forgets them. */
	activity(slug: string, activityId: string, choices: ActivityChoices): void {
		this.#apply((p) => withActivity(p, slug, activityId, choices));
	}

	best(slug: string, score: number, max: number): void {
		this.#apply((p) => withBest(p, slug, score, max));
	}

	finalAnswer(questionId: string, response: AnyResponse | null): void {
		this.#apply((p) =>
			response === null
				? withoutFinalAnswer(p, questionId)
				: withFinalAnswer(p, questionId, response)
		);
	}

	/** Records a finished final quiz: its best score and when it was completed. */
	finalBest(score: number, max: number): void {
		this.#apply((p) => withFinalCompleted(withFinalBest(p, score, max)));
	}

	/** Clears the finished mark so the final quiz can be taken again (the best score stays). */
	finalRestart(): void {
		this.#apply((p) => ({ ...p, final: { ...p.final, completedAt: null } }));
	}

	exportText(): string {
		return exportProgress(this.progress);
	}

	/** Replaces progress with a file's, or returns the reason it was refused (nothing changes). */
	importText(text: string): string | null {
		const result = importProgress(text);
		if (!result.ok) return result.message;
		this.#apply(() => result.progress);
		return null;
	}

	reset(): void {
		if (!this.#store) {
			this.progress = emptyProgress();
			return;
		}
		this.progress = this.#store.reset();
		const { persistent, notice } = this.#store.status();
		this.persistent = persistent;
		this.notice = notice;
	}
}

const key = Symbol('sealed-progress');

/** Called once by the root layout: every page shares one progress state. */
export const setProgress = (state: ProgressState): ProgressState => setContext(key, state);

export const useProgress = (): ProgressState => getContext<ProgressState>(key);
