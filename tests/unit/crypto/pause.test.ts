/** pause(): a long loop of steps that settle at once still lets the page's other tasks run. */
import { describe, expect, it } from 'vitest';
import { pause } from '$lib/crypto';

/** Keeps the thread busy for `ms`, like a digest or a decryption would. */
function busy(ms: number) {
	const end = performance.now() + ms;
	while (performance.now() < end) {
		// Spin.
	}
}

/** Runs 60 ms of 1 ms steps, awaiting `between` after each; the step at which a timer set at the start ran. */
async function timerDuringLoop(between: () => Promise<void>) {
	let steps = 0;
	let timerRanAt = -1;
	setTimeout(() => (timerRanAt = steps), 0);
	const end = performance.now() + 60;
	while (performance.now() < end) {
		busy(1);
		steps += 1;
		await between();
	}
	return { steps, timerRanAt };
}

describe('pause', () => {
	it('without it, a loop of settled promises holds the thread until it ends', async () => {
		const { timerRanAt } = await timerDuringLoop(() => Promise.resolve());
		expect(timerRanAt).toBe(-1);
	});

	it('with it, other tasks (a frame, a click) get their turn while the loop runs', async () => {
		const { steps, timerRanAt } = await timerDuringLoop(pause);
		expect(timerRanAt).toBeGreaterThan(0);
		expect(timerRanAt).toBeLessThan(steps);
	});

	it('loops running side by side give way together', async () => {
		let timerRanAt = -1;
		let steps = 0;
		setTimeout(() => (timerRanAt = steps), 0);
		const loop = async () => {
			const end = performance.now() + 40;
			while (performance.now() < end) {
				busy(1);
				steps += 1;
				await pause();
			}
		};
		await Promise.all([loop(), loop(), loop()]);
		expect(timerRanAt).toBeGreaterThan(0);
		expect(timerRanAt).toBeLessThan(steps);
	});
});
