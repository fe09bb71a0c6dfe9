import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { junkMessages } from './junk';
import { fuzz } from '../../support/fuzz';

// static/embed.js is the host pages' script: plain JavaScript, run here against a fake page.
const code = readFileSync('static/embed.js', 'utf8');

interface FakeFrame {
	src: string;
	contentWindow: { postMessage: (data: unknown, origin: string) => void; posted: unknown[] };
	style: { height?: string };
	boxSizing: string;
}

function frame(src: string, boxSizing = 'content-box'): FakeFrame {
	const posted: unknown[] = [];
	return {
		src,
		contentWindow: { postMessage: (data) => posted.push(data), posted },
		style: {},
		boxSizing
	};
}

function hostPage(frames: FakeFrame[]) {
	const listeners: ((event: unknown) => void)[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string, listener: (event: unknown) => void) => {
			if (type === 'message') listeners.push(listener);
		}
	};
	const context = {
		window,
		URL,
		location: { href: 'https://school.example/class/7' },
		document: { getElementsByTagName: (name: string) => (name === 'iframe' ? frames : []) },
		getComputedStyle: (element: FakeFrame) => ({
			boxSizing: element.boxSizing,
			borderTopWidth: '2px',
			borderBottomWidth: '2px',
			paddingTop: '0px',
			paddingBottom: '1px'
		})
	};
	runInNewContext(code, context);
	const send = (event: unknown) => listeners.forEach((listener) => listener(event));
	return { send, listeners, run: () => runInNewContext(code, context) };
}

const SEALED = 'https://sealed.example';

describe('static/embed.js', () => {
	it('is small: under 2 KB as served', () => {
		expect(Buffer.byteLength(code)).toBeLessThan(2048);
	});

	it('sets the height of the iframe that sent it, and no other', () => {
		const a = frame(`${SEALED}/embed/the-demand`);
		const b = frame(`${SEALED}/embed/how-a-message-travels`);
		const page = hostPage([a, b]);
		page.send({
			source: b.contentWindow,
			origin: SEALED,
			data: { type: 'sealed:resize', height: 812.4 }
		});
		expect(b.style.height).toBe('813px');
		expect(a.style.height).toBeUndefined();
	});

	it('adds the border and padding of an iframe whose box includes them', () => {
		const a = frame(`${SEALED}/embed/the-demand`, 'border-box');
		const page = hostPage([a]);
		page.send({
			source: a.contentWindow,
			origin: SEALED,
			data: { type: 'sealed:resize', height: 800 }
		});
		expect(a.style.height).toBe('805px');
	});

	it('ignores heights from another origin than the iframe’s, or from no iframe at all', () => {
		const a = frame(`${SEALED}/embed/the-demand`);
		const page = hostPage([a]);
		const data = { type: 'sealed:resize', height: 500 };
		page.send({ source: a.contentWindow, origin: 'https://evil.example', data });
		page.send({ source: {}, origin: SEALED, data });
		page.send({ source: null, origin: SEALED, data });
		expect(a.style.height).toBeUndefined();
	});

	it('ignores junk and out-of-range heights without throwing', () => {
		const a = frame(`${SEALED}/embed/the-demand`);
		const page = hostPage([a]);
		const bad = [
			...junkMessages,
			{ type: 'sealed:resize', height: -1 },
			{ type: 'sealed:resize', height: 100_001 },
			{ type: 'sealed:resize', height: Number.NaN },
			{ type: 'sealed:resize', height: '500' },
			{ type: 'sealed:resize', height: '1e3' },
			{ type: 'sealed:resize' },
			{ context: 'h5p', action: 'resize', scrollHeight: 500 }
		];
		for (const data of bad) {
			expect(() => page.send({ source: a.contentWindow, origin: SEALED, data })).not.toThrow();
		}
		expect(a.style.height).toBeUndefined();
	});

	it('survives thousands of random messages, and sizes only for a valid one from its own frame', () => {
		// One page for every case (a new script context each time would be slow); reset per case.
		const a = frame(`${SEALED}/embed/the-demand`);
		const page = hostPage([a]);
		const runs = fuzz('embed.js message listener', 3000, (random) => {
			delete a.style.height;
			// What a listener receives is always a structured clone: no getters, proxies or functions.
			const data: unknown = structuredClone(
				random.track(
					random.bool(0.6)
						? {
								type: random.bool(0.7) ? 'sealed:resize' : random.string(),
								height: random.cloneable(1)
							}
						: random.cloneable(3)
				)
			);
			const fromFrame = random.bool(0.7);
			const origin = random.track(random.bool(0.7) ? SEALED : random.string());
			page.send({ source: fromFrame ? a.contentWindow : random.cloneable(1), origin, data });
			const record = data as { type?: unknown; height?: unknown };
			const valid =
				fromFrame &&
				origin === SEALED &&
				typeof data === 'object' &&
				data !== null &&
				record.type === 'sealed:resize' &&
				typeof record.height === 'number' &&
				record.height >= 0 &&
				record.height <= 100_000;
			if (!valid) {
				if (a.style.height !== undefined) throw new Error(`sized to ${a.style.height}`);
			} else if (a.style.height !== `${Math.ceil(record.height as number)}px`) {
				throw new Error(`expected ${record.height}, sized to ${a.style.height}`);
			}
		});
		expect(runs).toBe(3000);
		// Generous: the machine running the suite may be busy.
	}, 30_000);

	it('asks embeds already on the page for their height, and other iframes nothing', () => {
		const sealed = frame(`${SEALED}/embed/the-demand?quiz=0`);
		const video = frame('https://video.example/watch/1');
		hostPage([sealed, video]);
		expect(sealed.contentWindow.posted).toEqual([{ type: 'sealed:request-height' }]);
		expect(video.contentWindow.posted).toEqual([]);
	});

	it('listens once, even when a page includes it twice', () => {
		const page = hostPage([]);
		page.run();
		expect(page.listeners).toHaveLength(1);
	});
});
