import { getContext, setContext } from 'svelte';
import {
	bobOpens,
	createHandshake,
	createImpostor,
	safetyNumbers,
	sealNext,
	stealChainKey,
	tryStolenKey,
	type Handshake,
	type SafetyNumbers,
	type SealedView,
	type TheftResult
} from './handshake';
import { toHex } from '$lib/crypto/bytes';
import type { Identity } from '$lib/crypto';

export const FIRST_MESSAGE = 'Meet me by the library at four';
const LATER_MESSAGES = ['Bring your notes', 'Running ten minutes late', 'On my way now'];

/** Chapter 3's live material: made once per visit with real keys, changed by the reader's controls. */
export class HandshakeLab {
	status = $state<'waiting' | 'ready' | 'failed'>('waiting');
	handshake = $state.raw<Handshake | null>(null);
	/** The first message, sealed by Alice, and what Bob's phone made of it. */
	first = $state.raw<{ sealed: SealedView; opened: string } | null>(null);
	/** Every message Alice has sent, oldest first. */
	sent = $state.raw<SealedView[]>([]);
	/** The chain key a thief copied, and what it opened; null until the reader steals it. */
	theft = $state.raw<{ stolenHex: string; stolenAt: number; results: TheftResult[] } | null>(null);
	/** Whether the server is swapping in its own keys. */
	swapped = $state(false);
	numbers = $state.raw<SafetyNumbers | null>(null);
	#impostor: Promise<Identity> | null = null;
	/** Whether anything has asked for the safety numbers yet (see wantNumbers). */
	#numbersWanted = false;

	async start(): Promise<void> {
		try {
			const handshake = await createHandshake();
			const sealed = await sealNext(handshake, FIRST_MESSAGE);
			const opened = await bobOpens(handshake, sealed);
			const sent = [sealed];
			for (const text of LATER_MESSAGES) sent.push(await sealNext(handshake, text));
			this.handshake = handshake;
			this.first = { sealed, opened };
			this.sent = sent;
			this.status = 'ready';
			if (this.#numbersWanted) await this.#computeNumbers();
		} catch (error) {
			console.error(error);
			this.status = 'failed';
		}
	}

	/** Copy the chain key Alice's phone holds now, then let her send one more message. */
	async steal(): Promise<void> {
		const handshake = this.handshake;
		if (!handshake) return;
		const stolen = stealChainKey(handshake);
		const next = await sealNext(handshake, 'See you tomorrow, same place');
		this.sent = [...this.sent, next];
		this.theft = {
			stolenHex: toHex(stolen.chainKey),
			stolenAt: stolen.index,
			results: await tryStolenKey(stolen, this.sent)
		};
	}

	forgetTheft(): void {
		this.theft = null;
	}

	/**
	 * Work out the safety numbers, once something is about to show them. They cost about 20,000
	 * SHA-512 rounds (Signal's 5,200 per half, as each phone computes both halves), so they are
	 * made when the reader nears their scene, not with the page.
	 */
	wantNumbers(): void {
		if (this.#numbersWanted) return;
		this.#numbersWanted = true;
		void this.#computeNumbers();
	}

	/** Let the server hand each phone a key of its own in place of the other person's, or stop. */
	async setSwapped(on: boolean): Promise<void> {
		this.swapped = on;
		this.#numbersWanted = true;
		await this.#computeNumbers();
	}

	/** The numbers for the current swap setting; a result the reader has since switched away from loses. */
	async #computeNumbers(): Promise<void> {
		const handshake = this.handshake;
		if (!handshake) return;
		const on = this.swapped;
		if (on) this.#impostor ??= createImpostor();
		const numbers = await safetyNumbers(handshake, on ? await this.#impostor : null);
		if (this.swapped === on) this.numbers = numbers;
	}
}

const key = Symbol('sealed-handshake-lab');

export const setHandshakeLab = (lab: HandshakeLab): HandshakeLab => setContext(key, lab);

/** The enclosing HandshakeLab, or undefined when a diagram is drawn on its own. */
export const useHandshakeLab = (): HandshakeLab | undefined => getContext<HandshakeLab>(key);
