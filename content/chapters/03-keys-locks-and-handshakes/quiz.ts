import type { Question } from '$lib/quiz/types';

export const questions: Question[] = [
	{
		id: 'why-publish-the-public-key',
		type: 'single',
		prompt: 'Why is it safe for Alice to let anyone, including the server, have her public key?',
		objectives: ['public-and-private'],
		step: 'publish-the-public-half',
		options: [
			{
				text: 'The server encrypts the public key before anyone else can see it.',
				explanation:
					'Public keys are handed out as they are: the server stores them and gives them to anyone who asks. Their safety comes from maths, not from being hidden.'
			},
			{
				text: 'A public key only works for a single message and then expires.',
				explanation:
					'An identity key in WhatsApp is long-term and stays the same until the app is reinstalled or the phone changes. What changes with every message is the message key, which is a different thing.'
			},
			{
				text: 'Working the private key out from the public key is, as far as anyone knows, far too slow to be possible.',
				explanation:
					'Making the public key from the private one takes a moment; going back the other way is believed to be out of reach. That one-way gap is what Diffie and Hellman’s 1976 idea rests on.'
			},
			{
				text: 'The public key is useless on its own, so it does not matter who has it.',
				explanation:
					'It is far from useless: combined with someone else’s private key, it makes a shared secret. What it cannot do is open anything by itself, because that always needs a private key.'
			}
		],
		answer: 2
	},
	{
		id: 'private-key-stays-home',
		type: 'true-false',
		prompt:
			'True or false: To receive messages, Bob’s phone has to upload his private key to the server so that the server can deliver them to him.',
		objectives: ['public-and-private'],
		step: 'two-keys-each',
		answer: false,
		explanations: {
			true: 'The server only ever needs, and only ever gets, public keys. Delivering a message needs an address, not a key; if Bob’s private key were on the server, the server could read his messages.',
			false:
				'A private key is made on the phone and stays there. WhatsApp’s server stores only the public halves, which is why it can hand out keys without being able to read what they protect.'
		}
	},
	{
		id: 'watcher-and-the-paint',
		type: 'single',
		prompt:
			'In the paint picture, a watcher sees the shared yellow and both half-mixed pots. Why can’t the watcher make the final colour too?',
		objectives: ['key-agreement'],
		step: 'mixing-paint',
		options: [
			{
				text: 'The pots are sealed, so the watcher never sees what colour they are.',
				explanation:
					'The pots travel openly: the whole point of the picture is that everything sent can be seen. The secret lies in what is never sent.'
			},
			{
				text: 'Alice and Bob change the starting yellow halfway through.',
				explanation:
					'The starting colour is agreed in public and stays the same. The watcher knows it, and it still does not help.'
			},
			{
				text: 'The watcher would need to mix the two pots together, which gives the wrong shade.',
				explanation:
					'Mixing the two pots is indeed no good, since it puts in the yellow twice, but that is not the deeper reason. The real obstacle is that neither secret colour can be recovered from the pots.'
			},
			{
				text: 'Making the final colour needs one of the secret colours, and mixed paint cannot be separated to get one back.',
				explanation:
					'Alice and Bob each add their own secret to the other’s pot. The watcher has no secret to add, and cannot pull one out of a mixture. The real maths plays the same trick with numbers.'
			}
		],
		answer: 3
	},
	{
		id: 'eavesdropper-has-both-public-keys',
		type: 'single',
		prompt:
			'An eavesdropper records both public keys as they pass through the network. What stops them working out the shared secret?',
		objectives: ['key-agreement'],
		step: 'what-the-eavesdropper-sees',
		options: [
			{
				text: 'Making the secret needs one of the private keys, and getting a private key from a public key is believed to be infeasible.',
				explanation:
					'Each phone combines its own private key with the other’s public key. The eavesdropper has two public keys and no private key, so it has nothing to combine them with.'
			},
			{
				text: 'The shared secret is sent in a separate, encrypted message that the eavesdropper misses.',
				explanation:
					'The shared secret is never sent at all, encrypted or not. Each phone works it out on its own, which is why there is nothing to intercept.'
			},
			{
				text: 'Nothing: anyone with both public keys can combine them into the secret.',
				explanation:
					'If that were so, the server, which hands out both public keys, could read every message. Combining two public keys gets you nowhere; the calculation needs a private key.'
			},
			{
				text: 'Public keys change every second, so a recording is out of date at once.',
				explanation:
					'Identity keys last until someone reinstalls the app or changes phone. The protection does not come from speed but from the one-way maths.'
			}
		],
		answer: 0
	},
	{
		id: 'stolen-chain-key',
		type: 'single',
		prompt:
			'On this page, a thief copies the chain key Alice’s phone holds just before her 11th message. Which of her messages can that key open?',
		objectives: ['forward-secrecy'],
		step: 'steal-todays-key',
		options: [
			{
				text: 'All of them, from the first message on.',
				explanation:
					'Each chain key is made from the one before by a one-way function, and the old ones are deleted. There is no path back to the keys for messages 1 to 10.'
			},
			{
				text: 'None of the ten already sent, but the 11th and the ones after it.',
				explanation:
					'The chain only runs forward, so the old messages stay shut: that is forward secrecy. The stolen key does run forward, which is why the real Double Ratchet keeps mixing in fresh Diffie–Hellman values to lock the thief out again.'
			},
			{
				text: 'Only the ten already sent.',
				explanation:
					'This is the reverse of what happens. A chain key can make every later key but none of the earlier ones.'
			},
			{
				text: 'None at all, past or future.',
				explanation:
					'Forward secrecy protects the past, not the future. From a chain key you can work out every key that comes after it in the chain, until fresh Diffie–Hellman values change the keys.'
			}
		],
		answer: 1
	},
	{
		id: 'unlocked-phone',
		type: 'true-false',
		prompt:
			'True or false: Forward secrecy keeps your old messages safe even from someone who takes your unlocked phone.',
		objectives: ['forward-secrecy'],
		step: 'healing-after-a-theft',
		answer: false,
		explanations: {
			true: 'Forward secrecy is about keys, not about the phone. It stops a stolen key from opening old encrypted messages, but someone holding the phone can simply read the messages stored on it, and pose as you.',
			false:
				'Whoever holds the phone can read what is stored on it. Forward secrecy protects old messages as they were sent, from someone who later steals a key; it cannot protect what the phone itself keeps and shows.'
		}
	},
	{
		id: 'safety-number-is-public',
		type: 'true-false',
		prompt:
			'True or false: It is safe to read your safety number aloud to a friend over a phone call, because it is made from public keys and is not the secret key itself.',
		objectives: ['safety-numbers'],
		step: 'compare-the-numbers',
		answer: true,
		explanations: {
			true: 'The number is a fingerprint of the two public keys. Anyone could work it out from them, so hearing it gives nothing away; its only job is to let two people check they hold the same keys.',
			false:
				'It is safe. The number is made from public keys, not from the shared secret or any private key, and WhatsApp says the same of its security code. Keeping it hidden would add nothing.'
		}
	},
	{
		id: 'number-has-changed',
		type: 'single',
		prompt: 'Your safety number with a friend has suddenly changed. What could that mean?',
		objectives: ['safety-numbers'],
		step: 'a-key-swapped-in-the-middle',
		options: [
			{
				text: 'Someone is certainly reading your messages.',
				explanation:
					'A swapped key is one possibility, but not the only one and not the most common. The number also changes whenever your friend reinstalls the app or gets a new phone.'
			},
			{
				text: 'Nothing: safety numbers change every day to keep things fresh.',
				explanation:
					'A safety number stays the same for as long as the two public keys do. A change means something it is made from, usually one of the keys, has changed.'
			},
			{
				text: 'Either your friend has a new phone or reinstalled the app, or someone has swapped a key; comparing numbers in person tells you which.',
				explanation:
					'Both innocent and hostile changes alter the key, so the number alone cannot say which happened. Checking the new number face to face, or over a channel you trust, settles it.'
			},
			{
				text: 'Your messages are no longer encrypted.',
				explanation:
					'The messages are still encrypted, just possibly to a different key. That is exactly what makes a swapped key dangerous: everything still seems to work.'
			}
		],
		answer: 2
	},
	{
		id: 'why-the-numbers-stop-matching',
		type: 'single',
		prompt:
			'When the server secretly swaps in its own keys, why do Alice’s and Bob’s safety numbers stop matching?',
		objectives: ['safety-numbers', 'key-agreement'],
		step: 'a-key-swapped-in-the-middle',
		options: [
			{
				text: 'Each phone makes its number from the public keys it actually holds, and each now holds one of the server’s keys instead of the other person’s.',
				explanation:
					'Alice’s number comes from her key and the server’s; Bob’s from the server’s and his. Different keys in, different digits out. To make the numbers match again the server would have to hand out the real keys, whose private halves it does not have.'
			},
			{
				text: 'The server deliberately sends each of them a different number to warn them.',
				explanation:
					'The server sends no number at all. Each phone works its number out for itself, which is why a server in the middle cannot control it.'
			},
			{
				text: 'The swapped keys make the messages fail to decrypt, and the app shows a new number as an error code.',
				explanation:
					'The messages decrypt perfectly: the server unlocks each one and locks it again for the other side. The mismatched number is the only sign.'
			},
			{
				text: 'They match in fact; only the QR codes differ.',
				explanation:
					'The QR code and the digits are two forms of the same fingerprint, so if one differs, the other does too.'
			}
		],
		answer: 0
	},
	{
		id: 'flip-one-byte',
		type: 'single',
		prompt:
			'In the lab, flipping one byte of the ciphertext makes decryption refuse outright. Why doesn’t it just return a slightly garbled message?',
		objectives: ['key-agreement'],
		step: 'one-key-per-message',
		options: [
			{
				text: 'Because the flipped byte scrambles every other byte of the message.',
				explanation:
					'In the mode AES-GCM uses, a flipped bit changes only the matching bit of the message; the rest would decrypt normally. The refusal comes from a separate check.'
			},
			{
				text: 'Because the browser does not know which byte was changed, so it gives up.',
				explanation:
					'It does not need to know which byte changed, and it does not try to find out. One check covers the whole message at once.'
			},
			{
				text: 'Because changing a byte changes the key as well.',
				explanation:
					'The key lives on the phones and is never sent, so changing bytes in transit cannot touch it. What the change breaks is the tag.'
			},
			{
				text: 'Because AES-GCM works out the tag again from the key and the bytes that arrived, and releases nothing if it does not match the tag that was sent.',
				explanation:
					'This is authenticated encryption. Without the check, a changed byte could turn one message into a different, readable one, such as a 1 into a 9, and you would never know. Only someone with the key could make a matching tag.'
			}
		],
		answer: 3
	},
	{
		id: 'steps-of-a-sealed-message',
		type: 'ordering',
		prompt: 'Put the steps of sending an end-to-end encrypted message in order.',
		objectives: ['key-agreement', 'public-and-private'],
		step: 'one-key-per-message',
		items: [
			{
				text: 'Each phone makes a key pair: a private key and a public key',
				explanation: 'Everything starts from the keys each phone makes for itself.'
			},
			{
				text: 'The phones swap public keys, through the server',
				explanation: 'Only the public halves travel; the private keys never leave the phones.'
			},
			{
				text: 'Each phone combines its private key with the other’s public key',
				explanation:
					'Both arrive at the same shared secret without it ever being sent: the key agreement.'
			},
			{
				text: 'A key for this one message is made from the shared secret',
				explanation: 'Each message gets its own key, made one way from the chain before it.'
			},
			{
				text: 'Alice’s phone seals the message with AES-GCM and sends it',
				explanation: 'What travels is ciphertext plus a tag that detects any change.'
			},
			{
				text: 'Bob’s phone makes the same message key and opens it',
				explanation: 'Bob’s phone can work out the same key, so it alone can read the words.'
			}
		]
	},
	{
		id: 'key-words',
		type: 'matching',
		prompt: 'Match each term to what it means.',
		objectives: ['public-and-private', 'safety-numbers'],
		step: 'compare-the-numbers',
		pairs: [
			{
				term: 'Public key',
				definition: 'Half of a key pair that can be shared with anyone',
				explanation: 'Working back from it to the private key is believed to be infeasible.'
			},
			{
				term: 'Private key',
				definition: 'Half of a key pair that never leaves the phone',
				explanation: 'Combined with someone else’s public key, it gives the shared secret.'
			},
			{
				term: 'Shared secret',
				definition: 'The value both phones compute but never send',
				explanation: 'Each side gets it from its own private key and the other’s public key.'
			},
			{
				term: 'Safety number',
				definition: 'Digits made from both phones’ public keys, to compare',
				explanation: 'If a key has been swapped, the two phones show different numbers.'
			}
		]
	},
	{
		id: 'try-every-key',
		type: 'numeric',
		prompt:
			'A 128-bit key can be any of about 3.4 × 10³⁸ values. A computer trying a trillion (10¹²) keys a second would need how many years, at most, to try them all?',
		objectives: ['key-agreement'],
		step: 'what-the-eavesdropper-sees',
		answer: 1.1e19,
		unit: 'years',
		tolerance: { kind: 'magnitude', orders: 1 },
		explanation:
			'3.4 × 10³⁸ keys ÷ 10¹² keys a second = 3.4 × 10²⁶ seconds. A year is about 3.2 × 10⁷ seconds, so that is about 1.1 × 10¹⁹ years: hundreds of millions of times the age of the universe. Guessing the key is not a way in.'
	}
];
