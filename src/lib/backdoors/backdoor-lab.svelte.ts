import { getContext, setContext } from 'svelte';
import { whenNear } from '$lib/ui/near';
import type { SealedMessage } from '$lib/crypto';
import type { PastMessagesReport } from './escrow';
import type { AliceView, ListedDevice } from './ghost';
import type { MatrixCell, World } from './matrix';
import type { ScanResult } from './scanning';
import { DEFAULT_MESSAGE } from './matrix-data';
import { DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE } from './phrases';
import { ARCHIVE_TEXTS } from './archive';
import type { DesignId } from './types';

/** Longest message the reader may type; the matrix seals it under five designs. */
export const MAX_TEXT = 200;

/**
 * Chapter 4's live material, made once per visit: every identity, the matrix of real attempts on
 * the reader's message, the escrow archive, and what Alice's app shows under the ghost design.
 * Reader switches (the message, the extended list, hiding the notice, the leak) live here so the
 * diagram and the controls in the text agree.
 */
export class BackdoorLab {
	status = $state<'waiting' | 'ready' | 'failed'>('waiting');
	/** The message every design is tried on. */
	text = $state(DEFAULT_MESSAGE);
	/** The design chosen in "Who can read this message?". */
	selected = $state<DesignId>('escrow');
	/** The scanning list includes the protest slogan (function creep). */
	listExtended = $state(false);
	/** Every party under every design, columns in DESIGN_IDS order; null until computed. */
	matrix = $state.raw<MatrixCell[][] | null>(null);
	/** True while the matrix is being recomputed for a new message or list. */
	computing = $state(false);
	scanResult = $state.raw<ScanResult | null>(null);
	/** How many archived messages exist, and what the leaked key opened of them. */
	archiveSize = $state(0);
	breach = $state.raw<PastMessagesReport | null>(null);
	/** The app hides the ghost device (as the proposal needs). */
	hideNotice = $state(true);
	/** What Alice's app showed before any ghost, and what it shows now. */
	before = $state.raw<AliceView | null>(null);
	now = $state.raw<AliceView | null>(null);
	/** Bob's real entry in the directory with the authority's ghost: every device that gets a copy. */
	listed = $state.raw<ListedDevice[] | null>(null);

	#engine: typeof import('./engine') | null = null;
	#world: World | null = null;
	#archive: SealedMessage[] = [];
	#run = 0;

	/** On a printed worksheet nothing is computed: the matrix shows the expected results. */
	readonly #still: boolean;

	constructor(options: { still?: boolean } = {}) {
		this.#still = options.still ?? false;
	}

	/**
	 * Start once any of the chapter's live parts comes within a screen of the viewport: the
	 * engine (about 20 KB) and nine key pairs arrive just before the reader needs them, not with
	 * the page. Returns the cleanup, for onMount.
	 */
	startWhenNear(element: Element): () => void {
		if (this.#still || this.#world) return () => {};
		return whenNear(element, '100%', () => void this.start());
	}

	get phrases(): readonly string[] {
		return this.listExtended ? [...DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE] : DEFAULT_PHRASES;
	}

	async start(): Promise<void> {
		if (this.#world) return;
		try {
			const engine = (this.#engine = await import('./engine'));
			const { Session, aliceView, createWorld, escrowDesign, toPublicIdentity } = engine;
			const world = await createWorld();
			this.#world = world;
			const session = await Session.start(world.alice, toPublicIdentity(world.bob));
			const design = escrowDesign(toPublicIdentity(world.escrow));
			for (const text of ARCHIVE_TEXTS) this.#archive.push(await session.send(text, { design }));
			this.archiveSize = this.#archive.length;
			await this.refresh();
			this.before = await aliceView(world, { ghost: false, hideNotice: false });
			await this.setHideNotice(this.hideNotice);
			this.status = 'ready';
		} catch (error) {
			console.error(error);
			this.status = 'failed';
		}
	}

	/** Recompute the matrix and the scan for the current message and list; late results lose. */
	async refresh(): Promise<void> {
		const world = this.#world;
		const engine = this.#engine;
		if (!world || !engine) return;
		const { buildList, computeMatrix, scan } = engine;
		const run = ++this.#run;
		const text = this.text;
		const phrases = this.phrases;
		this.computing = true;
		try {
			const [matrix, scanned] = await Promise.all([
				computeMatrix(world, { text, list: phrases, hideNotice: true, breached: true }),
				buildList(phrases).then((list) => scan(text, list))
			]);
			if (run !== this.#run) return;
			this.matrix = matrix;
			this.scanResult = scanned;
		} finally {
			if (run === this.#run) this.computing = false;
		}
	}

	async setText(text: string): Promise<void> {
		const cleaned = text.trim().slice(0, MAX_TEXT);
		this.text = cleaned === '' ? DEFAULT_MESSAGE : cleaned;
		await this.refresh();
	}

	async setListExtended(on: boolean): Promise<void> {
		this.listExtended = on;
		await this.refresh();
	}

	/** The escrow private key leaks: a thief holding it tries every archived message, for real. */
	async leakEscrowKey(): Promise<void> {
		const world = this.#world;
		const engine = this.#engine;
		if (!world || !engine) return;
		const { escrowKeyHolder, openPastMessages } = engine;
		const thief = escrowKeyHolder('criminal', 'A criminal with the leaked key', world.escrow);
		this.breach = await openPastMessages(this.#archive, thief);
	}

	forgetBreach(): void {
		this.breach = null;
	}

	async setHideNotice(hide: boolean): Promise<void> {
		this.hideNotice = hide;
		const world = this.#world;
		const engine = this.#engine;
		if (!world || !engine) return;
		const { aliceView, directoryEntry } = engine;
		const [view, listed] = await Promise.all([
			aliceView(world, { ghost: true, hideNotice: hide }),
			directoryEntry(world, ['authority'], hide)
		]);
		if (this.hideNotice !== hide) return;
		this.now = view;
		this.listed = listed;
	}

	/** One design's cells, in party order, or null until computed. */
	column(design: DesignId): MatrixCell[] | null {
		return this.matrix?.find((column) => column[0]?.design === design) ?? null;
	}
}

const key = Symbol('sealed-backdoor-lab');

export const setBackdoorLab = (lab: BackdoorLab): BackdoorLab => setContext(key, lab);

/** The enclosing BackdoorLab, or undefined when a diagram is drawn on its own (worksheets). */
export const useBackdoorLab = (): BackdoorLab | undefined => getContext<BackdoorLab>(key);
