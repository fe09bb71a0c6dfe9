/** The part of the Clipboard API that copying needs; a parameter so tests can pass their own. */
export interface WritableClipboard {
	writeText(text: string): Promise<void>;
}

/**
 * Copies text, and says whether it worked. Never throws: the Clipboard API is missing on insecure
 * origins (plain http other than localhost) and in old browsers, and writeText rejects when the
 * page lacks focus or permission. The caller then offers the text selected, to copy by hand.
 */
export async function copyText(
	text: string,
	clipboard: WritableClipboard | undefined = globalThis.navigator?.clipboard
): Promise<boolean> {
	try {
		if (typeof clipboard?.writeText !== 'function') return false;
		await clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
