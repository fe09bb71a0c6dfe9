import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'what-was-asked',
		type: 'single',
		prompt: 'On the Andrew Marr Show, what did Amber Rudd say the intelligence agencies needed?',
		objectives: ['describe-the-demand'],
		step: 'a-secret-place',
		options: [
			{
				text: 'A ban on end-to-end encrypted apps such as WhatsApp.',
				explanation:
					'She did not call for a ban. On Sky News she even said she was in favour of end-to-end encryption for cyber security. Her complaint was about access, not about encryption existing.'
			},
			{
				text: 'The ability, once a warrant had been issued, to get into encrypted WhatsApp.',
				explanation:
					'The demand was for warranted access: case by case, with legal authority, like the lawful steaming open of letters or tapping of phones she compared it to.'
			},
			{
				text: 'Routine access to every message sent in Britain.',
				explanation:
					'She ruled this out herself. She said she wanted "carefully thought-through, legally covered arrangements", not access to everything.'
			},
			{
				text: 'That WhatsApp should stop operating in Britain.',
				explanation:
					'Nothing she said pointed to shutting the service down. She wanted the agencies to be able to get into it under warrant, and she preferred the industry to lead on how.'
			}
		],
		answer: 1
	},
	{
		id: 'for-or-against-encryption',
		type: 'true-false',
		prompt: 'True or false: Amber Rudd said she was against end-to-end encryption as such.',
		objectives: ['describe-the-demand'],
		step: 'access-not-a-ban',
		answer: false,
		explanations: {
			true: 'Not what she said. On Sky News she said she supported end-to-end encryption for cyber security. Her objection was narrower: she called it "absurd" that terrorists could talk on a platform nobody could get into.',
			false:
				'She backed end-to-end encryption for cyber security and, at the same time, wanted a way in under warrant. Whether both can be had at once is the question at the heart of this course. "Ban" was Brian Paddick\'s word for her aims, not hers.'
		}
	},
	{
		id: 'put-in-order',
		type: 'ordering',
		prompt: 'Put these events of March 2017 in the order they happened.',
		objectives: ['sequence-events'],
		step: 'round-the-table',
		items: [
			{
				text: 'The attack at Westminster',
				explanation: 'Wednesday 22 March: everything else in this chapter follows from it.'
			},
			{
				text: 'The FBI director calls for an international framework',
				explanation:
					'Comey spoke in Austin on 23 March, the day after the attack and a week before the meeting.'
			},
			{
				text: 'Amber Rudd on the Andrew Marr Show',
				explanation: 'Sunday 26 March, four days after the attack: the “secret place” interview.'
			},
			{
				text: 'The Home Office meets the technology companies',
				explanation: 'Thursday 30 March, the meeting she had called in her interviews.'
			},
			{
				text: 'The Liberal Democrats welcome an apparent U-turn',
				explanation:
					'Their reaction came once the statement after the meeting said nothing about encryption.'
			}
		]
	},
	{
		id: 'who-said-what',
		type: 'matching',
		prompt: 'Match each person or group to their part in the story.',
		objectives: ['describe-the-demand', 'wider-context'],
		step: 'an-apparent-u-turn',
		pairs: [
			{
				term: 'Amber Rudd',
				definition: 'Home Secretary who wanted a way into encrypted messages under warrant',
				explanation:
					'As Home Secretary she made the demand on the Andrew Marr Show and on Sky News, then met the firms.'
			},
			{
				term: 'James Comey',
				definition: 'FBI director who floated an international framework for access',
				explanation:
					'He spoke in Texas the day after the attack, suggesting countries could agree norms for access to encrypted devices.'
			},
			{
				term: 'Brian Paddick',
				definition: 'Liberal Democrat who welcomed the apparent U-turn',
				explanation:
					'He said he was glad the industry seemed to have ended plans to “ban” end-to-end encryption, his word rather than hers.'
			},
			{
				term: 'Liberty',
				definition: 'Campaign group challenging the Investigatory Powers Act in court',
				explanation:
					'Liberty went to court in early 2017 over the Act’s bulk powers, including hacking and data retention.'
			}
		]
	},
	{
		id: 'what-the-meeting-produced',
		type: 'single',
		prompt: 'What did the four technology companies commit to after the 30 March meeting?',
		objectives: ['meeting-outcome'],
		step: 'a-forum-not-a-back-door',
		options: [
			{
				text: 'To give the security services a way into encrypted messages whenever a warrant is issued.',
				explanation:
					'This is what Rudd had asked for on television, but the statement after the meeting made no mention of restricting encryption or of back doors.'
			},
			{
				text: 'To stop offering end-to-end encryption in the UK.',
				explanation:
					'Nothing like this was agreed. The Liberal Democrats welcomed the outcome because it seemed to end any threat to end-to-end encryption.'
			},
			{
				text: 'To lead an industry forum building tools to find and remove terrorist propaganda, and to help smaller firms do the same.',
				explanation:
					'Their joint letter was about propaganda, not encryption. A forum of this kind, the Global Internet Forum to Counter Terrorism, was founded that June.'
			},
			{
				text: 'Nothing: the meeting broke up without any agreement.',
				explanation:
					'There was an agreement, set out in a joint letter to Rudd. It simply dealt with terrorist propaganda rather than with encrypted messages.'
			}
		],
		answer: 2
	},
	{
		id: 'was-encryption-discussed',
		type: 'true-false',
		prompt:
			'True or false: The Home Office later confirmed that encryption was discussed at the meeting but kept out of the public statement.',
		objectives: ['meeting-outcome'],
		step: 'round-the-table',
		answer: false,
		explanations: {
			true: 'Answering a Freedom of Information request in April 2017, the Home Office said encryption was not discussed at all; the meeting was about terrorist content online.',
			false:
				'According to the Home Office, encryption never came up. The subject was not dropped for good, though: Rudd said it would be handled in "further, separate discussions".'
		}
	},
	{
		id: 'why-a-u-turn',
		type: 'single',
		prompt: 'Why was the outcome of the meeting read as a U-turn?',
		objectives: ['meeting-outcome'],
		step: 'an-apparent-u-turn',
		options: [
			{
				text: 'Rudd announced that the Investigatory Powers Act would be repealed.',
				explanation:
					'Nothing of the kind happened. The Act stayed in force; the U-turn that was reported concerned encryption only.'
			},
			{
				text: 'After demanding a way into encrypted messages, Rudd came away with a promise about propaganda and no public word on encryption.',
				explanation:
					'The demand seemed to have been dropped, which is why it looked like a U-turn. Computer Weekly called it only an "apparent" one, and with reason: Rudd said encryption would come back in "further, separate discussions".'
			},
			{
				text: 'The companies agreed to weaken their encryption, reversing what they had said before.',
				explanation:
					'The reverse is true: the statement said nothing about weakening encryption. If anyone seemed to turn, it was the government, not the companies.'
			},
			{
				text: 'Rudd promised never to raise encryption with the companies again.',
				explanation:
					'She said the opposite: encryption would be taken up in "further, separate discussions". That is exactly why the U-turn was only apparent.'
			}
		],
		answer: 1
	},
	{
		id: 'comey-proposal',
		type: 'single',
		prompt: 'What did the FBI director, James Comey, propose on 23 March 2017?',
		objectives: ['wider-context'],
		step: 'comey-floats-a-framework',
		options: [
			{
				text: 'That countries committed to the rule of law might agree a framework for when governments can get into encrypted devices.',
				explanation:
					'He framed encryption as a problem shared by several countries, naming France, Germany and the UK. Privacy experts called the idea unrealistic.'
			},
			{
				text: 'That the United States ban encrypted messaging apps.',
				explanation:
					'He did not propose a ban. His idea was shared international rules about when governments should get access.'
			},
			{
				text: 'That the US copy Britain’s Investigatory Powers Act.',
				explanation:
					'Our sources do not record him mentioning the Act. He did name the UK, but as a country facing the same problem, alongside France and Germany.'
			},
			{
				text: 'That technology firms publish how many devices they had unlocked for the police.',
				explanation:
					'The device figures in this chapter were the FBI’s own: on 8 March Comey said it could not open 1,200 of 2,800 devices it was legally allowed to open. He did not ask firms to publish counts.'
			}
		],
		answer: 0
	},
	{
		id: 'law-already-in-place',
		type: 'true-false',
		prompt:
			'True or false: The Investigatory Powers Act, with its "technical capability notices", was already law when the Westminster attack happened.',
		objectives: ['wider-context', 'sequence-events'],
		step: 'the-law-already-passed',
		answer: true,
		explanations: {
			true: 'It received Royal Assent on 29 November 2016, nearly four months before the attack. Its section 253 lets the Home Secretary, with a Judicial Commissioner’s approval, require a company to keep the ability to help with warrants.',
			false:
				'It was already law. Royal Assent came on 29 November 2016, and its parts came into force in stages from 30 December 2016. Rudd’s demand came on top of it, not before it.'
		}
	},
	{
		id: 'your-view-so-far',
		type: 'reflection',
		prompt:
			'Your view, so far: should the police and security services be able to read encrypted messages when a warrant allows it?',
		objectives: ['describe-the-demand'],
		step: 'an-apparent-u-turn',
		scale: { min: 1, max: 5, minLabel: 'no way in for anyone', maxLabel: 'yes, with a warrant' },
		explanation:
			'There is no marked answer here. Rudd’s case was that a warrant should open any message, as it opens letters and phone calls. Her critics answered that a way in for the police is a way in that others can find too. The next chapters show what such a way in would involve; the debate chapter comes back to this question.'
	}
];
