import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'what-each-power-reaches',
		type: 'matching',
		prompt: 'Match each power in the Investigatory Powers Act to what it gets hold of.',
		objectives: ['name-the-powers'],
		step: 'the-act-in-one-picture',
		pairs: [
			{
				term: 'Bulk interception',
				definition: 'Communications in large volumes, words included, searched afterwards',
				explanation:
					'It gathers messages as they travel, for example along a cable, so it reaches both the content and the communications data.'
			},
			{
				term: 'Bulk equipment interference',
				definition: 'Data taken from phones and computers by hacking into them',
				explanation:
					'Equipment interference is the Act’s name for hacking. On a device, messages can be read at the end of their journey, where encryption no longer protects them.'
			},
			{
				term: 'Internet connection records',
				definition: 'Logs of the internet connections customers’ devices make',
				explanation:
					'A company can be ordered to keep them. They are communications data: they record connections, not the words sent over them.'
			},
			{
				term: 'Bulk personal datasets',
				definition: 'Databases about many people, most of no interest to the agencies',
				explanation:
					'Part 7 of the Act lets the intelligence agencies keep and search such collections. Liberty challenged it, and the rules were changed again in 2024.'
			},
			{
				term: 'Bulk acquisition of communications data',
				definition: 'Records of who contacted whom and when, obtained in bulk',
				explanation:
					'This is Part 6, chapter 2: the who, when and how of communications, without the words, collected in large amounts.'
			}
		]
	},
	{
		id: 'targeted-or-bulk',
		type: 'single',
		prompt: 'What makes a power in the Act a "bulk" power rather than a targeted one?',
		objectives: ['name-the-powers'],
		step: 'collect-first-search-later',
		options: [
			{
				text: 'It collects large volumes first and searches them afterwards, instead of starting from a named person or group.',
				explanation:
					'A targeted power begins with a person or group; a bulk power begins with the collection and looks for what matters later. That is why it takes in the communications of people who are of no interest.'
			},
			{
				text: 'It can only be used by the police, not by the intelligence agencies.',
				explanation:
					'Who uses a power is a different question from whether it is bulk. Bulk describes how a power collects, not who holds it; the 2022 ruling, for one, was about the intelligence agencies MI5, MI6 and GCHQ.'
			},
			{
				text: 'It collects only metadata, never the words of a message.',
				explanation:
					'Some bulk powers collect only communications data, but bulk interception can reach content and bulk hacking can reach whatever a device holds.'
			},
			{
				text: 'It needs no warrant or approval of any kind.',
				explanation:
					'The bulk powers work under warrants, and in 2019 the High Court found their interlocking safeguards enough to prevent abuse. Bulk describes how much is collected, not a lack of rules.'
			}
		],
		answer: 0
	},
	{
		id: 'what-section-253-can-require',
		type: 'single',
		prompt: 'What can a technical capability notice under section 253 require a company to do?',
		objectives: ['capability-notices'],
		step: 'section-253',
		options: [
			{
				text: 'Hand over every message it has ever carried.',
				explanation:
					'A notice is not itself a way of collecting messages. It is about being ready to help when a warrant or other authorisation arrives.'
			},
			{
				text: 'Build and keep the ability to help with warrants, which can include removing electronic protection it applied itself.',
				explanation:
					'That last part is why section 253 matters so much for end-to-end encryption: encryption is a form of electronic protection, and the company built it into its app.'
			},
			{
				text: 'Stop offering encrypted services in the UK altogether.',
				explanation:
					'The section says nothing about banning a service. It is about capability: the company must be able to help when asked.'
			},
			{
				text: 'Publish the names of people under investigation.',
				explanation:
					'The opposite is closer to the truth: section 255 makes notices secret, so a company may not even reveal that it has one.'
			}
		],
		answer: 1
	},
	{
		id: 'what-the-double-lock-is',
		type: 'true-false',
		prompt:
			'True or false: the "double lock" means that two government ministers must both sign a technical capability notice.',
		objectives: ['capability-notices'],
		step: 'section-253',
		answer: false,
		explanations: {
			true: 'The two locks are a minister and a judge, not two ministers. The Home Secretary decides the notice is necessary and proportionate, and a Judicial Commissioner must approve it.',
			false:
				'The second lock is a judge: a Judicial Commissioner must approve what the Home Secretary has decided. Amber Rudd described warrants the same way, as signed by a Secretary of State and a senior judge.'
		}
	},
	{
		id: 'rules-around-a-notice',
		type: 'multiple',
		prompt:
			'Which of these does the Act say about technical capability notices? Choose every one that applies.',
		objectives: ['capability-notices'],
		step: 'a-notice-nobody-may-mention',
		options: [
			{
				text: 'The Home Secretary must consult the company first, weighing technical feasibility and cost.',
				explanation:
					'Section 255 requires this, and says it matters especially when the notice concerns removing electronic protection.'
			},
			{
				text: 'A company may not reveal that it has a notice without the Home Secretary’s permission.',
				explanation:
					'This secrecy rule means the users of a service might never learn that their provider had been given one.'
			},
			{
				text: 'Every notice is published online so that users can check their provider.',
				explanation:
					'The Act does the reverse: a notice is kept secret unless the Home Secretary allows it to be revealed.'
			},
			{
				text: 'Notices can only ever be enforced against companies based in the UK.',
				explanation:
					'Section 255 allows some notices to be enforced against companies outside the UK, which matters for messaging apps run from abroad.'
			},
			{
				text: 'A Judicial Commissioner must approve the notice before it is given.',
				explanation:
					'This is the double lock from section 253: the Home Secretary’s decision is not enough on its own.'
			}
		],
		answers: [0, 1, 4]
	},
	{
		id: 'encryption-and-the-act',
		type: 'single',
		prompt:
			'A warrant asks a messaging company for the words of an end-to-end encrypted chat, but the company holds no key. Which part of the Act is aimed at that gap?',
		objectives: ['capability-notices', 'name-the-powers'],
		step: 'section-253',
		options: [
			{
				text: 'Internet connection records.',
				explanation:
					'These record connections, not the words sent over them, so they cannot fill a gap in content.'
			},
			{
				text: 'Bulk personal datasets.',
				explanation:
					'These are databases about many people. They do not touch what is said in an encrypted chat.'
			},
			{
				text: 'Technical capability notices under section 253.',
				explanation:
					'A notice can oblige a company to be able to remove electronic protection it applied itself. Whether and how that can apply to end-to-end encryption, where the company holds no key, is the question this course keeps returning to.'
			},
			{
				text: 'Bulk acquisition of communications data.',
				explanation:
					'This collects who contacted whom and when. End-to-end encryption does not hide that, but it does not give the words either.'
			}
		],
		answer: 2
	},
	{
		id: 'rulings-in-order',
		type: 'ordering',
		prompt: 'Put these steps in Liberty’s challenge to the Act in the order they happened.',
		objectives: ['court-rulings'],
		step: 'ruling-2023',
		items: [
			{
				text: 'Liberty starts its claim against the Act',
				explanation:
					'February 2017, according to the court’s listing, a few months after Royal Assent.'
			},
			{
				text: 'The High Court finds the data retention rules break EU law',
				explanation:
					'27 April 2018: access to the stored records was too wide and had no independent check beforehand.'
			},
			{
				text: 'The High Court rejects the human rights challenge to the bulk powers',
				explanation: '29 July 2019: the Act’s interlocking safeguards were found to be enough.'
			},
			{
				text: 'The High Court rules that the spy agencies need independent approval for data',
				explanation:
					'24 June 2022: MI5, MI6 and GCHQ could no longer authorise their own access to communications data for criminal investigations.'
			},
			{
				text: 'The Court of Appeal upholds the Act, except on one point',
				explanation:
					'4 August 2023: the challenged provisions were found compatible with human rights and EU law, with one limited exception sent back.'
			}
		]
	},
	{
		id: 'why-2018',
		type: 'single',
		prompt: 'Why did the High Court find Part 4 of the Act incompatible with EU law in 2018?',
		objectives: ['court-rulings'],
		step: 'ruling-2018',
		options: [
			{
				text: 'Because keeping any communications data at all is banned by EU law.',
				explanation:
					'The court’s objection was narrower. It was about how the stored data could be accessed, not about the mere fact of keeping it.'
			},
			{
				text: 'Because access to the stored data was not limited to fighting serious crime and needed no prior review by a court or independent body.',
				explanation:
					'Too many reasons to open the records, and nobody independent who had to agree beforehand: those were the two faults.'
			},
			{
				text: 'Because the Act had been passed without a vote in Parliament.',
				explanation:
					'The Act was passed by Parliament and received Royal Assent in November 2016. The case was about what it said, not how it was passed.'
			},
			{
				text: 'Because it let the government read end-to-end encrypted messages.',
				explanation:
					'Part 4 is about keeping communications data, who contacted whom and when, not about the words of encrypted messages.'
			}
		],
		answer: 1
	},
	{
		id: 'what-2022-changed',
		type: 'single',
		prompt: 'What changed for MI5, MI6 and GCHQ after the ruling of 24 June 2022?',
		objectives: ['court-rulings', 'limits-and-changes'],
		step: 'ruling-2022',
		options: [
			{
				text: 'They lost all access to communications data.',
				explanation:
					'They kept access. What changed was who approves it: for criminal investigations they could no longer approve their own requests.'
			},
			{
				text: 'They now need independent approval beforehand to access communications data for criminal investigations, as the police do.',
				explanation:
					'The court found it unlawful for them to authorise their own access. Like the 2018 ruling, this was about who says yes before records are opened.'
			},
			{
				text: 'They must publish every request for data they make.',
				explanation:
					'Nothing in the ruling required publication. It was about approval before access, not openness afterwards.'
			},
			{
				text: 'Nothing: the court found everything lawful.',
				explanation:
					'That was the 2019 ruling on the bulk powers. In 2022 the court found one arrangement unlawful, a partial win for Liberty.'
			}
		],
		answer: 1
	},
	{
		id: 'bulk-powers-struck-out',
		type: 'true-false',
		prompt:
			'True or false: after Liberty’s appeal in 2023, the bulk powers were struck out of the Investigatory Powers Act.',
		objectives: ['court-rulings', 'limits-and-changes'],
		step: 'ruling-2023',
		answer: false,
		explanations: {
			true: 'The Court of Appeal upheld the challenged provisions, with one limited exception about journalists’ material in bulk hacking, reported to have been sent back to the High Court. The bulk powers stayed in the Act.',
			false:
				'The bulk powers still stand. The courts tightened who approves access to data in 2018 and 2022, and in 2023 sent back one point about journalists’ material, but they did not remove the powers.'
		}
	},
	{
		id: 'reach-of-the-european-ruling',
		type: 'single',
		prompt:
			'In 2021 the European Court of Human Rights found bulk interception safeguards inadequate in Big Brother Watch v UK. Why is it hard to say how far that reaches the 2016 Act?',
		objectives: ['limits-and-changes'],
		step: 'ruling-2019',
		options: [
			{
				text: 'Because, as it is usually described, the case examined Britain’s rules from before the Act rather than the Act itself.',
				explanation:
					'A ruling on older rules does not automatically settle a newer law, which is why its reach is argued over. The High Court still waited for it before Liberty had to appeal.'
			},
			{
				text: 'Because the ruling was kept secret.',
				explanation:
					'The ruling was public and is dated in the court listing for Liberty’s case. The uncertainty is about which law it examined.'
			},
			{
				text: 'Because the European court has no say over British surveillance.',
				explanation:
					'The High Court treated the European ruling as important enough to wait for. The question is what it covered, not whether it counts.'
			},
			{
				text: 'Because the ruling found in the government’s favour.',
				explanation:
					'It found safeguards for bulk interception inadequate, so it did not go the government’s way on that point.'
			}
		],
		answer: 0
	},
	{
		id: 'advance-notice-2024',
		type: 'single',
		prompt:
			'What new duty does section 21 of the Investigatory Powers (Amendment) Act 2024 create?',
		objectives: ['limits-and-changes'],
		step: 'amendments-2024',
		options: [
			{
				text: 'A company can be required to tell the government in advance about changes it plans to make to its service.',
				explanation:
					'Critics see this as a way for the government to learn of, and perhaps delay, plans to add end-to-end encryption. How it will be used in practice is not yet known.'
			},
			{
				text: 'Every messaging app must switch off end-to-end encryption in the UK.',
				explanation:
					'The 2024 Act does not say this, and the Home Office says the changes create no new powers.'
			},
			{
				text: 'Judicial Commissioners must publish every notice they approve.',
				explanation:
					'Section 21 runs the other way: it is the company that must tell the government about its plans, not anyone who must tell the public.'
			},
			{
				text: 'Liberty’s case must be heard again from the start.',
				explanation: 'The 2024 Act changed the law itself; it did not reopen the court case.'
			}
		],
		answer: 0
	},
	{
		id: 'your-view-on-secrecy',
		type: 'reflection',
		prompt:
			'Your view: should a company be allowed to tell its users that it has received a technical capability notice?',
		objectives: ['capability-notices', 'limits-and-changes'],
		step: 'a-notice-nobody-may-mention',
		scale: { min: 1, max: 5, minLabel: 'keep it secret', maxLabel: 'users should be told' },
		explanation:
			'There is no marked answer. One argument for the rule as it stands: if notices were public, people planning crimes could learn which services can be reached and move elsewhere. One argument against: users cannot judge a service they rely on, or take part in a debate they do not know is happening.'
	}
];
