/**
 * A small, seeded fuzzer for the inputs a stranger controls: messages posted to an embed, embed
 * query strings, stored progress and imported files. Plain TypeScript with no aliases, so unit
 * tests (vitest) and browser tests (Playwright) share it.
 *
 * Every run draws its cases from one seed. The seed is new each run (wider coverage over time)
 * unless SEALED_FUZZ_SEED is set; a failure names the seed and the case, and setting
 * SEALED_FUZZ_SEED to that seed replays exactly the same cases.
 */

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed always gives the same stream in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The run's seed: SEALED_FUZZ_SEED when set (to replay a failure), otherwise a fresh one. */
export function fuzzSeed(): number {
	const given = globalThis.process?.env?.SEALED_FUZZ_SEED;
	if (given !== undefined && given !== '') {
		const seed = Number(given);
		if (!Number.isInteger(seed)) throw new Error(`SEALED_FUZZ_SEED must be an integer: ${given}`);
		return seed >>> 0;
	}
	return Math.floor(Math.random() * 2 ** 32);
}

/** Words a validator might be fooled by: our own message types, prototype keys, look-alikes. */
export const TRICKY_WORDS: readonly string[] = [
	'',
	' ',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'sealed',
	'sealed:request-height',
	'sealed:request-height ',
	'Sealed:Request-Height',
	'sealed:resize',
	'sealed:quiz',
	'sealed:navigate',
	'h5p',
	'H5P',
	'ready',
	'hello',
	'resize',
	'resizePrepared',
	'prepareResize',
	'progress',
	'version',
	'chapters',
	'answers',
	'null',
	'undefined',
	'NaN',
	'Infinity',
	'-0',
	'0',
	'1',
	'1e400',
	'true',
	'javascript:alert(1)',
	'<img src=x onerror=alert(1)>',
	'</script><script>alert(1)</script>',
	'{"type":"sealed:request-height"}',
	'%00',
	'%E0%A4%A',
	'\u0000',
	'\ud800',
	'\udc00x',
	'\u202e',
	'😀',
	'e\u0301',
	'https://evil.example',
	'http://localhost:4173',
	'2026-03-04T18:20:00.000Z',
	'2026-13-45T99:99:00Z'
];

const NUMBERS: readonly number[] = [
	0,
	-0,
	1,
	-1,
	0.5,
	812.4,
	100_000,
	100_001,
	Number.MAX_SAFE_INTEGER,
	Number.MIN_SAFE_INTEGER,
	Number.MAX_VALUE,
	Number.MIN_VALUE,
	Number.EPSILON,
	Number.NaN,
	Infinity,
	-Infinity,
	2 ** 31,
	-(2 ** 31),
	2 ** 32
];

