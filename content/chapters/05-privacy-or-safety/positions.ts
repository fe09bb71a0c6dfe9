import type { Position } from '$lib/debate/positions-types';

/**
 * Where chapter 5's map places each argument and proposal, and why. The placings are our reading,
 * argued in the chapter, not measurements. Facts behind each reason: research/facts.md A1–A3, A5,
 * B4, C1–C4. Two positions were pitched by their supporters as adding little risk and answered by
 * critics who said the opposite; they carry both readings, supporters' first.
 */
export const positions: Position[] = [
	{
		id: 'e2ee',
		label: 'E2EE as it stands',
		short: 'E2EE today',
		kind: 'no-way-in',
		year: '2016',
		placements: [
			{
				reading: 'as WhatsApp has worked since 2016',
				access: 0.18,
				risk: 0.08,
				reason:
					'Only the two phones hold the keys. A warrant can still reach who talked to whom, and whatever is on a suspect’s own phone, but never a message on its way.'
			}
		]
	},
	{
		id: 'rudd',
		label: 'Rudd’s request',
		short: 'Rudd',
		kind: 'call',
		year: '2017',
		placements: [
			{
				reading: 'as she put it in March 2017',
				access: 0.7,
				risk: 0.22,
				reason:
					'Access to suspects’ messages under a warrant, asked for by a Home Secretary who said she backed end-to-end encryption for cyber security.'
			},
			{
				reading: 'as she put it later in 2017',
				access: 0.7,
				risk: 0.42,
				reason:
					'Still access, still no back doors, but she now argued that “real people” would give up some security for convenience.'
			},
			{
				reading: 'as the security experts see it',
				access: 0.7,
				risk: 0.76,
				reason:
					'The Keys Under Doormats authors argue that any way in for the authorities is a weakness that others can find, whatever it is called.'
			}
		]
	},
	{
		id: 'comey',
		label: 'Comey’s framework',
		short: 'Comey',
		kind: 'call',
		year: '2017',
		placements: [
			{
				reading: 'as he floated it',
				access: 0.5,
				risk: 0.5,
				reason:
					'Court-ordered access to locked devices, under rules agreed among countries that respect the rule of law. Experts doubted such rules could hold, so its risk sits in the middle.'
			}
		]
	},
	{
		id: 'escrow',
		label: 'Key escrow (Clipper)',
		short: 'Escrow',
		kind: 'design',
		year: '1993',
		placements: [
			{
				reading: 'as we read it',
				access: 0.78,
				risk: 0.88,
				reason:
					'A copy of every chip’s key was held for the government, so a warrant could open any call. That store of keys is a prize for thieves, and Matt Blaze showed the scheme could be dodged.'
			}
		]
	},
	{
		id: 'ghost',
		label: 'Ghost user (GCHQ)',
		short: 'Ghost user',
		kind: 'design',
		year: '2018',
		placements: [
			{
				reading: 'as its GCHQ authors put it',
				access: 0.6,
				risk: 0.34,
				reason:
					'The provider quietly adds an extra “end” to one suspect’s chat under a warrant; its authors said this was no more intrusive than a wiretap.'
			},
			{
				reading: 'as 47 signatories saw it',
				access: 0.6,
				risk: 0.67,
				reason:
					'Apple, Google, Microsoft, WhatsApp and others answered that a hidden participant undermines the checks that tell you who you are talking to, and the trust behind them.'
			}
		]
	},
	{
		id: 'scanning',
		label: 'Client-side scanning',
		short: 'Scanning',
		kind: 'design',
		year: '2021',
		placements: [
			{
				reading: 'as we read it',
				access: 0.94,
				risk: 0.8,
				reason:
					'Everyone’s messages or photos are checked on their own phones, as a matter of routine. The Bugs in our Pockets authors argue that this adds risk for all and that the list of targets can grow.'
			}
		]
	},
	{
		id: 'hacking',
		label: 'Hacking named phones',
		short: 'Hacking',
		kind: 'design',
		year: '2016',
		placements: [
			{
				reading: 'as the Investigatory Powers Act allows it',
				access: 0.34,
				risk: 0.3,
				reason:
					'Encryption stays as it is for everyone, and under a warrant the state gets into one suspect’s phone. It sits above E2EE as it stands because it works by breaking into devices.'
			}
		]
	},
	{
		id: 'doormats',
		label: 'Keys Under Doormats',
		short: 'Doormats',
		kind: 'no-way-in',
		year: '2015',
		placements: [
			{
				reading: 'as its fifteen authors argue',
				access: 0.01,
				risk: 0.05,
				reason:
					'Fifteen security experts argue that any mandated way in brings new flaws and a prized target, so the safest design has none.'
			}
		]
	}
];
