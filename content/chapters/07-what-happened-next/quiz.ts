import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'put-in-order',
		type: 'ordering',
		prompt: 'Put these events in the order they happened.',
		objectives: ['sequence-since-2017'],
		step: 'where-things-stand',
		items: [
			{
				text: 'Facebook, Microsoft, Twitter and YouTube found GIFCT',
				explanation:
					'June 2017, three months after the firms promised Amber Rudd an industry forum against terrorist content.'
			},
			{
				text: 'Two GCHQ officials suggest a silent extra participant in chats',
				explanation: 'November 2018: the essay that critics called the ghost proposal.'
			},
			{
				text: '47 signatories reply in an open letter',
				explanation: 'Sent to GCHQ on 22 May 2019 and made public on 30 May 2019.'
			},
			{
				text: 'Apple announces it will scan photos on the iPhone',
				explanation:
					'August 2021. Apple put the plan on hold the next month and dropped it in December 2022.'
			},
			{
				text: 'The Online Safety Act becomes law',
				explanation: 'Royal Assent on 26 October 2023, with its section 121 scanning power.'
			},
			{
				text: 'Apple stops offering Advanced Data Protection in the UK',
				explanation:
					'21 February 2025, after a secret technical capability notice was reported that month.'
			}
		]
	},
	{
		id: 'event-and-year',
		type: 'matching',
		prompt: 'Match each event to the year it happened.',
		objectives: ['sequence-since-2017'],
		step: 'forty-years-in-one-line',
		pairs: [
			{
				term: 'The Clipper chip is proposed in the United States',
				definition: '1993',
				explanation:
					'April 1993. A year later Matt Blaze showed that a device could send a forged access field and still work.'
			},
			{
				term: 'Keys Under Doormats warns against required access',
				definition: '2015',
				explanation:
					'July 2015: fifteen computer scientists argued that a required way in would make everyone less secure.'
			},
			{
				term: 'GCHQ officials publish the ghost proposal',
				definition: '2018',
				explanation: 'November 2018, in an essay by Ian Levy and Crispin Robinson.'
			},
			{
				term: 'The European Commission proposes detection orders',
				definition: '2022',
				explanation:
					'11 May 2022: the proposal critics call chat control. The Parliament answered in 2023, the Council in 2025.'
			},
			{
				term: 'Salt Typhoon is found inside US wiretap systems',
				definition: '2024',
				explanation:
					'Reported in October 2024; by December US officials were advising end-to-end encryption.'
			}
		]
	},
	{
		id: 'how-many-signatories',
		type: 'numeric',
		prompt: 'How many signatories did the May 2019 open letter against the ghost proposal have?',
		objectives: ['ghost-and-scanning'],
		step: 'forty-seven-signatures',
		answer: 47,
		unit: 'signatories',
		tolerance: { kind: 'relative', within: 0.05 },
		explanation:
			'47: companies including Apple, Google, Microsoft and WhatsApp, together with civil society groups and academics. They welcomed GCHQ’s principles but argued that the ghost example would undermine the checks on who is in a conversation.'
	},
	{
		id: 'what-the-ghost-needs',
		type: 'single',
		prompt: 'What would the ghost proposal have required a messaging app to do?',
		objectives: ['ghost-and-scanning'],
		step: 'a-ghost-in-the-chat',
		options: [
			{
				text: 'Use a shorter key, so that GCHQ could break the encryption by trying every key.',
				explanation:
					'The proposal left the encryption itself as strong as before. Its trick was to change who is in the conversation, not how the messages are locked.'
			},
			{
				text: 'Silently add an extra participant’s key to a chat and hide the notice that someone has joined.',
				explanation:
					'The company would hand the phones one more public key, turning a two-person chat into a hidden group of three, and the app would have to stay quiet about it.'
			},
			{
				text: 'Send a copy of every message to GCHQ, unencrypted, as it is typed.',
				explanation:
					'Nothing would be copied in the clear. The extra participant would receive the messages encrypted to its own key, like any member of a group chat.'
			},
			{
				text: 'Keep a copy of every user’s private key on the company’s servers.',
				explanation:
					'That is key escrow, the idea behind the Clipper chip of 1993. The ghost proposal avoided escrow and worked through the company’s control of who takes part in a chat.'
			}
		],
		answer: 1
	},
	{
		id: 'where-scanning-looks',
		type: 'single',
		prompt: 'Where does client-side scanning, as in Apple’s 2021 plan, examine a photo or message?',
		objectives: ['ghost-and-scanning'],
		step: 'scanning-on-the-phone',
		options: [
			{
				text: 'On the company’s servers, after decrypting it there.',
				explanation:
					'With end-to-end encryption the servers cannot decrypt anything. That is exactly why scanning would have to move onto the phone.'
			},
			{
				text: 'On the network, while it travels between the phone and the server.',
				explanation:
					'On the network the content is encrypted and cannot be examined. The scanning happens at one of the ends.'
			},
			{
				text: 'On the user’s own device, before it is encrypted or after it is decrypted.',
				explanation:
					'The encryption stays intact; the check happens at the point where the content is readable, and matches are reported to someone outside the conversation.'
			},
			{
				text: 'Nowhere: it only looks at metadata such as who sent what, and when.',
				explanation:
					'Apple’s plan compared the photos themselves against hashes of known abuse images. It was about content, not metadata.'
			}
		],
		answer: 2
	},
	{
		id: 'why-scanning-was-opposed',
		type: 'multiple',
		prompt:
			'Which of these objections were raised against scanning on the phone? Tick every one that was.',
		objectives: ['ghost-and-scanning'],
		step: 'apple-changes-course',
		options: [
			{
				text: 'The list of what it looks for could quietly be widened.',
				explanation:
					'The authors of Bugs in our Pockets named this kind of abuse, and Apple itself later worried about a slide toward scanning for other content.'
			},
			{
				text: 'It would open new ways in for data thieves.',
				explanation: 'This was part of the reason Apple’s Erik Neuenschwander gave in 2023.'
			},
			{
				text: 'It would make the encryption of each message mathematically weaker.',
				explanation:
					'The encryption is untouched; that is the point of scanning before encryption. The objections were about what the scanner itself makes possible.'
			},
			{
				text: 'It neither reliably prevents crime nor prevents surveillance.',
				explanation: 'This was the central conclusion of Bugs in our Pockets in October 2021.'
			}
		],
		answers: [0, 1, 3]
	},
	{
		id: 'section-121',
		type: 'single',
		prompt: 'What does section 121 of the Online Safety Act 2023 let Ofcom do?',
		objectives: ['uk-law-since-2017'],
		step: 'the-online-safety-act',
		options: [
			{
				text: 'Ban end-to-end encrypted apps from the UK.',
				explanation:
					'The Act contains no ban. The messaging apps’ threat was to leave of their own accord rather than scan their users’ messages.'
			},
			{
				text: 'Require a service to use accredited technology to find terrorism or child sexual abuse content, after a skilled person’s report and a warning notice.',
				explanation:
					'That is the power. For an end-to-end encrypted service, such technology would have to run on the phone: client-side scanning.'
			},
			{
				text: 'Read any message it chooses, with a Judicial Commissioner’s approval.',
				explanation:
					'Ofcom is a regulator, not a surveillance agency. Warrants and Judicial Commissioners belong to the Investigatory Powers Act.'
			},
			{
				text: 'Require companies to tell the government before changing their services.',
				explanation:
					'That is the 2024 amendment to the Investigatory Powers Act, not the Online Safety Act.'
			}
		],
		answer: 1
	},
	{
		id: 'advance-notice-power',
		type: 'single',
		prompt: 'What new kind of notice did the Investigatory Powers (Amendment) Act 2024 introduce?',
		objectives: ['uk-law-since-2017'],
		step: 'advance-notice',
		options: [
			{
				text: 'A notice requiring a company to tell the government in advance about certain planned changes to its service.',
				explanation:
					'Which changes count is left to regulations. Critics feared it would give early warning of, and perhaps a chance to hold up, plans for end-to-end encryption.'
			},
			{
				text: 'A notice requiring every app to scan messages for terrorist content.',
				explanation:
					'Scanning notices belong to the Online Safety Act’s section 121, not to the 2024 amendment.'
			},
			{
				text: 'A notice requiring companies to hand over their users’ private keys.',
				explanation:
					'The amendment adds no such notice. With end-to-end encryption the company does not hold its users’ private keys in any case; they never leave the phones.'
			},
			{
				text: 'A notice ordering companies to publish how many warrants they receive.',
				explanation:
					'The notices regime works the other way, in secret: a company may not even reveal that it has received a notice.'
			}
		],
		answer: 0
	},
	{
		id: 'apple-built-a-way-in',
		type: 'true-false',
		prompt:
			'True or false: Apple responded to the reported UK notice by building a way into Advanced Data Protection for the Home Office.',
		objectives: ['uk-law-since-2017'],
		step: 'apple-withdraws-adp',
		answer: false,
		explanations: {
			true: 'Apple did the opposite. It stopped offering Advanced Data Protection in the UK in February 2025 and said it had never built a back door or master key. It then challenged the notice at the Investigatory Powers Tribunal.',
			false:
				'Instead of building a way in, Apple withdrew the feature for UK users, leaving their iCloud backups under keys Apple holds, and challenged the notice. Messages, FaceTime, health data and Keychain stayed end-to-end encrypted.'
		}
	},
	{
		id: 'salt-typhoon-way-in',
		type: 'true-false',
		prompt:
			'True or false: Salt Typhoon got into US telecoms networks by breaking end-to-end encryption.',
		objectives: ['security-case'],
		step: 'salt-typhoon',
		answer: false,
		explanations: {
			true: 'The intruders did not break any encryption. They reached the systems the carriers use for court-authorised wiretaps, which US law requires them to build in: a way in made for lawful access.',
			false:
				'The way in was the lawful interception capability itself. That is why US officials then advised people at risk to use end-to-end encryption, which a carrier cannot open for anyone.'
		}
	},
	{
		id: 'why-officials-advised-e2ee',
		type: 'single',
		prompt:
			'Why did US officials advise end-to-end encryption after the Salt Typhoon intrusion was discovered?',
		objectives: ['security-case'],
		step: 'salt-typhoon',
		options: [
			{
				text: 'Because content encrypted end to end stays unreadable even to someone inside the carrier’s network, wiretap systems included.',
				explanation:
					'A carrier, or an intruder in the carrier’s systems, only ever holds ciphertext. The FBI and CISA put it simply: "encryption is your friend".'
			},
			{
				text: 'Because end-to-end encryption would let the FBI read the intruders’ own messages.',
				explanation:
					'It would not: end-to-end encryption keeps everyone outside the conversation out, investigators included.'
			},
			{
				text: 'Because the intruders had broken the carriers’ transport encryption but could not break anything stronger.',
				explanation:
					'The intruders got in through the wiretap systems, which sit where traffic is readable. Stronger transport encryption would not have helped.'
			},
			{
				text: 'Because CALEA had been repealed, so carriers no longer needed wiretap systems.',
				explanation:
					'CALEA still requires carriers to build in interception. The advice was about protecting people while those systems remain.'
			}
		],
		answer: 0
	},
	{
		id: 'open-at-the-end-of-2025',
		type: 'multiple',
		prompt: 'Which of these were still true or unresolved at the end of 2025? Tick every one.',
		objectives: ['still-open'],
		step: 'where-things-stand',
		options: [
			{
				text: 'Advanced Data Protection was unavailable to users in the UK.',
				explanation:
					'Apple said in October 2025 that it still could not offer it in the UK, after a new, narrower notice was reported.'
			},
			{
				text: 'The Council of the EU and the European Parliament still had to agree a text on chat control.',
				explanation:
					'The Council agreed its position on 26 November 2025; negotiations with the Parliament were the next step.'
			},
			{
				text: 'The UK had repealed the power to issue technical capability notices.',
				explanation:
					'Section 253 of the Investigatory Powers Act was unchanged; the 2024 amendment added to the notices regime rather than taking it away.'
			},
			{
				text: 'An EU law requiring every messaging app to scan encrypted chats was in force.',
				explanation:
					'No such law existed. The Parliament had rejected detection orders for encrypted content, and the Council’s position dropped compulsory detection orders.'
			},
			{
				text: 'A challenge by Privacy International and Liberty to the notice regime was expected to continue.',
				explanation:
					'Apple’s own claim was dismissed in October 2025, but the campaign groups’ separate challenge went on.'
			}
		],
		answers: [0, 1, 4]
	},
	{
		id: 'your-view-now',
		type: 'reflection',
		prompt:
			'Your view now: should the police and security services be able to read encrypted messages when a warrant allows it?',
		objectives: ['still-open'],
		step: 'where-things-stand',
		scale: { min: 1, max: 5, minLabel: 'no way in for anyone', maxLabel: 'yes, with a warrant' },
		explanation:
			'There is no marked answer. Compare this with your answer in chapter 1. Those who want access point to messages that warrants cannot open. Those who oppose it point to Clipper, the ghost proposal, scanning on the phone and Salt Typhoon: each way in for the right people has been, or could become, a way in for others.'
	}
];
