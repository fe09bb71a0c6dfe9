import type { Step } from '$lib/scrolly/types';
import type { HistoryEvent, HistoryState } from '$lib/history/history-types';

/**
 * Events of chapter 7, from research/facts.md (B1, C1, C2, B3, A5, A1, C3, C4, C5, C8, A7, A6,
 * C7, A8). Events the sources date only to the month have month precision; events known only
 * from reporting (medium confidence in the facts) are marked `reported` and said so in words.
 * Labels stay within 30 characters so that they fit on a 320 px screen.
 */
const events: HistoryEvent[] = [
	{
		id: 'diffie-hellman',
		date: '1976-11-01',
		precision: 'month',
		label: 'Diffie–Hellman: public keys',
		kind: 'research'
	},
	{
		id: 'clipper',
		date: '1993-04-01',
		precision: 'month',
		label: 'Clipper chip proposed',
		kind: 'government'
	},
	{
		id: 'doormats',
		date: '2015-07-01',
		precision: 'month',
		label: 'Keys Under Doormats report',
		kind: 'research'
	},
	{
		id: 'whatsapp-e2ee',
		date: '2016-04-05',
		precision: 'day',
		label: 'WhatsApp encrypts everything',
		kind: 'industry'
	},
	{
		id: 'ipa',
		date: '2016-11-29',
		precision: 'day',
		label: 'Investigatory Powers Act',
		kind: 'law'
	},
	{
		id: 'rudd',
		date: '2017-03-26',
		precision: 'day',
		label: 'Rudd demands a way in',
		kind: 'government'
	},
	{
		id: 'gifct',
		date: '2017-06-01',
		precision: 'month',
		label: 'Firms found GIFCT',
		kind: 'industry'
	},
	{
		id: 'ghost',
		date: '2018-11-01',
		precision: 'month',
		label: 'GCHQ ghost proposal',
		kind: 'government'
	},
	{
		id: 'open-letter',
		date: '2019-05-30',
		precision: 'day',
		label: 'Open letter, 47 signatories',
		kind: 'industry'
	},
	{
		id: 'apple-scanning',
		date: '2021-08-01',
		precision: 'month',
		label: 'Apple plans photo scanning',
		kind: 'industry'
	},
	{
		id: 'apple-pause',
		date: '2021-09-01',
		precision: 'month',
		label: 'Apple postpones scanning',
		kind: 'industry'
	},
	{
		id: 'bugs-in-our-pockets',
		date: '2021-10-14',
		precision: 'day',
		label: 'Bugs in our Pockets paper',
		kind: 'research'
	},
	{
		id: 'eu-proposal',
		date: '2022-05-11',
		precision: 'day',
		label: 'EU proposes detection orders',
		kind: 'law'
	},
	{
		id: 'apple-adp',
		date: '2022-12-07',
		precision: 'day',
		label: 'Apple drops scan, offers ADP',
		kind: 'industry'
	},
	{
		id: 'online-safety-act',
		date: '2023-10-26',
		precision: 'day',
		label: 'Online Safety Act',
		kind: 'law'
	},
	{
		id: 'eu-parliament',
		date: '2023-11-22',
		precision: 'day',
		label: 'EU Parliament spares E2EE',
		kind: 'law'
	},
	{
		id: 'ipa-amended',
		date: '2024-04-25',
		precision: 'day',
		label: 'IPA amended: advance notice',
		kind: 'law'
	},
	{
		id: 'salt-typhoon',
		date: '2024-10-01',
		precision: 'month',
		label: 'Salt Typhoon breach reported',
		kind: 'incident'
	},
	{
		id: 'cisa-advice',
		date: '2024-12-18',
		precision: 'day',
		label: 'US officials advise E2EE',
		kind: 'government'
	},
	{
		id: 'apple-order',
		date: '2025-02-01',
		precision: 'month',
		label: 'UK order to Apple reported',
		kind: 'government',
		reported: true
	},
	{
		id: 'adp-withdrawn',
		date: '2025-02-21',
		precision: 'day',
		label: 'Apple pulls ADP in the UK',
		kind: 'industry'
	},
	{
		id: 'tribunal-open',
		date: '2025-04-07',
		precision: 'day',
		label: 'Tribunal refuses full secrecy',
		kind: 'law'
	},
	{
		id: 'us-says-dropped',
		date: '2025-08-01',
		precision: 'month',
		label: 'US says UK drops its demand',
		kind: 'government'
	},
	{
		id: 'apple-claim-ends',
		date: '2025-10-06',
		precision: 'day',
		label: 'Apple case ends, new order',
		kind: 'law',
		reported: true
	},
	{
		id: 'eu-council',
		date: '2025-11-26',
		precision: 'day',
		label: 'EU Council drops forced scans',
		kind: 'law'
	}
];

const ALL: [string, string] = ['1976-01-01', '2025-12-31'];
const AFTERMATH: [string, string] = ['2017-01-01', '2019-12-31'];
const RECENT: [string, string] = ['2023-01-01', '2025-12-31'];

const at = (focus: string | null, window: [string, string]): HistoryState => ({
	events,
	focus,
	window
});

/** Steps of chapter 7: each sets the span on show (the zoom) and the highlighted event. */
export const steps: Step<HistoryState>[] = [
	{ id: 'forty-years-in-one-line', label: 'Forty years in one line', state: at('rudd', ALL) },
	{ id: 'a-forum-for-the-firms', label: 'A forum for the firms', state: at('gifct', AFTERMATH) },
	{ id: 'a-ghost-in-the-chat', label: 'A ghost in the chat', state: at('ghost', AFTERMATH) },
	{
		id: 'forty-seven-signatures',
		label: 'Forty-seven signatures',
		state: at('open-letter', AFTERMATH)
	},
	{
		id: 'scanning-on-the-phone',
		label: 'Scanning on the phone',
		state: at('apple-scanning', ['2021-01-01', '2021-12-31'])
	},
	{
		id: 'apple-changes-course',
		label: 'Apple changes course',
		state: at('apple-adp', ['2021-01-01', '2022-12-31'])
	},
	{
		id: 'the-online-safety-act',
		label: 'The Online Safety Act',
		state: at('online-safety-act', RECENT)
	},
	{ id: 'advance-notice', label: 'Advance notice', state: at('ipa-amended', RECENT) },
	{
		id: 'salt-typhoon',
		label: 'A wiretap system breached',
		state: at('salt-typhoon', RECENT)
	},
	{
		id: 'apple-withdraws-adp',
		label: 'Apple withdraws a feature',
		state: at('adp-withdrawn', ['2025-01-01', '2025-12-31'])
	},
	{
		id: 'chat-control',
		label: 'Chat control in the EU',
		state: at('eu-council', ['2022-01-01', '2025-12-31'])
	},
	{
		id: 'where-things-stand',
		label: 'Where things stand',
		state: at(null, ['2017-01-01', '2025-12-31'])
	}
];
