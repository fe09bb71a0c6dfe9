import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'what-governments-ask-for',
		type: 'single',
		prompt:
			'Which of these best describes what governments ask for when they seek exceptional access?',
		objectives: ['the-case-for-access'],
		step: 'what-governments-want',
		options: [
			{
				text: 'A ban on end-to-end encrypted apps.',
				explanation:
					'Rudd said she supported end-to-end encryption for cyber security, and later wrote that she was not asking companies to break it. The request is for a way in, not for encryption to go.'
			},
			{
				text: 'A way to read particular messages under a warrant, while encryption keeps everyone else out.',
				explanation:
					'That is the request in its strongest form: case by case, authorised by a warrant, like the tapped phones and opened letters Rudd compared it to, with the protection left in place for everyone else.'
			},
			{
				text: 'Routine access to every message sent in the country.',
				explanation:
					'Rudd ruled this out herself. Her case rested on warrants signed by a Secretary of State and a senior judge, not on reading everything.'
			},
			{
				text: 'A copy of every phone’s private key, kept on the provider’s server.',
				explanation:
					'Nobody in this chapter proposes that. Each design asks for something narrower: a spare key, an extra device, a check or a shorter key. Whether those stay narrow is what the chapter tests.'
			}
		],
		answer: 1
	},
	{
		id: 'rudd-and-back-doors',
		type: 'true-false',
		prompt:
			'True or false: In 2017 Amber Rudd wrote that she was not asking companies to break encryption or build back doors.',
		objectives: ['the-case-for-access'],
		step: 'what-governments-want',
		answer: true,
		explanations: {
			true: 'She said so in her op-ed of summer 2017. Her complaint was that the agencies could not read encrypted messages even with a warrant signed by a Secretary of State and a senior judge. This chapter asks whether any way to do that would not, in effect, be a back door.',
			false:
				'She did say it. She also said she supported strong encryption. What she wanted was for warrants to reach encrypted messages, and the designs in this chapter are the ways people have proposed to make that happen.'
		}
	},
	{
		id: 'match-the-design',
		type: 'matching',
		prompt:
			'Match each design to the way it lets someone other than Alice and Bob learn the message.',
		objectives: ['how-each-design-works'],
		step: 'who-can-read',
		pairs: [
			{
				term: 'Key escrow',
				definition:
					'A wrapped copy of each message key goes to a vault, whose private key can unwrap it',
				explanation:
					'The message key is locked twice: once for Bob and once under the escrow authority’s public key. Whoever holds the vault’s private key can unwrap the copy.'
			},
			{
				term: 'Ghost participant',
				definition:
					'The provider’s directory adds a hidden device, and the sender’s phone encrypts for it too',
				explanation:
					'Nothing is broken: Alice’s phone simply encrypts for every device on the list it is given, including one it should never have been given.'
			},
			{
				term: 'Client-side scanning',
				definition:
					'The phone checks the message against a list before encrypting it, and reports any match',
				explanation:
					'The encryption is untouched. The report leaves the phone on its own, outside the encrypted conversation.'
			},
			{
				term: 'Weakened keys',
				definition: 'The key is short enough to be found by trying every possible value',
				explanation:
					'Nobody needs to hold anything extra. An attacker who copies the ciphertext just tries key after key until one opens it.'
			}
		]
	},
	{
		id: 'after-the-leak',
		type: 'multiple',
		prompt:
			'Under key escrow, the vault’s private key has leaked. Besides Alice and Bob, who can now read Alice’s earlier messages? Choose all that apply.',
		objectives: ['who-else-gets-in', 'how-each-design-works'],
		step: 'the-escrow-key-leaks',
		options: [
			{
				text: 'The authority with a warrant',
				explanation:
					'It could always read them; that is what the design is for. The leak adds people to the list, it takes nobody off.'
			},
			{
				text: 'A criminal who bought the leaked key',
				explanation:
					'The key unwraps every copy of every message key sent to the vault. It does not check who is holding it, or whether they have a warrant.'
			},
			{
				text: 'A foreign intelligence service that stole a copy of the key',
				explanation:
					'Same key, same result. That is why the 2015 report warned that wherever access keys are kept becomes a highly valuable target.'
			},
			{
				text: 'An eavesdropper who copied the ciphertext but never got the vault key',
				explanation:
					'Without a key, the ciphertext stays unreadable. The danger of escrow is not the message on the wire but the one key that opens all of them.'
			},
			{
				text: 'The provider’s server, which passes the messages on but holds no copy of the vault key',
				explanation:
					'In this design the server still carries only ciphertext and wrapped keys it cannot open. It could read them only if it, too, got hold of the vault key.'
			}
		],
		answers: [0, 1, 2]
	},
	{
		id: 'why-hide-the-notice',
		type: 'single',
		prompt: 'Why would the ghost proposal only work if messaging apps hid some of their notices?',
		objectives: ['how-each-design-works', 'who-else-gets-in'],
		step: 'hiding-the-notice',
		options: [
			{
				text: 'Because a new device normally appears in the chat and changes the safety number, which would give the ghost away.',
				explanation:
					'The safety number exists to catch a key slipped in by the server. The 47 signatories of the 2019 open letter warned that suppressing the notices would undermine that check for everyone.'
			},
			{
				text: 'Because the ghost breaks the encryption, and the app would otherwise show an error.',
				explanation:
					'The ghost breaks nothing. It receives its own properly encrypted copy, because Alice’s phone encrypts for every device the server lists.'
			},
			{
				text: 'Because UK law requires users to be told whenever a warrant is issued.',
				explanation:
					'The reverse is closer to the truth: warrants are normally secret. The notices in question are the app’s own warnings about new devices and changed keys.'
			},
			{
				text: 'Because the ghost has to read the message on Bob’s phone, and Bob would notice.',
				explanation:
					'The ghost is a separate device with its own key; it never touches Bob’s phone. It is the list of devices, not Bob’s phone, that would give it away.'
			}
		],
		answer: 0
	},
	{
		id: 'whoever-runs-the-directory',
		type: 'single',
		prompt:
			'The ghost is meant for the authority with a warrant. Who else could use the same mechanism?',
		objectives: ['who-else-gets-in'],
		step: 'whoever-runs-the-directory',
		options: [
			{
				text: 'Nobody: the authority holds a secret key that nobody else has.',
				explanation:
					'The ghost’s key is ordinary; what makes it work is the directory telling Alice’s phone to encrypt for it. Anyone who controls the directory can list a device of their own.'
			},
			{
				text: 'Anyone who controls the provider’s key directory, such as a rogue insider or a foreign service that has broken in.',
				explanation:
					'The power lives in the directory, not in a warrant. With the safety-number warning switched off by design, nobody would see the extra device, whoever had added it.'
			},
			{
				text: 'Only someone who has stolen Alice’s or Bob’s phone.',
				explanation:
					'A stolen phone is a danger in every design, but the ghost needs no phone at all. It is added on the server, far from both users.'
			},
			{
				text: 'Anyone who can copy the ciphertext on the network.',
				explanation:
					'Copying ciphertext is not enough; the messages are still encrypted. An attacker needs to be on the list of devices that Alice’s phone encrypts for.'
			}
		],
		answer: 1
	},
	{
		id: 'scanning-and-encryption',
		type: 'true-false',
		prompt:
			'True or false: Client-side scanning works by breaking the encryption of the message after it is sent.',
		objectives: ['how-each-design-works'],
		step: 'a-match-is-reported',
		answer: false,
		explanations: {
			true: 'It leaves the encryption alone. The phone checks the message before encrypting it and sends any report separately, so the ciphertext on the way to Bob is exactly as strong as before.',
			false:
				'The encryption is never touched. The check happens on the phone, before the message is locked, and a match goes out as a separate report. That is why its supporters say it keeps encryption intact, and why its critics say the content leaks anyway.'
		}
	},
	{
		id: 'the-protest-slogan',
		type: 'single',
		prompt:
			'In the scanning demonstration, a protest slogan is added to the fingerprint list and an innocent message gets reported. What does this show?',
		objectives: ['who-else-gets-in'],
		step: 'the-list-grows',
		options: [
			{
				text: 'Whoever controls the list decides what counts as a match, and the phone cannot tell what it is looking for.',
				explanation:
					'That is function creep. A list of fingerprints reveals nothing about its contents, so adding entries goes unseen. Apple itself warned that scanning for one kind of content could lead to scanning for others.'
			},
			{
				text: 'The fingerprinting is inaccurate and matches messages at random.',
				explanation:
					'The match was not an accident. The message matched because the slogan was on the list, exactly as the system was built to work.'
			},
			{
				text: 'The encryption was broken by adding the slogan.',
				explanation:
					'The encryption was not broken at all. The report went out before the message was encrypted, and the ciphertext still reached Bob safely.'
			},
			{
				text: 'Only messages containing illegal images can ever be reported.',
				explanation:
					'A scanner only compares fingerprints with whatever is on its list. If a slogan is added, messages quoting the slogan are reported too.'
			}
		],
		answer: 0
	},
	{
		id: 'real-events-in-order',
		type: 'ordering',
		prompt: 'Put these events in the order they happened.',
		objectives: ['real-cases'],
		step: 'it-has-happened-before',
		items: [
			{
				text: 'The US proposes the Clipper chip, with keys held in escrow',
				explanation: 'April 1993: the Escrowed Encryption Standard, with Skipjack’s 80-bit key.'
			},
			{
				text: 'Matt Blaze shows that a Clipper device can send a forged LEAF',
				explanation:
					'1994: the 16-bit checksum let a rogue device pass a fake, and the New York Times reported it on 2 June.'
			},
			{
				text: 'Juniper reports unauthorised code that let VPN traffic be decrypted',
				explanation:
					'17 December 2015: someone had replaced a constant in the Dual EC random-number generator.'
			},
			{
				text: 'Two GCHQ officials suggest silently adding a participant to chats',
				explanation: 'November 2018, on the blog Lawfare: the ghost proposal.'
			},
			{
				text: 'Apple announces on-device matching of photos before upload to iCloud',
				explanation: 'August 2021. It was postponed that September and dropped in December 2022.'
			},
			{
				text: 'Salt Typhoon is reported inside US carriers’ wiretap systems',
				explanation:
					'October 2024: the Wall Street Journal reported the intrusion into systems built for court-authorised interception.'
			}
		]
	},
	{
		id: 'juniper-lesson',
		type: 'single',
		prompt: 'Why is the Juniper incident of 2015 an example of the risk this chapter describes?',
		objectives: ['real-cases', 'who-else-gets-in'],
		step: 'it-has-happened-before',
		options: [
			{
				text: 'Someone replaced a constant in its random-number generator, so whoever chose the new value could decrypt VPN traffic just by listening.',
				explanation:
					'A way in that depended on knowing a secret about that constant changed hands when the constant did. Researchers found the software had been open to this since 2008.'
			},
			{
				text: 'Juniper handed its customers’ keys to a foreign government.',
				explanation:
					'There is no record of that. The problem was unauthorised code inside Juniper’s own software, found by Juniper in 2015.'
			},
			{
				text: 'Its firewalls used a 56-bit key that was broken by brute force.',
				explanation:
					'Key length was not the issue. The weakness lay in predictable random numbers, which let a listener work out the keys without searching for them.'
			},
			{
				text: 'A court ordered Juniper to build in a warrant-only back door.',
				explanation:
					'No court order is part of this story. What is known is that unauthorised code, put there by an intruder, replaced the constant.'
			}
		],
		answer: 0
	},
	{
		id: 'after-salt-typhoon',
		type: 'single',
		prompt:
			'After Salt Typhoon reached US wiretap systems, what did the US cyber-security agency CISA advise highly targeted officials and politicians?',
		objectives: ['real-cases'],
		step: 'it-has-happened-before',
		options: [
			{
				text: 'To use only end-to-end encrypted communications.',
				explanation:
					'In December 2024 a CISA official said "encryption is your friend", and CISA’s guidance told highly targeted people to use only end-to-end encrypted communications. The system built for lawful access was the one that had been breached.'
			},
			{
				text: 'To stop using mobile phones altogether.',
				explanation:
					'The advice was about how to communicate, not whether to. It pointed people towards end-to-end encrypted apps.'
			},
			{
				text: 'To give their encryption keys to the FBI for safekeeping.',
				explanation:
					'That would be key escrow, the design this chapter shows can leak. The advice went the other way.'
			},
			{
				text: 'To rely on their phone company’s own protections.',
				explanation:
					'The phone companies’ networks were where the intruders were. The guidance told targeted people to protect their calls and messages end to end instead.'
			}
		],
		answer: 0
	},
	{
		id: 'one-more-bit',
		type: 'true-false',
		prompt:
			'True or false: Adding one bit to a key doubles the number of keys an attacker has to try.',
		objectives: ['key-length-arithmetic'],
		step: 'weakened-keys',
		answer: true,
		explanations: {
			true: 'Each bit can be 0 or 1, so every extra bit doubles the count. That is why the gap between 56 and 128 bits, 72 doublings, is the gap between a day and far longer than the age of the universe.',
			false:
				'It does double it: each new bit can be 0 or 1, so every existing key becomes two. Seventy-two extra bits, from 56 to 128, means 2⁷² times as many keys.'
		}
	},
	{
		id: 'des-in-hours',
		type: 'numeric',
		prompt:
			'A 56-bit DES key can take about 7.2 × 10¹⁶ values. An attacker tries a trillion (10¹²) keys a second. About how many hours does it take to try them all?',
		objectives: ['key-length-arithmetic'],
		step: 'race-the-key',
		answer: 20,
		unit: 'hours',
		tolerance: { kind: 'relative', within: 0.2 },
		explanation:
			'7.2 × 10¹⁶ keys ÷ 10¹² keys a second = 7.2 × 10⁴ seconds, about 72,000 seconds. Divide by 3,600 seconds in an hour: about 20 hours. The same attacker would need about 1.1 × 10¹⁹ years for a 128-bit key.'
	},
	{
		id: 'weak-keys-for-whom',
		type: 'single',
		prompt: 'Why can a deliberately weakened key not be kept "for the authorities only"?',
		objectives: ['who-else-gets-in', 'key-length-arithmetic'],
		step: 'weakened-keys',
		options: [
			{
				text: 'Because anyone with similar computing power can search the same keys, and needs no warrant, vault or directory to do it.',
				explanation:
					'A brute-force search asks only for the ciphertext and time. Whatever key length an authority can search, so can anyone who matches its computers.'
			},
			{
				text: 'Because the weakened key is sent to the provider in plain text.',
				explanation:
					'In this design nothing extra is sent anywhere. The key is simply short, and shortness is available to every attacker equally.'
			},
			{
				text: 'Because short keys make the ciphertext readable without any key.',
				explanation:
					'The ciphertext still needs the key. The difference is that the key can now be found by trying them all.'
			},
			{
				text: 'It can: only governments have computers fast enough to search a short key.',
				explanation:
					'On this page your own device searched one. A key cut down for a government’s computers is within reach of other well-resourced attackers too.'
			}
		],
		answer: 0
	},
	{
		id: 'doormats-arguments',
		type: 'multiple',
		prompt:
			'Which of these were arguments of the 2015 report "Keys Under Doormats"? Choose all that apply.',
		objectives: ['real-cases', 'who-else-gets-in'],
		step: 'keys-under-doormats',
		options: [
			{
				text: 'A required way in would force designers to give up forward secrecy.',
				explanation:
					'Keys would have to be kept or be recoverable, which is the opposite of deleting them after use.'
			},
			{
				text: 'Wherever the access keys are stored becomes a highly valuable target.',
				explanation:
					'The vault in this chapter is exactly that target: one key that opens everything is worth attacking.'
			},
			{
				text: 'Adding access to complex software is likely to introduce subtle flaws.',
				explanation:
					'Clipper’s forgeable LEAF is an early example of a flaw that the designers of an access scheme missed.'
			},
			{
				text: 'Governments have no legitimate reason to want access to communications.',
				explanation:
					'The report did not argue that. It took the demand seriously and asked what meeting it would cost in security.'
			},
			{
				text: 'Encryption should be banned until a safe way in is found.',
				explanation:
					'The authors argued the opposite: that weakening encryption would do more harm than good.'
			}
		],
		answers: [0, 1, 2]
	},
	{
		id: 'your-view-now',
		type: 'reflection',
		prompt:
			'Your view, now that you have seen the four designs: should the law require a way into end-to-end encrypted messages for the authorities?',
		objectives: ['the-case-for-access'],
		step: 'what-remains',
		scale: {
			min: 1,
			max: 5,
			minLabel: 'no, the risks are too great',
			maxLabel: 'yes, with a warrant'
		},
		explanation:
			'There is no marked answer. Supporters of access point to serious crimes that warrants can no longer reach, and to oversight by ministers and judges. Critics point to who else gets in: every design in this chapter created a key, a directory, a list or a short key that others could use. The debate chapter returns to this question.'
	}
];
