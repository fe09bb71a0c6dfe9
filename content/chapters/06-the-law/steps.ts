import type { Step } from '$lib/scrolly/types';
import type {
	LawEvent,
	LawState,
	Power,
	PowersState,
	RulingsState,
	Safeguard
} from '$lib/law/law-types';

/**
 * The powers of the Investigatory Powers Act 2016 that chapter 6 maps. Where each sits in the Act
 * and whether Liberty challenged it: research/facts.md A5 (the court's listing; 5 Essex Chambers'
 * summary names the Parts). What each reaches is the plain meaning of the power's name; targeted
 * interception is not among the powers Liberty challenged, and facts.md does not give its Part.
 */
const powers: Power[] = [
	{
		id: 'targeted-interception',
		name: 'Targeted interception',
		lines: ['Targeted', 'interception'],
		where: null,
		does: 'intercepts the communications of a named person or group, under a warrant',
		reaches: [
			{ kind: 'content', how: 'collects' },
			{ kind: 'communications-data', how: 'collects' }
		],
		challenged: false
	},
	{
		id: 'bulk-interception',
		name: 'Bulk interception',
		lines: ['Bulk', 'interception'],
		where: 'Part 6, chapter 1',
		does: 'collects communications in large volumes and searches them afterwards',
		reaches: [
			{ kind: 'content', how: 'collects' },
			{ kind: 'communications-data', how: 'collects' }
		],
		challenged: true
	},
	{
		id: 'bulk-equipment-interference',
		name: 'Bulk equipment interference',
		lines: ['Bulk equipment', 'interference'],
		where: 'Part 6, chapter 3; targeted hacking is Part 5',
		does: 'hacks into phones, computers and other devices, many at a time',
		reaches: [
			{ kind: 'devices', how: 'collects' },
			{ kind: 'content', how: 'collects' }
		],
		challenged: true
	},
	{
		id: 'bulk-communications-data',
		name: 'Bulk acquisition of communications data',
		lines: ['Bulk communications', 'data'],
		where: 'Part 6, chapter 2',
		does: 'obtains records of who contacted whom, and when, in bulk',
		reaches: [{ kind: 'communications-data', how: 'collects' }],
		challenged: true
	},
	{
		id: 'internet-connection-records',
		name: 'Internet connection records',
		lines: ['Internet connection', 'records'],
		where: 'Parts 3 and 4, on keeping and obtaining communications data',
		does: 'has companies keep records of their customers’ internet connections',
		reaches: [{ kind: 'communications-data', how: 'collects' }],
		challenged: true
	},
	{
		id: 'bulk-personal-datasets',
		name: 'Bulk personal datasets',
		lines: ['Bulk personal', 'datasets'],
		where: 'Part 7',
		does: 'lets the intelligence agencies keep and search large databases about many people',
		reaches: [{ kind: 'datasets', how: 'collects' }],
		challenged: true
	},
	{
		id: 'technical-capability-notices',
		name: 'Technical capability notices',
		lines: ['Technical', 'capability notices'],
		where: 'section 253',
		does: 'orders a company to build and keep the ability to help with warrants, which can include removing encryption it applied itself',
		reaches: [{ kind: 'content', how: 'enables' }],
		challenged: false
	}
];

/**
 * Liberty's challenge and what came before and after it: facts.md A5 and A6. The claim is dated
 * only to its month, February 2017, as the court's listing gives it. Outcomes are as the sources
 * describe them: 2022 was "a partial win" for Liberty; in 2023 the Court of Appeal upheld the
 * provisions with one limited exception, so both are "partly".
 */
const events: LawEvent[] = [
	{
		id: 'royal-assent-2016',
		date: '2016-11-29',
		precision: 'day',
		kind: 'law',
		label: 'Investigatory Powers Act',
		by: 'Parliament'
	},
	{
		id: 'liberty-claim',
		date: '2017-02-01',
		precision: 'month',
		kind: 'claim',
		label: 'Liberty goes to court',
		by: 'Liberty'
	},
	{
		id: 'ruling-2018',
		date: '2018-04-27',
		precision: 'day',
		kind: 'ruling',
		outcome: 'against-government',
		label: 'Data retention breaks EU law',
		by: 'High Court (Divisional Court)'
	},
	{
		id: 'ruling-2019',
		date: '2019-07-29',
		precision: 'day',
		kind: 'ruling',
		outcome: 'for-government',
		label: 'Bulk powers upheld',
		by: 'High Court (Divisional Court)'
	},
	{
		id: 'ruling-2022',
		date: '2022-06-24',
		precision: 'day',
		kind: 'ruling',
		outcome: 'partly',
		label: 'Spies need outside approval',
		by: 'High Court (Divisional Court)'
	},
	{
		id: 'ruling-2023',
		date: '2023-08-04',
		precision: 'day',
		kind: 'ruling',
		outcome: 'partly',
		label: 'Upheld, except one point',
		by: 'Court of Appeal'
	},
	{
		id: 'amendment-2024',
		date: '2024-04-25',
		precision: 'day',
		kind: 'law',
		label: 'Amendment Act passed',
		by: 'Parliament'
	}
];

const map = (focus: string | null, safeguards: Safeguard[] = []): PowersState => ({
	view: 'powers',
	powers,
	focus,
	safeguards
});
const line = (focus: string): RulingsState => ({ view: 'rulings', events, focus });

export const steps: Step<LawState>[] = [
	{ id: 'the-act-in-one-picture', label: 'The Act in one picture', state: map(null) },
	{
		id: 'one-named-person',
		label: 'One named person',
		state: map('targeted-interception')
	},
	{
		id: 'collect-first-search-later',
		label: 'Collect first, search later',
		state: map('bulk-interception')
	},
	{
		id: 'into-the-device',
		label: 'Into the device',
		state: map('bulk-equipment-interference')
	},
	{
		id: 'who-when-and-how',
		label: 'Who, when and how',
		state: map('bulk-communications-data')
	},
	{
		id: 'a-log-of-connections',
		label: 'A log of connections',
		state: map('internet-connection-records')
	},
	{
		id: 'databases-of-many-people',
		label: 'Databases of many people',
		state: map('bulk-personal-datasets')
	},
	{
		id: 'section-253',
		label: 'Section 253',
		state: map('technical-capability-notices', ['double-lock'])
	},
	{
		id: 'a-notice-nobody-may-mention',
		label: 'A notice nobody may mention',
		state: map('technical-capability-notices', ['double-lock', 'consultation', 'secrecy'])
	},
	{ id: 'liberty-goes-to-court', label: 'Liberty goes to court', state: line('liberty-claim') },
	{ id: 'ruling-2018', label: '2018: access too wide', state: line('ruling-2018') },
	{ id: 'ruling-2019', label: '2019: bulk powers upheld', state: line('ruling-2019') },
	{ id: 'ruling-2022', label: '2022: no self-approval', state: line('ruling-2022') },
	{ id: 'ruling-2023', label: '2023: the appeal', state: line('ruling-2023') },
	{ id: 'amendments-2024', label: '2024: the law is amended', state: line('amendment-2024') }
];
