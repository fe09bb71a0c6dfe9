import { getContext, setContext } from 'svelte';
import { createJourneyKeys, sendThrough, type Journey, type JourneyKeys } from './journey';
import type { Protection } from './types';

export const DEFAULT_MESSAGE = 'Meet me by the library at four';
export const MAX_MESSAGE_LENGTH = 120;
const PROTECTIONS: Protection[] = ['none', 'tls', 'e2ee'];

/**
 * The reader's message and what became of it under each protection, made with real keys in the
 * browser. Sends run one at a time, so the ratchet of the end-to-end session never races itself.
 */
export class JourneyLab {
	text = $state(DEFAULT_MESSAGE);
	/** Results per protection; raw, because they hold byte arrays nobody mutates. */
	journeys = $state.raw<Partial<Record<Protection, Journey>>>({});
	status = $state<'waiting' | 'sealing' | 'ready' | 'failed'>('waiting');
	#keys: Promise<JourneyKeys> | null = null;
	#queue: Promise<void> = Promise.resolve();

	/** Send `text` (or the current text) three ways. Safe to call on every keystroke. */
	send(text = this.text): Promise<void> {
		this.text = text.slice(0, MAX_MESSAGE_LENGTH);
		this.#queue = this.#queue.then(() => this.#sendNow());
		return this.#queue;
	}

	async #sendNow(): Promise<void> {
		const text = this.text;
		this.status = 'sealing';
		try {
			this.#keys ??= createJourneyKeys();
			const keys = await this.#keys;
			const journeys: Partial<Record<Protection, Journey>> = {};
			for (const protection of PROTECTIONS) {
				journeys[protection] = await sendThrough(keys, text, protection);
			}
			// A newer message may have been typed meanwhile; its own send will show it.
			if (text !== this.text) return;
			this.journeys = journeys;
			this.status = 'ready';
		} catch (error) {
			console.error(error);
			this.status = 'failed';
		}
	}
}

const key = Symbol('sealed-journey-lab');

export const setJourneyLab = (lab: JourneyLab): JourneyLab => setContext(key, lab);

/** The enclosing JourneyLab, or undefined when a diagram is drawn on its own. */
export const useJourneyLab = (): JourneyLab | undefined => getContext<JourneyLab>(key);
