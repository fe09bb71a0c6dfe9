// Checks that run inside the page, for tests/e2e/a11y-beyond-axe.e2e.ts. Playwright sends each
// function's source to the browser, so every one is self-contained: no imports, no outer names.

/** What one press of Tab reached, and what is wrong with it. */
export interface FocusStop {
	/** A short description of the focused element, for messages. */
	name: string;
	/** True once focus has come round to an element already visited (or left the page). */
	done: boolean;
	problems: string[];
}

/**
 * Called after each press of Tab. Waits until any scroll that focusing started has settled, then
 * checks the focused element: it has a box, its focus indicator (outline or box-shadow) is there
 * and differs from how it looks unfocused (measured on the previous stop, now that focus has
 * left it), and it is not hidden behind anything (WCAG 2.4.11: some of it must show, tested by
 * hit-testing points across each of its boxes).
 */
export async function inspectFocus(): Promise<FocusStop> {
	type Memo = { element: Element; name: string; look: string };
	const memory = window as unknown as { __seen?: Set<Element>; __previous?: Memo | null };
	const seen = (memory.__seen ??= new Set());
	const problems: string[] = [];

	const describe = (element: Element): string => {
		const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 40);
		const id = element.id ? `#${element.id}` : '';
		const cls = typeof element.className === 'string' && element.className ? element.className : '';
		return `<${element.tagName.toLowerCase()}${id}${cls ? ` class="${cls.replace(/\s*svelte-\w+/g, '')}"` : ''}> "${text}"`;
	};
	const look = (element: Element): string => {
		const style = getComputedStyle(element);
		const outline =
			style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0
				? 'none'
				: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.outlineOffset}`;
		return `outline: ${outline}; box-shadow: ${style.boxShadow}`;
	};
	const transparent = (colour: string) =>
		/rgba\(.*,\s*0\)$/.test(colour) || colour === 'transparent';
	const indicated = (element: Element): boolean => {
		const style = getComputedStyle(element);
		const outline =
			style.outlineStyle !== 'none' &&
			parseFloat(style.outlineWidth) >= 1 &&
			!transparent(style.outlineColor);
		return outline || style.boxShadow !== 'none';
	};

	// The previous stop, now unfocused: its indicator must have been something focus added.
	const previous = memory.__previous;
	if (previous && previous.element.isConnected && previous.element !== document.activeElement) {
		if (look(previous.element) === previous.look) {
			problems.push(`${previous.name}: looks the same focused and unfocused (${previous.look})`);
		}
	}
	memory.__previous = null;

	const element = document.activeElement;
	if (!element || element === document.body || element === document.documentElement) {
		return { name: 'the page', done: seen.size > 0, problems };
	}
	const name = describe(element);
	if (seen.has(element)) {
		// A frame keeps focus while Tab moves through its own document (tested as its own page).
		return { name, done: element.tagName !== 'IFRAME', problems };
	}
	seen.add(element);

	// Let the page settle (the scroll focus caused, a step change redrawing the panel) first.
	let last = '';
	for (let frame = 0; frame < 30; frame++) {
		const box = element.getBoundingClientRect();
		const now = `${scrollX},${scrollY},${box.top},${box.left}`;
		if (now === last) break;
		last = now;
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}

	// A frame's own focus ring is drawn by the page inside it (each embed is tested as a page).
	const frame = element.tagName === 'IFRAME';
	if (!frame && !indicated(element)) {
		problems.push(`${name}: no visible focus indicator (${look(element)})`);
	}
	if (!frame) memory.__previous = { element, name, look: look(element) };

	const boxes = [...element.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
	if (boxes.length === 0) {
		problems.push(`${name}: focused but has no size on screen`);
		return { name, done: false, problems };
	}
	const visibleAt = (x: number, y: number): boolean => {
		if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
		const top = document.elementsFromPoint(x, y)[0];
		if (!top) return false;
		if (top === element || element.contains(top)) return true;
		// A control shows through its own label (a label wrapping a radio button, say).
		const labels = (element as HTMLInputElement).labels;
		return !!labels && [...labels].some((label) => label === top || label.contains(top));
	};
	const shows = boxes.slice(0, 4).some((box) =>
		[
			[0.5, 0.5],
			[0.15, 0.5],
			[0.85, 0.5],
			[0.5, 0.2],
			[0.5, 0.8]
		].some(([fx, fy]) => visibleAt(box.left + box.width * fx!, box.top + box.height * fy!))
	);
	if (!shows) {
		const box = boxes[0]!;
		const cover = document.elementsFromPoint(
			Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1),
			Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1)
		)[0];
		problems.push(
			`${name}: hidden when focused (box ${Math.round(box.left)},${Math.round(box.top)} ` +
				`${Math.round(box.width)}×${Math.round(box.height)} in a ${innerWidth}×${innerHeight} ` +
				`window; on top: ${cover ? describe(cover) : 'nothing'})`
		);
	}
	return { name, done: false, problems };
}

/**
 * Pointer targets smaller than 24 × 24 CSS px that the spacing exception does not excuse
 * (WCAG 2.5.8). Targets: links, buttons, form controls and summaries. A control's labels are part
 * of its target (pressing them works the control). Exempt, as WCAG allows: a link or button in a
 * line of text (the inline exception: it sits in a block with other words). An undersized target
 * passes if a 24 px circle on its centre meets no other target and no other undersized target's
 * circle.
 */
export function smallTargets(): string[] {
	const selector = [
		'a[href]',
		'button',
		'input:not([type="hidden"])',
		'select',
		'textarea',
		'summary',
		'[role="button"]',
		'[role="link"]',
		'[role="tab"]',
		'[role="checkbox"]',
		'[role="radio"]',
		'[role="switch"]'
	].join(',');
	const describe = (element: Element): string => {
		const text = (element.getAttribute('aria-label') ?? element.textContent ?? '')
			.replace(/\s+/g, ' ')
			.trim()
			.slice(0, 40);
		const cls = typeof element.className === 'string' ? element.className : '';
		return `<${element.tagName.toLowerCase()}${cls ? ` class="${cls.replace(/\s*svelte-\w+/g, '')}"` : ''}> "${text}"`;
	};
	const shown = (element: Element): boolean => {
		const style = getComputedStyle(element);
		if (style.visibility !== 'visible') return false;
		const box = element.getBoundingClientRect();
		// Zero-sized, or visually hidden (1 px, clipped) for screen readers only.
		return box.width > 1 && box.height > 1;
	};
	// In a line of text: the target flows inline, and other words share one of its lines.
	const flows = (element: Element) => getComputedStyle(element).display.startsWith('inline');
	const inline = (element: Element): boolean => {
		if (!flows(element)) return false;
		let block = element.parentElement;
		while (block && flows(block)) block = block.parentElement;
		if (!block) return false;
		const box = element.getBoundingClientRect();
		const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			if (element.contains(node) || !node.textContent?.trim()) continue;
			// Words of another target (a neighbouring link) are not the sentence around this one.
			const owner = node.parentElement?.closest(selector);
			if (owner && block.contains(owner)) continue;
			let parent = node.parentElement;
			while (parent && parent !== block && flows(parent)) parent = parent.parentElement;
			if (parent !== block) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const line of range.getClientRects()) {
				if (line.bottom > box.top && line.top < box.bottom) return true;
			}
		}
		return false;
	};
	type Target = {
		element: Element;
		box: { left: number; top: number; right: number; bottom: number };
	};
	const targets: Target[] = [];
	for (const element of document.querySelectorAll(selector)) {
		if (!shown(element) || element.closest('[aria-hidden="true"], [inert]')) continue;
		const boxes = [element.getBoundingClientRect()];
		for (const label of (element as HTMLInputElement).labels ?? []) {
			if (shown(label)) boxes.push(label.getBoundingClientRect());
		}
		targets.push({
			element,
			box: {
				left: Math.min(...boxes.map((b) => b.left)),
				top: Math.min(...boxes.map((b) => b.top)),
				right: Math.max(...boxes.map((b) => b.right)),
				bottom: Math.max(...boxes.map((b) => b.bottom))
			}
		});
	}
	// Half a CSS pixel of slack for sub-pixel layout (a 1.5rem box can measure 23.99).
	const small = (t: Target) => t.box.right - t.box.left < 23.5 || t.box.bottom - t.box.top < 23.5;
	const centre = (t: Target) => [(t.box.left + t.box.right) / 2, (t.box.top + t.box.bottom) / 2];
	const problems: string[] = [];
	for (const target of targets) {
		if (!small(target) || inline(target.element)) continue;
		const [x, y] = centre(target) as [number, number];
		const crowded = targets.find((other) => {
			if (other === target || other.element.contains(target.element)) return false;
			if (target.element.contains(other.element)) return false;
			const [ox, oy] = centre(other) as [number, number];
			if (small(other) && Math.hypot(ox - x, oy - y) < 24) return true;
			const dx = Math.max(other.box.left - x, 0, x - other.box.right);
			const dy = Math.max(other.box.top - y, 0, y - other.box.bottom);
			return Math.hypot(dx, dy) < 12;
		});
		if (crowded) {
			const w = Math.round(target.box.right - target.box.left);
			const h = Math.round(target.box.bottom - target.box.top);
			problems.push(
				`${describe(target.element)} is ${w}×${h} px, too near ${describe(crowded.element)}`
			);
		}
	}
	return problems;
}

/**
 * In forced-colours mode browsers repaint HTML with the reader's system colours but leave SVG
 * fill and stroke as written, so a diagram must say which system colour each part takes. Every
 * painted shape and text in the page's drawings must use a system colour (an author colour could
 * vanish into, or clash with, the reader's background); text must not be the colour of what it is
 * drawn on, and a line not the background colour. A part may keep its own colour only where the
 * colour is the content (a swatch), says so with `forced-color-adjust: none`, and is outlined in
 * a system colour.
 */
export function forcedColourPaint(): string[] {
	const names = [
		'Canvas',
		'CanvasText',
		'LinkText',
		'VisitedText',
		'ActiveText',
		'ButtonFace',
		'ButtonText',
		'ButtonBorder',
		'Field',
		'FieldText',
		'Highlight',
		'HighlightText',
		'SelectedItem',
		'SelectedItemText',
		'Mark',
		'MarkText',
		'GrayText',
		'AccentColor',
		'AccentColorText'
	];
	const probe = document.createElement('span');
	document.body.append(probe);
	const system = new Map<string, string>();
	for (const name of names) {
		probe.style.color = name;
		system.set(getComputedStyle(probe).color, name);
	}
	probe.style.color = 'Canvas';
	const canvas = getComputedStyle(probe).color;
	probe.remove();

	const problems = new Set<string>();
	const shapes = 'line, path, circle, rect, ellipse, polygon, polyline, text, tspan, use';
	const filled = 'path, circle, rect, ellipse, polygon';
	for (const svg of document.querySelectorAll('svg')) {
		if (!svg.getClientRects().length) continue;
		// The drawing, named by the nearest class of its own (not Svelte's scoping class).
		let where = '';
		for (let holder: Element | null = svg; holder && !where; holder = holder.parentElement) {
			where = (holder.getAttribute('class') ?? '').replace(/\s*svelte-\w+/g, '').trim();
		}
		// What a text is drawn over: the last filled shape before it whose box holds its centre.
		const backdrop = (text: Element): string => {
			const box = text.getBoundingClientRect();
			const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
			let behind = canvas;
			for (const shape of svg.querySelectorAll(filled)) {
				if (!(shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
				if (shape.closest('defs')) continue;
				const fill = getComputedStyle(shape).fill;
				const r = shape.getBoundingClientRect();
				if (fill !== 'none' && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
					behind = fill;
				}
			}
			return behind;
		};
		for (const element of svg.querySelectorAll(shapes)) {
			// Arrowheads are drawn from <defs>; masks and clips are not seen.
			if (
				element.closest('clipPath, mask') ||
				(element.closest('defs') && !element.closest('marker'))
			)
				continue;
			const style = getComputedStyle(element);
			if (style.display === 'none' || style.visibility !== 'visible') continue;
			const cls = (element.getAttribute('class') ?? '').replace(/\s*svelte-\w+/g, '').trim();
			const name = `<${element.tagName}${cls ? ` class="${cls}"` : ''}> in ${where}`;
			const painted = (['fill', 'stroke'] as const).filter(
				(paint) =>
					style[paint] !== 'none' &&
					!style[paint].startsWith('url(') &&
					!(paint === 'stroke' && parseFloat(style.strokeWidth) === 0) &&
					!/rgba\(.*,\s*0\)$/.test(style[paint])
			);
			if (painted.length === 0) continue;
			const swatch = style.forcedColorAdjust === 'none';
			for (const paint of painted) {
				if (!system.has(style[paint]) && !swatch) {
					problems.add(`${name}: ${paint} ${style[paint]} is not a system colour`);
				}
			}
			if (element.tagName === 'text' || element.tagName === 'tspan') {
				if (system.has(style.fill) && style.fill === backdrop(element)) {
					problems.add(`${name}: text the colour of what it is drawn on (${style.fill})`);
				}
			} else if (element.tagName === 'line') {
				if (style.stroke === canvas) problems.add(`${name}: a line in the background colour`);
			}
			if (swatch && !(system.has(style.stroke) && style.stroke !== canvas)) {
				problems.add(`${name}: keeps its own colour but has no system-colour outline`);
			}
		}
	}
	return [...problems];
}

/**
 * Focuses every focusable element in turn and lists those without an outline while focused. Used
 * in forced-colours mode, where box-shadows are not painted and an outline is the indicator that
 * survives. Call after a real key press, so that script focus shows as keyboard focus does.
 */
export function focusWithoutOutline(): string[] {
	const selector =
		'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]';
	const problems: string[] = [];
	for (const element of document.querySelectorAll<HTMLElement>(selector)) {
		if (element.tabIndex < 0 || !element.getClientRects().length) continue;
		if (element.tagName === 'IFRAME' || element.closest('[inert], [hidden]')) continue;
		element.focus({ preventScroll: true });
		if (document.activeElement !== element) continue;
		const style = getComputedStyle(element);
		if (!element.matches(':focus-visible')) {
			problems.push(`<${element.tagName.toLowerCase()}> does not show as keyboard focus`);
		} else if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 1) {
			const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
			problems.push(`<${element.tagName.toLowerCase()}> "${text}" has no outline when focused`);
		}
	}
	return problems;
}

/** What moved, frame by frame, after a press: see {@link motionAfterPress}. */
export interface Motion {
	/** Frames whose drawing (or scroll position) differed from the frame before. */
	changes: number;
	/** CSS animations and transitions running at any frame. */
	running: string[];
}

/**
 * Presses the element `selector` finds, then watches every frame for `ms` milliseconds: each
 * drawing's geometry (positions, sizes, paths, transforms), the scroll position, and the
 * animations the page runs. A jump to the new state is one change; a glide is many.
 */
export async function motionAfterPress([selector, ms]: [string, number]): Promise<Motion> {
	const attributes = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height'];
	const snapshot = () => {
		const parts = [`scroll ${scrollX},${scrollY}`];
		for (const element of document.querySelectorAll('svg *')) {
			const values = attributes.map((name) => element.getAttribute(name) ?? '');
			values.push(element.getAttribute('d') ?? '', element.getAttribute('transform') ?? '');
			parts.push(values.join(','));
		}
		return parts.join(';');
	};
	const running = new Set<string>();
	const animations = () => {
		for (const animation of document.getAnimations()) {
			if (animation.playState !== 'running') continue;
			const target = (animation.effect as KeyframeEffect | null)?.target;
			const cls = (target?.getAttribute('class') ?? '').replace(/\s*svelte-\w+/g, '');
			running.add(
				`${animation.constructor.name} on <${target?.tagName.toLowerCase()} class="${cls}">`
			);
		}
	};
	const button = document.querySelector<HTMLElement>(selector);
	if (!button) throw new Error(`nothing matches ${selector}`);
	let last = snapshot();
	button.click();
	let changes = 0;
	const start = performance.now();
	while (performance.now() - start < ms) {
		await new Promise((resolve) => requestAnimationFrame(resolve));
		animations();
		const now = snapshot();
		if (now !== last) changes++;
		last = now;
	}
	return { changes, running: [...running] };
}

/**
 * Presses every button in the page once, in order, including buttons that appear on the way
 * (a quiz's "Try again" after "Check"), and lists those after which focus fell to the page
 * itself: a button that removes itself, or the part it sits in, must send focus somewhere.
 * A button is known by its name and the question or section it is in, so one drawn again (a
 * quiz started afresh) is not pressed again.
 */
export async function buttonsDroppingFocus(): Promise<string[]> {
	const pressed = new Set<string>();
	const problems: string[] = [];
	const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
	const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
	const key = (button: HTMLButtonElement) => {
		const name = words(button.getAttribute('aria-label') ?? button.textContent);
		const legend = button.closest('fieldset')?.querySelector('legend')?.textContent;
		const section = button.closest('[id]:not(main)')?.id;
		return `${name.slice(0, 60)} | ${words(legend ?? section).slice(0, 80)}`;
	};
	for (let round = 0; round < 600; round++) {
		const button = [...document.querySelectorAll<HTMLButtonElement>('main button')].find(
			(candidate) =>
				!pressed.has(key(candidate)) &&
				candidate.getClientRects().length > 0 &&
				!candidate.disabled &&
				candidate.getAttribute('aria-disabled') !== 'true'
		);
		if (!button) break;
		pressed.add(key(button));
		button.focus();
		if (document.activeElement !== button) continue;
		button.click();
		await frame();
		await frame();
		if (!document.activeElement || document.activeElement === document.body) {
			problems.push(`pressing "${key(button).split(' | ')[0]}" left focus nowhere`);
		}
	}
	return problems;
}
