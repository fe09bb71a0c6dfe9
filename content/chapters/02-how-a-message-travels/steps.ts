import type { Step } from '$lib/scrolly/types';
import type { JourneyState } from '$lib/journey/types';

/**
 * Steps of chapter 2: one message, sent three ways. Two steps for each of the first two designs
 * (network, then server), two for end-to-end encryption (server, then Bob), then what it leaves
 * visible (the metadata panel), how real apps layer both kinds, and what lies beyond the two ends.
 */
export const steps: Step<JourneyState>[] = [
	{
		id: 'five-stops',
		label: 'Five stops',
		state: { protection: 'none', focus: null, metadata: false }
	},
	{
		id: 'open-on-the-network',
		label: 'Open on the network',
		state: { protection: 'none', focus: 'first-network', metadata: false }
	},
	{
		id: 'open-at-the-server',
		label: 'Open at the server',
		state: { protection: 'none', focus: 'server', metadata: false }
	},
	{
		id: 'tls-on-the-network',
		label: 'A locked pipe',
		state: { protection: 'tls', focus: 'first-network', metadata: false }
	},
	{
		id: 'tls-at-the-server',
		label: 'Unlocked at the server',
		state: { protection: 'tls', focus: 'server', metadata: false }
	},
	{
		id: 'e2ee-at-the-server',
		label: 'Sealed past the server',
		state: { protection: 'e2ee', focus: 'server', metadata: false }
	},
	{
		id: 'only-bob-reads',
		label: 'Only Bob reads it',
		state: { protection: 'e2ee', focus: 'recipient', metadata: false }
	},
	{
		id: 'what-still-shows',
		label: 'What still shows',
		state: { protection: 'e2ee', focus: 'server', metadata: true }
	},
	{
		id: 'two-layers',
		label: 'Two layers at once',
		state: { protection: 'e2ee', focus: 'first-network', metadata: false }
	},
	{
		id: 'beyond-the-ends',
		label: 'Beyond the two ends',
		state: { protection: 'e2ee', focus: 'sender', metadata: false }
	}
];
