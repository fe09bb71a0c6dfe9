import { describe, expect, it } from 'vitest';
import {
	MAX_HEIGHT,
	clampHeight,
	h5pMessage,
	isResizeMessage,
	readHostMessage,
	resizeMessage
} from '$lib/embed/messages';
import { junkMessages } from './junk';

describe('messages a host sends to an embed', () => {
	it('accept a request for the height, in our words or in H5P’s', () => {
		expect(readHostMessage({ type: 'sealed:request-height' })).toEqual({ kind: 'height' });
		for (const action of ['ready', 'hello', 'resizePrepared', 'resize'] as const) {
			expect(readHostMessage({ context: 'h5p', action })).toEqual({ kind: 'h5p', action });
		}
		// Extra fields, as H5P's resizer sends them, change nothing.
		expect(readHostMessage({ context: 'h5p', action: 'resizePrepared', parentHeight: 9 })).toEqual({
			kind: 'h5p',
			action: 'resizePrepared'
		});
		expect(
			readHostMessage(Object.assign(Object.create(null), { type: 'sealed:request-height' }))
		).toEqual({ kind: 'height' });
	});

	it('ignore everything else, whatever its shape, without throwing', () => {
		for (const junk of junkMessages) expect(readHostMessage(junk)).toBeNull();
	});

	it('ignore a message whose properties throw when read', () => {
		const trap = {
			get type(): string {
				throw new Error('boom');
			}
		};
		const proxy = new Proxy(
			{},
			{
				getPrototypeOf() {
					throw new Error('boom');
				}
			}
		);
		expect(readHostMessage(trap)).toBeNull();
		expect(readHostMessage(proxy)).toBeNull();
		expect(isResizeMessage(proxy)).toBe(false);
	});
});

describe('messages an embed sends to its host', () => {
	it('carry a whole, bounded height', () => {
		expect(resizeMessage(812.2)).toEqual({ type: 'sealed:resize', height: 813 });
		expect(resizeMessage(-4).height).toBe(0);
		expect(resizeMessage(Number.NaN).height).toBe(0);
		expect(resizeMessage(1e9).height).toBe(MAX_HEIGHT);
		expect(clampHeight(Infinity)).toBe(0);
	});

	it('speak H5P’s resizer protocol', () => {
		expect(h5pMessage('hello')).toEqual({ context: 'h5p', action: 'hello' });
		expect(h5pMessage('prepareResize', 640.5)).toEqual({
			context: 'h5p',
			action: 'prepareResize',
			scrollHeight: 641,
			clientHeight: 641
		});
		expect(h5pMessage('resize', 640)).toEqual({
			context: 'h5p',
			action: 'resize',
			scrollHeight: 640
		});
	});

	it('are what a host checks for, and junk is not', () => {
		expect(isResizeMessage(resizeMessage(500))).toBe(true);
		expect(isResizeMessage({ type: 'sealed:resize', height: 0 })).toBe(true);
		for (const bad of [
			{ type: 'sealed:resize', height: -1 },
			{ type: 'sealed:resize', height: MAX_HEIGHT + 1 },
			{ type: 'sealed:resize', height: Number.NaN },
			{ type: 'sealed:resize', height: '500' },
			{ type: 'sealed:resize' },
			...junkMessages
		]) {
			expect(isResizeMessage(bad)).toBe(false);
		}
	});
});
