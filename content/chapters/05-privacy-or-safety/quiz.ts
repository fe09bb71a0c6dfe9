import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'rudds-position-in-march',
		type: 'single',
		prompt: 'Which best sums up what Amber Rudd asked for in March 2017?',
		objectives: ['case-for-access'],
		step: 'the-home-secretarys-case',
		options: [
			{
				text: 'A ban on end-to-end encrypted apps in the UK.',
				explanation:
					'She said the opposite on Sky News: she backed end-to-end encryption for the sake of cyber security. “Ban” was the word of a critic, Brian Paddick, not hers.'
			},
			{
				text: 'A way for the agencies to get into a suspect’s encrypted messages under a warrant, while end-to-end encryption stayed.',
				explanation:
					'This was her request: lawful access under warrant, likened to steaming open letters or tapping phones, from a minister who also said she supported the encryption itself.'
			},
			{
				text: 'Routine access to everyone’s messages, so the agencies could search them for threats.',
				explanation:
					'She set a limit on exactly this. She wanted “carefully thought-through, legally covered arrangements”, not access to every message.'
			},
			{
				text: 'A new law forcing WhatsApp to leave the UK.',
				explanation:
					'Nothing like this was proposed. She did not rule out new legislation, but said she would rather the industry led, and she asked the firms to a meeting.'
			}
		],
		answer: 1
	},
	{
		id: 'devices-not-opened',
		type: 'numeric',
		prompt:
			'Between September and November 2016, according to James Comey, the FBI received 2,800 devices it was legally allowed to open. How many could it not open by any technique?',
		objectives: ['case-for-access'],
		step: 'devices-the-fbi-could-not-open',
		answer: 1200,
		unit: 'devices',
		tolerance: { kind: 'relative', within: 0.1 },
		explanation:
			'Comey said 1,200 of the 2,800, about 43%. Figures like this are the case for access at its plainest: court orders that could not be carried out.'
	},
	{
		id: 'real-people-and-a-ban',
		type: 'true-false',
		prompt:
			'True or false: In her “real people” article of summer 2017, Rudd said the government planned to ban end-to-end encryption.',
		objectives: ['case-for-access'],
		step: 'real-people',
		answer: false,
		explanations: {
			true: 'She said the reverse: the government supported strong encryption and had no plan to ban it, and she was not asking firms to break it or build back doors. Her complaint was that a warrant could not reach the messages.',
			false:
				'The article said the government backed strong encryption and had no plan to ban it. What she argued was that warrants could not reach the messages, and that “real people” choose convenience over perfect security.'
		}
	},
	{
		id: 'doormats-arguments',
		type: 'multiple',
		prompt: 'Which of these are arguments made in “Keys Under Doormats” (2015)? Tick every one.',
		objectives: ['case-against'],
		step: 'keys-under-doormats',
		options: [
			{
				text: 'Guaranteed access would mean giving up forward secrecy, because keys would have to be kept or recoverable.',
				explanation:
					'This is their first argument. Forward secrecy depends on deleting keys; access on demand depends on keeping them.'
			},
			{
				text: 'Wherever access keys are stored becomes a very valuable target for attackers.',
				explanation:
					'This is their third argument: a store of keys that opens everyone’s messages is worth a great deal to anyone who can break in.'
			},
			{
				text: 'Access built into products sold worldwide raises the question of which governments get it.',
				explanation:
					'This is their fourth argument, about human rights and the rule of law when every government can ask for the same.'
			},
			{
				text: 'Police should never be given warrants to read anyone’s communications.',
				explanation:
					'The report argues against building mandated access into encryption, not against warrants as such. Nobody quoted in the chapter argues that warrants should not exist.'
			},
			{
				text: 'Encryption is so strong that access would be useless, because criminals could not be caught anyway.',
				explanation:
					'This is not their argument. Their worry is the opposite kind: that an access mechanism would add flaws and targets that make everyone less secure.'
			}
		],
		answers: [0, 1, 2]
	},
	{
		id: 'who-argued-what',
		type: 'matching',
		prompt: 'Match each voice on the case against to what it argued or did.',
		objectives: ['case-against'],
		step: 'the-firms',
		pairs: [
			{
				term: 'Lord Paddick (Liberal Democrats)',
				definition: 'Backed amendments to stop capability notices compromising encryption',
				explanation:
					'In October 2016, while the Investigatory Powers Bill was in the Lords; in 2017 he welcomed Rudd’s apparent U-turn.'
			},
			{
				term: 'Liberty',
				definition: 'Took the Investigatory Powers Act’s surveillance powers to court',
				explanation:
					'Its judicial review began in 2017, funded by the public, and won on some points and lost on others.'
			},
			{
				term: 'The 47 signatories',
				definition: 'Warned GCHQ that a hidden extra participant would undermine trust',
				explanation:
					'Apple, Google, Microsoft, WhatsApp, civil-society groups and academics wrote to GCHQ in May 2019 about the ghost user.'
			},
			{
				term: 'Jim Killock (Open Rights Group)',
				definition: 'Called the “real people” argument dangerous and misleading',
				explanation:
					'He objected to the suggestion that ordinary people do not care about secure communication.'
			}
		]
	},
	{
		id: 'why-scanning-sits-right',
		type: 'single',
		prompt: 'Why does the map put client-side scanning furthest to the right?',
		objectives: ['read-the-map'],
		step: 'ways-to-build-a-way-in',
		options: [
			{
				text: 'Because it breaks the encryption of every message.',
				explanation:
					'It leaves the encryption alone. It checks content on the phone, before encryption, which is why its supporters say encryption is untouched.'
			},
			{
				text: 'Because it checks everyone’s messages as a matter of routine, not only those of people named in a warrant.',
				explanation:
					'The axis across the map asks how much the state can reach and how routinely. A check that runs on every phone reaches further than any warrant for one suspect.'
			},
			{
				text: 'Because it is the newest proposal.',
				explanation:
					'The map has no time axis. The ghost user and Rudd’s request are placed left of it even though they are older, and Keys Under Doormats, from 2015, sits at the far left.'
			},
			{
				text: 'Because its authors say it is the safest design.',
				explanation:
					'Safety is the other axis, up the map. Across measures access; scanning is placed high on risk too, because of the critique in “Bugs in our Pockets”.'
			}
		],
		answer: 1
	},
	{
		id: 'why-rudd-moves',
		type: 'single',
		prompt: 'At the “Keys under doormats” step, Rudd’s marker moves up the map. Why?',
		objectives: ['read-the-map', 'real-disagreement'],
		step: 'keys-under-doormats',
		options: [
			{
				text: 'Because she asked for more access in 2015.',
				explanation:
					'Her request dates from 2017, and it did not grow: the marker moves up, not across. What changes is whose reading places it.'
			},
			{
				text: 'Because a court ruled that her request was unlawful.',
				explanation:
					'No court ruled on her request. The court cases in the chapter were Liberty’s, about powers already in the Investigatory Powers Act.'
			},
			{
				text: 'Because the access she asked for stays the same, but on the experts’ argument any way in for the authorities adds risk for everyone, so their reading puts it higher.',
				explanation:
					'The disagreement is about height, not position across. She placed her request low on risk, with no back door; the Keys Under Doormats authors argue that any mandated way in, whatever it is called, brings flaws and targets.'
			},
			{
				text: 'Because the map is measured from data, and new data came in.',
				explanation:
					'The map is not measured at all. Its placings are judgements, which is why the chapter gives a reason for every one and shows both readings where they differ.'
			}
		],
		answer: 2
	},
	{
		id: 'common-ground',
		type: 'single',
		prompt:
			'Which statement would both Rudd (by August 2017) and the Keys Under Doormats authors accept?',
		objectives: ['real-disagreement'],
		step: 'where-they-agree',
		options: [
			{
				text: 'Strong encryption matters for keeping people secure.',
				explanation:
					'Rudd said she backed strong encryption and wanted no back doors, and the experts’ whole case rests on it. Their disagreement is whether access can be added without weakening it.'
			},
			{
				text: 'A way in for the authorities can be built without adding any risk.',
				explanation:
					'This is exactly what the experts deny. It is the heart of the disagreement, not common ground.'
			},
			{
				text: 'End-to-end encryption should be banned.',
				explanation: 'Neither side said this. Rudd ruled out a ban more than once.'
			},
			{
				text: 'The agencies should be able to read any message without a warrant.',
				explanation:
					'Nobody in the chapter argues for this. Rudd framed her request around warrants.'
			}
		],
		answer: 0
	},
	{
		id: 'the-long-argument',
		type: 'ordering',
		prompt: 'Put these moments in the long argument in order, earliest first.',
		objectives: ['long-argument'],
		step: 'a-way-in-found-by-others',
		items: [
			{
				text: 'The US government proposes the Clipper chip, with keys held in escrow',
				explanation: 'April 1993. Matt Blaze found a way round its access field in 1994.'
			},
			{
				text: 'Fifteen experts publish “Keys Under Doormats”',
				explanation: 'July 2015, nearly two years before Rudd’s demand.'
			},
			{
				text: 'Amber Rudd says WhatsApp must not be a “secret place” for terrorists',
				explanation: 'March 2017, after the Westminster attack: the week this course is built on.'
			},
			{
				text: 'Two GCHQ officials propose the ghost user',
				explanation: 'November 2018; 47 signatories answered with an open letter in May 2019.'
			},
			{
				text: 'Researchers publish “Bugs in our Pockets” on client-side scanning',
				explanation: 'October 2021, the year Apple announced and then paused its scanning plan.'
			},
			{
				text: 'Salt Typhoon reaches US carriers’ wiretap systems, and US officials recommend end-to-end encryption',
				explanation: 'Reported in October 2024; the advice followed that December.'
			}
		]
	},
	{
		id: 'your-view-now',
		type: 'reflection',
		prompt:
			'Your view, after hearing both sides: should the police and security services be able to read encrypted messages when a warrant allows it?',
		objectives: ['real-disagreement'],
		step: 'where-they-agree',
		scale: { min: 1, max: 5, minLabel: 'no way in for anyone', maxLabel: 'yes, with a warrant' },
		explanation:
			'There is no marked answer. Those who say yes argue that a warrant has always been able to open letters and tap phones, and that technology should not put suspects beyond the law. Those who say no argue that a way in for the police is a way in others can find, as Salt Typhoon showed for wiretaps. Chapter 1 asked you the same question: compare your two answers.'
	}
];
