import type { ProposalProfile, TradeOff } from '$lib/debate/decide';

/**
 * Chapter 5's "You decide": four trade-offs, and how each real proposal on the map answers them.
 * Like the map's placings, each proposal's answers are our reading of it, explained in `why`. The
 * Keys Under Doormats authors argue for leaving no way in, so they are not a proposal of their own
 * here: their view is the one that matches 'e2ee'.
 */
export const tradeOffs: TradeOff[] = [
	{
		id: 'reach',
		prompt: 'A judge has approved a warrant against a suspect. What should it be able to reach?',
		topic: 'what a warrant reaches',
		options: [
			{ id: 'metadata', text: 'Records of who they contacted and when, but not what they said' },
			{ id: 'their-phone', text: 'What they said, by getting into their own phone' },
			{ id: 'any-message', text: 'What they said, in any message, with the app company’s help' }
		]
	},
	{
		id: 'risk',
		prompt:
			'Would you accept a small added risk to everyone’s security if it helped catch more criminals?',
		topic: 'how much risk to accept',
		ordered: true,
		options: [
			{ id: 'no', text: 'No: everyone’s security comes first' },
			{ id: 'small', text: 'Yes, if the risk is small and tightly controlled' },
			{ id: 'yes', text: 'Yes, even a real risk, to stop serious crime' }
		]
	},
	{
		id: 'holder',
		prompt: 'Who, if anyone, should hold the means to get into messages?',
		topic: 'who holds the means',
		options: [
			{ id: 'nobody', text: 'Nobody: such a means should not exist' },
			{
				id: 'the-state',
				text: 'The police and agencies, with their own tools, one phone at a time'
			},
			{
				id: 'the-company',
				text: 'The company that runs the app or makes the phone, acting on warrants'
			},
			{
				id: 'a-trusted-third-party',
				text: 'A separate body that keeps copies of keys and hands them over on a court order'
			}
		]
	},
	{
		id: 'scope',
		prompt: 'Whose messages should be checked?',
		topic: 'whose messages are checked',
		options: [
			{ id: 'named', text: 'Only those of people named in a warrant' },
			{ id: 'everyone', text: 'Everyone’s, automatically, for known illegal material' }
		]
	}
];

/** Each proposal's answers, in the map's order. Ids match the map's markers. */
export const proposals: ProposalProfile[] = [
	{
		id: 'e2ee',
		name: 'End-to-end encryption as it stands',
		year: 'WhatsApp, 2016',
		stances: {
			reach: { option: 'metadata', why: 'lets a warrant reach who talked to whom, not the words' },
			risk: { option: 'no', why: 'adds no new way in' },
			holder: { option: 'nobody', why: 'leaves the keys on the two phones alone' },
			scope: { option: 'named', why: 'checks nobody’s messages in bulk' }
		}
	},
	{
		id: 'rudd',
		name: 'Rudd’s request for access under warrant',
		year: '2017',
		stances: {
			reach: { option: 'any-message', why: 'asks that a warrant reach a suspect’s messages' },
			risk: {
				option: 'small',
				why: 'says encryption can stay strong, while critics say no way in is free of risk'
			},
			holder: { option: 'the-company', why: 'looks to the app companies to provide the access' },
			scope: { option: 'named', why: 'applies only under a warrant' }
		}
	},
	{
		id: 'comey',
		name: 'Comey’s international framework',
		year: '2017',
		stances: {
			reach: { option: 'their-phone', why: 'is about opening a suspect’s locked device' },
			risk: {
				option: 'small',
				why: 'relies on rules agreed between countries, which experts doubted would hold'
			},
			holder: {
				option: 'the-company',
				why: 'was reported to include making every device able to obey a court order'
			},
			scope: { option: 'named', why: 'works one court order at a time' }
		}
	},
	{
		id: 'escrow',
		name: 'Key escrow (the Clipper chip)',
		year: '1993',
		stances: {
			reach: { option: 'any-message', why: 'lets a warrant open any call made with the chip' },
			risk: { option: 'yes', why: 'keeps copies of every key, a prize for anyone who breaks in' },
			holder: {
				option: 'a-trusted-third-party',
				why: 'leaves the keys with escrow agents until a warrant arrives'
			},
			scope: { option: 'named', why: 'opens a call only when a warrant names it' }
		}
	},
	{
		id: 'ghost',
		name: 'GCHQ’s ghost user',
		year: '2018',
		stances: {
			reach: { option: 'any-message', why: 'adds a hidden listener to a suspect’s chats' },
			risk: {
				option: 'small',
				why: 'was likened by its authors to a wiretap, while critics said it undermines trust for all'
			},
			holder: { option: 'the-company', why: 'has the app company add the hidden participant' },
			scope: { option: 'named', why: 'is meant for one suspect’s conversations at a time' }
		}
	},
	{
		id: 'scanning',
		name: 'Client-side scanning',
		year: 'proposed from 2021',
		stances: {
			reach: { option: 'any-message', why: 'looks at what messages and photos contain' },
			risk: {
				option: 'yes',
				why: 'puts a checking system on every phone, which its critics say adds risk for all'
			},
			holder: {
				option: 'the-company',
				why: 'runs the checks through the app or the phone’s maker'
			},
			scope: { option: 'everyone', why: 'checks everyone’s messages, not only suspects’' }
		}
	},
	{
		id: 'hacking',
		name: 'Hacking named phones under warrant',
		year: 'Investigatory Powers Act 2016',
		stances: {
			reach: {
				option: 'their-phone',
				why: 'reaches a suspect’s messages by getting into their own phone'
			},
			risk: {
				option: 'small',
				why: 'leaves everyone’s encryption alone but depends on breaking into devices'
			},
			holder: {
				option: 'the-state',
				why: 'puts the means in the hands of the police and agencies'
			},
			scope: { option: 'named', why: 'works on one named phone at a time' }
		}
	}
];
