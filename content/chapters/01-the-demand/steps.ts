import type { Step } from '$lib/scrolly/types';
import type { TimelineEvent, TimelineState } from '$lib/diagrams/timeline-types';

/**
 * Events of chapter 1. Dates are from research/facts.md (A1, A3, A4, A5). Two are approximate:
 * the forum pledge is dated to the 30 March meeting it came out of, and the Lib Dem reaction to the
 * Computer Weekly report, whose exact publication date is unknown (about 30–31 March 2017).
 */
const events: TimelineEvent[] = [
	{ id: 'ipa', date: '2016-11-29', label: 'Investigatory Powers Act', kind: 'law' },
	{ id: 'attack', date: '2017-03-22', label: 'Westminster attack', kind: 'attack' },
	{ id: 'comey', date: '2017-03-23', label: 'Comey floats framework', kind: 'abroad' },
	{ id: 'marr', date: '2017-03-26', label: 'Rudd on Andrew Marr Show', kind: 'government' },
	{ id: 'meeting', date: '2017-03-30', label: 'Home Office meets tech firms', kind: 'government' },
	{
		id: 'forum',
		date: '2017-03-30',
		label: 'Firms pledge industry forum',
		kind: 'industry',
		approximate: true
	},
	{
		id: 'reaction',
		date: '2017-03-31',
		label: 'Lib Dems welcome U-turn',
		kind: 'reaction',
		approximate: true
	}
];

const window: [string, string] = ['2017-03-20', '2017-04-01'];

export const steps: Step<TimelineState>[] = [
	{
		id: 'the-law-already-passed',
		label: 'The law already passed',
		state: { events, focus: 'ipa', window }
	},
	{
		id: 'westminster-attack',
		label: 'Westminster, 22 March',
		state: { events, focus: 'attack', window }
	},
	{
		id: 'comey-floats-a-framework',
		label: 'An FBI proposal',
		state: { events, focus: 'comey', window }
	},
	{
		id: 'a-secret-place',
		label: 'A secret place',
		state: { events, focus: 'marr', window }
	},
	{
		id: 'access-not-a-ban',
		label: 'Access, not a ban',
		state: { events, focus: 'marr', window }
	},
	{
		id: 'round-the-table',
		label: 'The meeting',
		state: { events, focus: 'meeting', window }
	},
	{
		id: 'a-forum-not-a-back-door',
		label: 'A forum, not a back door',
		state: { events, focus: 'forum', window }
	},
	{
		id: 'an-apparent-u-turn',
		label: 'An apparent U-turn',
		state: { events, focus: 'reaction', window }
	}
];
