/** How the message is protected on its way from Alice's phone to Bob's. */
export type Protection = 'none' | 'tls' | 'e2ee';

/** The five places a message passes, in order. */
export const HOPS = ['sender', 'first-network', 'server', 'second-network', 'recipient'] as const;
export type Hop = (typeof HOPS)[number];

/** One state of the chapter 2 diagram. */
export interface JourneyState {
	protection: Protection;
	/** The place the step is about, highlighted in the drawing; null for the whole path. */
	focus: Hop | null;
	/** Whether the panel of what the provider sees even with end-to-end encryption is shown. */
	metadata: boolean;
}
