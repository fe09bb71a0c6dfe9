/** The matrix: every cell a real attempt, equal to EXPECTED by default; switches move only their cells. */
import { beforeAll, describe, expect, it } from 'vitest';
import {
	computeColumn,
	computeMatrix,
	createWorld,
	DEFAULT_MESSAGE,
	DESIGN_NAMES,
	DESIGN_SUMMARIES,
	EXPECTED,
	MATRIX_DEFAULTS,
	MATRIX_KEY_BITS,
	PARTY_NAMES,
	PARTY_ROLES,
	type MatrixCell,
	type MatrixOptions,
	type World
} from '$lib/backdoors/matrix';
import { DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE } from '$lib/backdoors/scanning';
import { DESIGN_IDS, PARTY_IDS } from '$lib/backdoors/types';

let world: World;
let defaults: MatrixCell[][];

beforeAll(async () => {
	world = await createWorld();
	defaults = await computeMatrix(world, MATRIX_DEFAULTS);
});

/** "design/party" of every cell whose `field` differs between two matrices. */
function changed(a: MatrixCell[][], b: MatrixCell[][], field: keyof MatrixCell): string[] {
	const out: string[] = [];
	a.forEach((column, c) =>
		column.forEach((cell, p) => {
			const other = b[c]?.[p];
			if (other?.[field] !== cell[field]) out.push(`${cell.design}/${cell.party}`);
		})
	);
	return out;
}

async function matrixWith(options: Partial<MatrixOptions>): Promise<MatrixCell[][]> {
	return computeMatrix(world, { ...MATRIX_DEFAULTS, ...options });
}

describe('the matrix with the chapter defaults', () => {
	it('equals EXPECTED cell by cell, columns in DESIGN_IDS order, rows in PARTY_IDS order', () => {
		expect(defaults.map((column) => column[0]?.design)).toEqual([...DESIGN_IDS]);
		for (const [c, design] of DESIGN_IDS.entries()) {
			expect(defaults[c]?.map((cell) => cell.party)).toEqual([...PARTY_IDS]);
			for (const [p, party] of PARTY_IDS.entries()) {
				expect(defaults[c]?.[p]?.result, `${design}/${party}`).toBe(EXPECTED[design][party]);
			}
		}
	});

	it('says how in one short sentence, and counts real attempts', () => {
		for (const cell of defaults.flat()) {
			expect(cell.how, `${cell.design}/${cell.party}`).toMatch(/^[A-Z].{10,150}\.$/);
			if (cell.result === 'reads') expect(cell.attempts).toBeGreaterThan(0);
		}
		// Public keys open nothing and cost no attempt.
		expect(defaults[0]?.[2]).toMatchObject({
			party: 'provider',
			result: 'cannot-read',
			attempts: 0
		});
		// The brute-force column really tried keys: between 1 and the whole 2^bits space.
		for (const cell of defaults[4]?.slice(2) ?? []) {
			expect(cell.attempts).toBeGreaterThan(0);
			expect(cell.attempts).toBeLessThanOrEqual(2 ** MATRIX_KEY_BITS);
			expect(cell.how).toMatch(/^Tried the keys in turn; number [\d,]+ of 1,024 opened it\.$/);
		}
	});

	it('has a name, a summary and a role for every design and party', () => {
		for (const design of DESIGN_IDS) {
			expect(DESIGN_NAMES[design].length).toBeGreaterThan(3);
			expect(DESIGN_SUMMARIES[design]).toMatch(/^[A-Z].*\.$/);
			for (const party of PARTY_IDS) expect(PARTY_ROLES[design][party]).toMatch(/^[A-Z].*\.$/);
		}
		for (const party of PARTY_IDS) expect(PARTY_NAMES[party].length).toBeGreaterThan(2);
	});

	it('the default message is innocent under the default list', () => {
		expect(MATRIX_DEFAULTS.text).toBe(DEFAULT_MESSAGE);
		expect(MATRIX_DEFAULTS.list).toEqual(DEFAULT_PHRASES);
	});

	it('comes out the same on the P-256 fallback', async () => {
		const p256 = await createWorld({ curve: 'P-256' });
		expect(p256.curve).toBe('P-256');
		const matrix = await computeMatrix(p256, MATRIX_DEFAULTS);
		expect(matrix.map((column) => column.map((cell) => cell.result))).toEqual(
			defaults.map((column) => column.map((cell) => cell.result))
		);
	});
});

describe('each switch changes exactly its cells', () => {
	it('before the breach the criminal holds nothing: escrow and ghost cells close', async () => {
		const before = await matrixWith({ breached: false });
		expect(changed(defaults, before, 'result')).toEqual(['escrow/criminal', 'ghost/criminal']);
		expect(before[1]?.[5]).toMatchObject({ result: 'cannot-read', attempts: 0 });
		expect(before[2]?.[5]).toMatchObject({ result: 'cannot-read', attempts: 0 });
	});

	it('adding the protest slogan to the list makes the report reach four parties', async () => {
		const creep = await matrixWith({ list: [...DEFAULT_PHRASES, FUNCTION_CREEP_PHRASE] });
		expect(changed(defaults, creep, 'result')).toEqual([
			'scanning/provider',
			'scanning/authority',
			'scanning/insider',
			'scanning/foreign-service'
		]);
		for (const p of [2, 3, 4, 6]) expect(creep[3]?.[p]?.result).toBe('reads-via-report');
		// Still no decryption: the report, not the ciphertext, carried the words.
		expect(creep[3]?.[2]?.attempts).toBe(0);
	});

	it('showing the notice changes who was warned, not who reads', async () => {
		const shown = await matrixWith({ hideNotice: false });
		expect(changed(defaults, shown, 'result')).toEqual([]);
		const readers = ['ghost/authority', 'ghost/insider', 'ghost/criminal', 'ghost/foreign-service'];
		expect(changed(defaults, shown, 'warned')).toEqual(readers);
		expect(changed(defaults, shown, 'how')).toEqual(readers);
		for (const cell of shown[2]?.slice(3) ?? []) expect(cell.warned).toBe(true);
		for (const cell of defaults[2]?.slice(3) ?? []) expect(cell.warned).toBe(false);
	});

	it('a single column matches the same column of the matrix', async () => {
		const column = await computeColumn(world, 'escrow', MATRIX_DEFAULTS);
		expect(column.map((cell) => cell.result)).toEqual(defaults[1]?.map((cell) => cell.result));
		expect(column.map((cell) => cell.how)).toEqual(defaults[1]?.map((cell) => cell.how));
	});
});
