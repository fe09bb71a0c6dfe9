/**
 * Everything chapter 4's lab runs, behind one dynamic import: the lab loads it when the reader
 * nears the chapter, so the page itself carries no cryptography until then.
 */

export { Session, toPublicIdentity } from '../crypto';
export { escrowDesign, escrowKeyHolder, openPastMessages } from './escrow';
export { aliceView, directoryEntry } from './ghost';
export { computeMatrix, createWorld } from './matrix';
export { buildList, scan } from './scanning';
export { sealWeak } from './weak-keys';
export { startBruteForce } from './brute-force-client';
