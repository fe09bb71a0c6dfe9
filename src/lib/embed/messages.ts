/**
 * The messages an embed exchanges with the page around it, and the checks on every message it
 * receives. Pure. An embed accepts nothing from its host but a request for its height, in our own
 * words (`{ type: 'sealed:request-height' }`) or in those of H5P's resizer; everything else —
 * other shapes, other types, huge strings, Blobs, arrays — is ignored without a word. Nothing in a
 * message is ever run, shown or used as an address.
 */

/** No page is taller than this; a larger height is a mistake, not a measurement. */
export const MAX_HEIGHT = 100_000;

/** Sent to the host, to any origin (a height says nothing private), on load and on every change. */
export interface ResizeMessage {
	type: 'sealed:resize';
	/** The embed's content height in CSS pixels, a whole number. */
	height: number;
}

/** The H5P resizer's actions a host can send to an embed, all of them about its height. */
export type H5pHostAction = 'ready' | 'hello' | 'resizePrepared' | 'resize';

/** What a host may ask of an embed. */
export type HostRequest = { kind: 'height' } | { kind: 'h5p'; action: H5pHostAction };

const H5P_HOST_ACTIONS: readonly string[] = ['ready', 'hello', 'resizePrepared', 'resize'];

/** A plain object (as structured clone delivers `{…}`), not an array, Blob, Date or null. */
function isRecord(data: unknown): data is Record<string, unknown> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
	const proto: unknown = Object.getPrototypeOf(data);
	return proto === Object.prototype || proto === null;
}

/** A host's message as a request the embed answers, or null for anything else. Never throws. */
export function readHostMessage(data: unknown): HostRequest | null {
	try {
		if (!isRecord(data)) return null;
		if (data.type === 'sealed:request-height') return { kind: 'height' };
		if (data.context === 'h5p' && typeof data.action === 'string') {
			const action = data.action;
			return H5P_HOST_ACTIONS.includes(action)
				? { kind: 'h5p', action: action as H5pHostAction }
				: null;
		}
		return null;
	} catch {
		return null;
	}
}

/** A height as we send it: a whole number of pixels, from 0 to MAX_HEIGHT. */
export function clampHeight(height: number): number {
	if (!Number.isFinite(height) || height <= 0) return 0;
	return Math.min(Math.ceil(height), MAX_HEIGHT);
}

export function resizeMessage(height: number): ResizeMessage {
	return { type: 'sealed:resize', height: clampHeight(height) };
}

/**
 * Whether `data` is a resize message a host should act on (the check static/embed.js makes, in
 * the same terms): the right type and a finite height from 0 to MAX_HEIGHT.
 */
export function isResizeMessage(data: unknown): data is ResizeMessage {
	try {
		return (
			isRecord(data) &&
			data.type === 'sealed:resize' &&
			typeof data.height === 'number' &&
			Number.isFinite(data.height) &&
			data.height >= 0 &&
			data.height <= MAX_HEIGHT
		);
	} catch {
		return false;
	}
}

/**
 * An H5P resizer message from the embed. `prepareResize` carries the height twice: as the
 * content's scroll height and as its client height, which are equal for us because we measure
 * the content, not the frame (the resizer shrinks the frame to the second, then grows it to the
 * first); `resize` carries it once.
 */
export function h5pMessage(
	action: 'hello' | 'prepareResize' | 'resize',
	height?: number
): Record<string, unknown> {
	const message: Record<string, unknown> = { context: 'h5p', action };
	if (action === 'prepareResize') {
		message.scrollHeight = clampHeight(height ?? 0);
		message.clientHeight = clampHeight(height ?? 0);
	}
	if (action === 'resize') message.scrollHeight = clampHeight(height ?? 0);
	return message;
}
