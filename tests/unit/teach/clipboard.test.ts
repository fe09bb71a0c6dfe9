import { describe, expect, it } from 'vitest';
import { copyText } from '$lib/teach/clipboard';

describe('copyText', () => {
	it('copies through the clipboard and says so', async () => {
		let held = '';
		const ok = await copyText('<iframe>', {
			writeText: async (text) => {
				held = text;
			}
		});
		expect(ok).toBe(true);
		expect(held).toBe('<iframe>');
	});

	it('says no, without throwing, when there is no clipboard (an insecure page)', async () => {
		expect(await copyText('code', undefined)).toBe(false);
		expect(await copyText('code', {} as never)).toBe(false);
	});

	it('says no, without throwing, when copying is refused', async () => {
		const refused = {
			writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
		};
		expect(await copyText('code', refused)).toBe(false);
		const throws = {
			writeText: () => {
				throw new TypeError('Illegal invocation');
			}
		};
		expect(await copyText('code', throws)).toBe(false);
	});
});
