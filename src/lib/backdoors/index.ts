/**
 * Chapter 4's engine: the four exceptional-access designs, each for real, and the matrix of who
 * can read the same message under each. Plain TypeScript over the crypto engine ($lib/crypto).
 *
 * Not re-exported here: the worker (brute-force.worker.ts), its host, and the page-side client
 * (brute-force-client.ts) — import the client directly where a component starts a search.
 */

export * from './types';
export * from './world';
export * from './threat-model';
export * from './escrow';
export * from './ghost';
export * from './scanning';
export * from './weak-keys';
export * from './brute-force';
export * from './brute-force-protocol';
export {
	computeColumn,
	computeMatrix,
	DEFAULT_MESSAGE,
	defaultMatrix,
	EXPECTED,
	MATRIX_DEFAULTS,
	MATRIX_KEY_BITS,
	type CellResult,
	type MatrixCell,
	type MatrixOptions
} from './matrix';
