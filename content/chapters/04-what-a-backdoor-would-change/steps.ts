import type { Step } from '$lib/scrolly/types';
import type { BackdoorState } from '$lib/backdoors/types';

/**
 * Steps of chapter 4. The same message goes through four designs, each in three moments: sent
 * normally, opened as intended (the warrant), then opened by someone it was never meant for (the
 * breach). The reader's controls sit in 'the-escrow-key-leaks', 'hiding-the-notice',
 * 'the-list-grows', 'race-the-key' and 'who-can-read'; their state lives in the chapter's lab.
 */
export const steps: Step<BackdoorState>[] = [
	{
		id: 'what-governments-want',
		label: 'What governments want',
		state: { view: 'flow', design: 'none', moment: 'sending' }
	},
	{
		id: 'only-the-two-ends',
		label: 'Only the two ends',
		state: { view: 'flow', design: 'none', moment: 'sending' }
	},
	{
		id: 'key-escrow',
		label: 'A spare key in a vault',
		state: { view: 'flow', design: 'escrow', moment: 'sending' }
	},
	{
		id: 'a-warrant-arrives',
		label: 'A warrant arrives',
		state: { view: 'flow', design: 'escrow', moment: 'warrant' }
	},
	{
		id: 'a-flaw-in-the-chip',
		label: 'A flaw in the chip',
		state: { view: 'flow', design: 'escrow', moment: 'warrant' }
	},
	{
		id: 'the-escrow-key-leaks',
		label: 'The vault key leaks',
		state: { view: 'flow', design: 'escrow', moment: 'breach' }
	},
	{
		id: 'it-has-happened-before',
		label: 'It has happened before',
		state: { view: 'flow', design: 'escrow', moment: 'breach' }
	},
	{
		id: 'a-ghost-in-the-chat',
		label: 'A ghost in the chat',
		state: { view: 'flow', design: 'ghost', moment: 'sending' }
	},
	{
		id: 'hiding-the-notice',
		label: 'Hiding the notice',
		state: { view: 'flow', design: 'ghost', moment: 'warrant' }
	},
	{
		id: 'whoever-runs-the-directory',
		label: 'Whoever runs the directory',
		state: { view: 'flow', design: 'ghost', moment: 'breach' }
	},
	{
		id: 'scanning-before-sending',
		label: 'Checked before sending',
		state: { view: 'flow', design: 'scanning', moment: 'sending' }
	},
	{
		id: 'a-match-is-reported',
		label: 'A match is reported',
		state: { view: 'flow', design: 'scanning', moment: 'warrant' }
	},
	{
		id: 'the-list-grows',
		label: 'The list grows',
		state: { view: 'flow', design: 'scanning', moment: 'breach' }
	},
	{
		id: 'weakened-keys',
		label: 'Weakened keys',
		state: { view: 'flow', design: 'weak-keys', moment: 'sending' }
	},
	{
		id: 'race-the-key',
		label: 'Race the key',
		state: { view: 'flow', design: 'weak-keys', moment: 'breach' }
	},
	{
		id: 'who-can-read',
		label: 'Who can read it?',
		state: { view: 'matrix', design: 'none', moment: 'sending' }
	},
	{
		id: 'keys-under-doormats',
		label: 'Keys under doormats',
		state: { view: 'matrix', design: 'escrow', moment: 'breach' }
	},
	{
		id: 'what-remains',
		label: 'What remains',
		state: { view: 'matrix', design: 'none', moment: 'sending' }
	}
];