export class Random {
	readonly #next: () => number;
	/** The inputs of this case, shown in the failure message if it fails. */
	readonly inputs: unknown[] = [];

	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}

	/** Keeps `value` to show if the case fails, and returns it. */
	track<T>(value: T): T {
		this.inputs.push(value);
		return value;
	}

	/** A number in [0, 1). */
	next(): number {
		return this.#next();
	}

	/** A whole number from min to max, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}

	bool(chance = 0.5): boolean {
		return this.#next() < chance;
	}

	pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('pick from nothing');
		return items[this.int(0, items.length - 1)]!;
	}

	/** One of `choices`, chosen with the given weights, then called. */
	weighted<T>(choices: readonly (readonly [number, () => T])[]): T {
		const total = choices.reduce((sum, [weight]) => sum + weight, 0);
		let roll = this.#next() * total;
		for (const [weight, make] of choices) {
			roll -= weight;
			if (roll < 0) return make();
		}
		return choices.at(-1)![1]();
	}

	number(): number {
		return this.weighted<number>([
			[3, () => this.pick(NUMBERS)],
			[3, () => this.int(-1000, 1000)],
			[2, () => (this.#next() - 0.5) * 10 ** this.int(-10, 310)],
			[1, () => this.int(0, 200_000)]
		]);
	}

	/** A code unit-level random string: printable ASCII, any BMP character, lone surrogates. */
	chars(length: number): string {
		let text = '';
		for (let i = 0; i < length; i += 1) {
			text += this.weighted<string>([
				[6, () => String.fromCharCode(this.int(0x20, 0x7e))],
				[1, () => String.fromCharCode(this.int(0, 0x1f))],
				[2, () => String.fromCharCode(this.int(0x80, 0xffff))],
				[1, () => String.fromCodePoint(this.int(0x1f300, 0x1faff))],
				[1, () => this.pick(['%', '&', '=', '?', '#', '+', '/', ':', '"', "'", '\\'])]
			]);
		}
		return text;
	}

	string(): string {
		return this.weighted<string>([
			[4, () => this.pick(TRICKY_WORDS)],
			[4, () => this.chars(this.int(0, 24))],
			[1, () => this.chars(this.int(25, 600))],
			[1, () => this.pick(TRICKY_WORDS) + this.chars(this.int(1, 4))],
			[0.2, () => 'x'.repeat(this.int(1000, 20_000))]
		]);
	}

	/** An id-like word, sometimes valid-looking, sometimes hostile. */
	key(): string {
		return this.weighted<string>([
			[3, () => this.pick(TRICKY_WORDS)],
			[5, () => `k-${this.chars(this.int(0, 8))}`],
			[1, () => String(this.int(0, 99))],
			[0.3, () => 'k'.repeat(this.int(190, 260))]
		]);
	}

	/**
	 * A value as `JSON.parse` could give: null, booleans, finite numbers, strings, arrays and
	 * plain objects (own `__proto__` keys included), nested up to `depth`.
	 */
	json(depth = 3): unknown {
		const leaf = () =>
			this.weighted<unknown>([
				[1, () => null],
				[1, () => this.bool()],
				[
					3,
					() => {
						const n = this.number();
						return Number.isFinite(n) ? n : 0;
					}
				],
				[3, () => this.string()]
			]);
		if (depth <= 0) return leaf();
		return this.weighted<unknown>([
			[4, leaf],
			[2, () => Array.from({ length: this.int(0, 6) }, () => this.json(depth - 1))],
			[2, () => this.object(() => this.json(depth - 1))]
		]);
	}

	/** A plain object with 0–6 random keys; own `__proto__` keys are set as JSON.parse sets them. */
	object(value: () => unknown, nullPrototype = false): Record<string, unknown> {
		const object: Record<string, unknown> = nullPrototype ? Object.create(null) : {};
		const count = this.int(0, 6);
		for (let i = 0; i < count; i += 1) setOwn(object, this.key(), value());
		return object;
	}

	/**
	 * A value `postMessage` can carry (the structured clone algorithm): everything `json` gives,
	 * plus undefined, NaN and infinities, bigints, dates, regular expressions, maps, sets, buffers,
	 * typed arrays, errors, boxed primitives, sparse arrays and objects without a prototype.
	 */
	cloneable(depth = 3): unknown {
		const leaf = () =>
			this.weighted<unknown>([
				[1, () => undefined],
				[1, () => null],
				[1, () => this.bool()],
				[3, () => this.number()],
				[3, () => this.string()],
				[0.5, () => BigInt(this.int(-1e6, 1e6)) * 10n ** BigInt(this.int(0, 30))],
				[0.5, () => new Date(this.bool(0.8) ? this.int(-1e12, 4e12) : Number.NaN)],
				[0.3, () => new RegExp(this.pick(['a+', '^sealed', '.*', '\\d']), 'g')],
				[0.3, () => new Uint8Array(this.int(0, 32)).map(() => this.int(0, 255))],
				[0.3, () => new ArrayBuffer(this.int(0, 64))],
				[0.3, () => new Error(this.string())],
				// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- boxed on purpose
				[0.3, () => new String(this.pick(TRICKY_WORDS)) as String],
				[0.2, () => new Number(this.number())]
			]);
		if (depth <= 0) return leaf();
		return this.weighted<unknown>([
			[4, leaf],
			[2, () => Array.from({ length: this.int(0, 5) }, () => this.cloneable(depth - 1))],
			[0.3, () => sparse(this.int(1, 5000), this.cloneable(depth - 1))],
			[0.2, () => ({ length: this.pick([1e9, -1, Number.NaN, 2 ** 32]), 0: this.cloneable(0) })],
			[2.5, () => this.object(() => this.cloneable(depth - 1), this.bool(0.1))],
			[0.3, () => new Map([[this.cloneable(0), this.cloneable(depth - 1)]])],
			[0.3, () => new Set([this.cloneable(0), this.cloneable(depth - 1)])]
		]);
	}

	/**
	 * Anything at all, as a same-window caller could pass it: everything `cloneable` gives, plus
	 * functions, symbols, getters and traps that throw, objects whose toString throws, cycles.
	 */
	hostile(depth = 3): unknown {
		return this.weighted<unknown>([
			[6, () => this.cloneable(depth)],
			[0.5, () => () => 'sealed:request-height'],
			[0.5, () => Symbol(this.pick(TRICKY_WORDS))],
			[0.5, () => throwingGetters(this.pick(['type', 'context', 'action', 'height', 'version']))],
			[0.5, () => throwingProxy()],
			[
				0.5,
				() => ({
					toString: () => {
						throw new Error('toString');
					},
					valueOf: () => {
						throw new Error('valueOf');
					}
				})
			],
			[
				0.5,
				() => {
					const cycle: Record<string, unknown> = { type: this.pick(TRICKY_WORDS) };
					cycle.self = cycle;
					return cycle;
				}
			],
			[0.3, () => Object.freeze(this.object(() => this.cloneable(depth - 1)))],
			[
				0.3,
				() =>
					new (class Message {
						type = 'sealed:request-height';
					})()
			]
		]);
	}
}

/** Sets an own property, even `__proto__` (which plain assignment would treat as the prototype). */
export function setOwn(object: object, key: string, value: unknown): void {
	Object.defineProperty(object, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}

function sparse(length: number, value: unknown): unknown[] {
	const array: unknown[] = [];
	array.length = length;
	array[length - 1] = value;
	return array;
}

function throwingGetters(name: string): object {
	return Object.defineProperty({}, name, {
		enumerable: true,
		get() {
			throw new Error(`reading ${name}`);
		}
	});
}

function throwingProxy(): object {
	const fail = () => {
		throw new Error('trap');
	};
	return new Proxy(
		{},
		{ get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail, getOwnPropertyDescriptor: fail }
	);
}

/** Shows a value in a failure message: short, and never throwing itself. */
export function show(value: unknown, max = 300): string {
	let text: string;
	try {
		text =
			JSON.stringify(value, (_key, item: unknown) =>
				typeof item === 'bigint' ? `${item}n` : item === undefined ? '(undefined)' : item
			) ?? String(value);
	} catch {
		try {
			text = Object.prototype.toString.call(value);
		} catch {
			text = '(unprintable)';
		}
	}
	return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/**
 * Runs `body` `runs` times, each with its own Random drawn from the seed, and turns the first
 * failure into an error that names the seed, the case, its inputs and how to replay it. Returns
 * the number of cases run. Bodies check with node:assert, which costs far less per call than
 * vitest's expect across thousands of cases.
 */
export function fuzz(
	name: string,
	runs: number,
	body: (random: Random, run: number) => void,
	seed: number = fuzzSeed()
): number {
	for (let run = 0; run < runs; run += 1) {
		const random = new Random(caseSeed(seed, run));
		try {
			body(random, run);
		} catch (error) {
			const inputs = random.inputs.map((input) => `  input: ${show(input)}`).join('\n');
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(
				`${name}: case ${run} of ${runs} failed with seed ${seed}. ` +
					`Replay with SEALED_FUZZ_SEED=${seed}.\n${inputs}\n${reason}`,
				{ cause: error }
			);
		}
	}
	return runs;
}

/** A distinct, reproducible seed for each case of a run. */
export function caseSeed(seed: number, run: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(run + 1, 0xc2b2ae35)) >>> 0;
}
