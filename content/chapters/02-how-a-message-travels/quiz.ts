import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'who-reads-plain-text',
		type: 'single',
		prompt:
			'Alice sends Bob a message with no encryption at all. Which of the five stops can read it?',
		objectives: ['name-the-hops'],
		step: 'open-at-the-server',
		options: [
			{
				text: 'Only Alice’s phone and Bob’s phone.',
				explanation:
					'That is the goal of end-to-end encryption, not what happens without any. Unprotected, the same readable text passes through both networks and the server as well.'
			},
			{
				text: 'Alice, Bob and the provider’s server, but not the networks.',
				explanation:
					'This is roughly the picture under TLS, where the networks see only gibberish. With no encryption, the networks carry the words exactly as typed, so anyone on them can copy them.'
			},
			{
				text: 'All five: both phones, both networks and the provider’s server.',
				explanation:
					'Without encryption the message is like a postcard. Whoever runs the Wi-Fi or the mobile network, anyone tapping a cable, and the company storing it can all read the words.'
			},
			{
				text: 'Only the provider’s server, because it stores the message.',
				explanation:
					'Storing the message is one way to read it, but not the only one. The plain text also crosses both networks, where anyone on the path can copy it.'
			}
		],
		answer: 2
	},
	{
		id: 'tls-on-cafe-wifi',
		type: 'true-false',
		prompt:
			'True or false: With TLS, someone watching the café Wi-Fi that Alice is using sees only scrambled bytes, not her words.',
		objectives: ['compare-tls-and-e2ee', 'name-the-hops'],
		step: 'tls-on-the-network',
		answer: true,
		explanations: {
			true: 'TLS locks the pipe between Alice’s phone and the server, so the network carries only ciphertext. The watcher can still see that her phone is talking to the provider, when, and roughly how much.',
			false:
				'TLS is built precisely to stop eavesdropping between a client and a server. Anyone on the network between Alice and the provider sees ciphertext, though they can still tell that a conversation with the provider is happening.'
		}
	},
	{
		id: 'why-tls-server-reads',
		type: 'single',
		prompt: 'With transport encryption (TLS) alone, why can the provider read Alice’s message?',
		objectives: ['compare-tls-and-e2ee'],
		step: 'tls-at-the-server',
		options: [
			{
				text: 'Each TLS pipe ends at the server, which holds the key for its end, unlocks the message and locks it again for the pipe to Bob.',
				explanation:
					'TLS protects the link, not the message. The message is in plain text at the server between the two pipes, so the company can read it, store it and hand it over.'
			},
			{
				text: 'TLS uses weak encryption that the provider can break.',
				explanation:
					'The encryption in TLS is strong; a stranger on the network cannot break it. The provider does not need to break anything, because it is one of the two ends of the pipe and holds the key.'
			},
			{
				text: 'Alice’s phone sends the provider a spare copy of the message without encryption.',
				explanation:
					'There is no separate unencrypted copy. The provider reads the message because the encrypted pipe from Alice’s phone ends at its server, where it is unlocked.'
			},
			{
				text: 'Bob’s phone passes its key back to the provider after reading.',
				explanation:
					'Bob’s phone does not share keys with the provider. Under TLS the provider never needed Bob’s key: it unlocked the message itself when it arrived from Alice.'
			}
		],
		answer: 0
	},
	{
		id: 'warrant-across-designs',
		type: 'single',
		prompt:
			'A warrant orders the provider to hand over the text of Alice’s messages. In which designs can it do so simply by handing over what passes through its own servers?',
		objectives: ['warrant-yield'],
		step: 'tls-at-the-server',
		options: [
			{
				text: 'Only when there is no encryption at all.',
				explanation:
					'Without encryption it certainly can, but TLS does not stop it either: the TLS pipe ends at the provider’s server, where the message is unlocked and readable.'
			},
			{
				text: 'With no encryption and with TLS, but not with end-to-end encryption.',
				explanation:
					'In the first two designs the provider has the plain text, so it can be ordered to hand it over. End to end, its servers hold only ciphertext it has no key for, plus the metadata.'
			},
			{
				text: 'In all three designs, because every message passes through the provider.',
				explanation:
					'Passing through is not the same as being readable. End to end, the message crosses the server still locked, and the key to open it exists only on Bob’s phone.'
			},
			{
				text: 'Only with end-to-end encryption, because the provider keeps users’ keys.',
				explanation:
					'This is the reverse of how it works. With end-to-end encryption the server keeps only public keys; the private keys that unlock messages stay on the phones.'
			}
		],
		answer: 1
	},
	{
		id: 'e2ee-warrant-yield',
		type: 'single',
		prompt:
			'A provider that uses end-to-end encryption is served with a warrant about Alice. What can it give from its own records?',
		objectives: ['warrant-yield', 'limits-and-layers'],
		step: 'what-still-shows',
		options: [
			{
				text: 'Nothing at all: end-to-end encryption hides everything.',
				explanation:
					'Encryption hides the words, not the fact that a message was sent. The server must know who sent it, to whom and when in order to deliver it, and it can be ordered to produce those records.'
			},
			{
				text: 'The full text of her messages, once it has decrypted them.',
				explanation:
					'The provider cannot decrypt them: the private keys that unlock messages never leave the users’ phones. Producing the text would need a change to the design, the subject of later chapters.'
			},
			{
				text: 'Her private key, so the police can decrypt the messages themselves.',
				explanation:
					'The server keeps only the public halves of users’ keys. The private half stays on Alice’s phone, so the provider has none to give.'
			},
			{
				text: 'Metadata: who she contacted, when, and how large the messages were, but not what they said.',
				explanation:
					'That is what the server needs to deliver messages, so it is what it has. Sheryl Sandberg reportedly said in 2017 that such data about WhatsApp users was available to governments with a warrant.'
			}
		],
		answer: 3
	},
	{
		id: 'e2ee-hides-metadata',
		type: 'true-false',
		prompt:
			'True or false: End-to-end encryption hides who sent a message and when, as well as what it says.',
		objectives: ['limits-and-layers'],
		step: 'what-still-shows',
		answer: false,
		explanations: {
			true: 'It hides only the content. Who talks to whom, when and how much (the metadata) stays visible to the server, and in part to anyone watching the network, because the message could not be delivered without it.',
			false:
				'Only the words are hidden. The sender, the recipient, the time and the size are metadata, and the server has to see them to deliver the message.'
		}
	},
	{
		id: 'server-still-needed',
		type: 'true-false',
		prompt:
			'True or false: With end-to-end encryption the provider’s server is no longer involved; the message goes straight from Alice’s phone to Bob’s.',
		objectives: ['name-the-hops', 'compare-tls-and-e2ee'],
		step: 'e2ee-at-the-server',
		answer: false,
		explanations: {
			true: 'The route stays the same in all three designs: phone, network, server, network, phone. What changes is what the server can read. End to end, it still stores the message and passes it on, but only as ciphertext.',
			false:
				'The server still relays the message and keeps it until Bob’s phone collects it. It just cannot open it, because only Bob’s phone holds the key.'
		}
	},
	{
		id: 'why-two-layers',
		type: 'single',
		prompt:
			'WhatsApp’s messages are already end-to-end encrypted. Why does it also wrap all traffic between the app and its server in a separate encrypted channel?',
		objectives: ['limits-and-layers', 'compare-tls-and-e2ee'],
		step: 'two-layers',
		options: [
			{
				text: 'Because end-to-end encryption on its own lets the server read messages.',
				explanation:
					'The end-to-end layer already keeps the server out of the content. The outer channel is there to shut out someone else: people on the network.'
			},
			{
				text: 'Because the law requires two layers of encryption on every message.',
				explanation:
					'Nothing in this chapter points to such a law. The reason is practical: each layer protects against a different party.'
			},
			{
				text: 'Because each layer shuts out a different party: the inner layer keeps the server from the words, the outer keeps people on the network from the details the server needs, such as who a message is for.',
				explanation:
					'The two layers do different jobs. Someone on the café Wi-Fi sees only a phone talking to WhatsApp, while WhatsApp itself sees the metadata but not the content.'
			},
			{
				text: 'Because the second layer lets the provider read messages when a warrant arrives.',
				explanation:
					'The outer channel is unlocked at the server, but what it carries is the end-to-end ciphertext, which stays locked. Unwrapping the outer layer gives the provider metadata, not words.'
			}
		],
		answer: 2
	},
	{
		id: 'cloud-backup',
		type: 'single',
		prompt:
			'Bob’s chats are end-to-end encrypted, but his phone backs them up to a cloud service whose keys the cloud company holds. What follows?',
		objectives: ['limits-and-layers', 'warrant-yield'],
		step: 'beyond-the-ends',
		options: [
			{
				text: 'Nothing changes: end-to-end encryption also protects every copy of the chat.',
				explanation:
					'End-to-end encryption protects the message on its way between the two phones. A backup is a new copy, and it is only as private as the way that copy is stored.'
			},
			{
				text: 'The cloud company can read the backed-up chats, and so could be ordered to hand them over.',
				explanation:
					'A copy whose keys the company holds is one it can open. Apple’s standard iCloud setting works like this for most data; only with the optional Advanced Data Protection do the keys stay on the user’s devices alone.'
			},
			{
				text: 'The messaging provider can now read the messages as they travel.',
				explanation:
					'The journey is unchanged: the messaging provider still relays ciphertext it cannot read. The gap is the stored copy at the cloud company, not the messages in transit.'
			},
			{
				text: 'The backup cannot be made at all, because the messages are encrypted.',
				explanation:
					'On Bob’s phone the messages are plain text, since that is where he reads them, so a backup can copy them. That is exactly why backups are a gap.'
			}
		],
		answer: 1
	},
	{
		id: 'what-the-server-still-sees',
		type: 'multiple',
		prompt:
			'Alice sends Bob a message with end-to-end encryption. Which of these can the provider’s server still see?',
		objectives: ['limits-and-layers', 'warrant-yield'],
		step: 'what-still-shows',
		options: [
			{
				text: 'That the message came from Alice',
				explanation: 'The server has to know who is sending to route and store the message.'
			},
			{
				text: 'That it is for Bob',
				explanation: 'It cannot deliver the message without knowing the recipient.'
			},
			{
				text: 'When it was sent',
				explanation: 'The server sees the moment the message arrives and when it is passed on.'
			},
			{
				text: 'Roughly how long it is',
				explanation:
					'The ciphertext is about as long as the message, so its size shows even though its content does not.'
			},
			{
				text: 'The words of the message',
				explanation:
					'These are sealed for Bob’s phone. The server relays ciphertext it holds no key for, as the diagram showed when it tried.'
			},
			{
				text: 'The key that unlocks it',
				explanation:
					'The key is worked out on the two phones and never travels, so the server never has it.'
			}
		],
		answers: [0, 1, 2, 3]
	}
];
