/**
 * The embed's side of auto-resizing, started once by the embed layout in the browser. It tells the
 * host page its content height on load and whenever it changes, in two protocols at once:
 *  - ours: `{ type: 'sealed:resize', height }`, which static/embed.js acts on;
 *  - H5P's resizer (hello → prepareResize → resizePrepared → resize), so that LMS pages which
 *    already load h5p-resizer.js size Sealed with no script of ours.
 * Heights go to any origin with '*': they carry nothing private. The only messages it answers are
 * requests for its height (see messages.ts); nothing else a host sends has any effect.
 *
 * The height measured is the content's (the root element's box), not the frame's: it does not
 * change when the frame does, so setting the frame to it cannot start a loop. (Layouts inside an
 * embed must not take sizes from the viewport's height; the paged Scrolly does not.)
 */
import { clampHeight, h5pMessage, readHostMessage, resizeMessage } from './messages';

export function startResizeReporting(): () => void {
	if (typeof window === 'undefined' || window.parent === window) return () => {};
	const host = window.parent;
	let last = -1;
	let frame = 0;
	/** Set once an H5P resizer answers our hello: from then on, it is told of every change. */
	let h5pHost = false;

	const measure = () => clampHeight(document.documentElement.getBoundingClientRect().height);
	const post = (message: unknown) => {
		try {
			host.postMessage(message, '*');
		} catch {
			// A host that has gone away (the frame is being removed): nothing to tell.
		}
	};

	function tellHeight(force: boolean) {
		const height = measure();
		if (!force && height === last) return;
		last = height;
		post(resizeMessage(height));
		// Until an H5P resizer answers, keep offering to speak its protocol (it may load late).
		post(h5pHost ? h5pMessage('prepareResize', height) : h5pMessage('hello'));
	}

	// One measurement per frame at most, however many changes arrive together.
	const schedule = () => {
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			tellHeight(false);
		});
	};

	function onMessage(event: MessageEvent) {
		if (event.source !== host) return;
		const request = readHostMessage(event.data);
		if (!request) return;
		if (request.kind === 'height') {
			last = measure();
			post(resizeMessage(last));
			return;
		}
		switch (request.action) {
			case 'ready':
				post(h5pMessage('hello'));
				break;
			case 'hello':
				h5pHost = true;
				post(h5pMessage('prepareResize', measure()));
				break;
			case 'resizePrepared':
				post(h5pMessage('resize', measure()));
				break;
			case 'resize':
				// The host's window changed size: our width may have too.
				post(h5pMessage('prepareResize', measure()));
				break;
		}
	}

	const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule);
	observer?.observe(document.documentElement);
	window.addEventListener('message', onMessage);
	window.addEventListener('load', schedule);
	tellHeight(true);

	return () => {
		observer?.disconnect();
		cancelAnimationFrame(frame);
		window.removeEventListener('message', onMessage);
		window.removeEventListener('load', schedule);
	};
}
