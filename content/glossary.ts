import type { GlossaryTerm } from '$lib/content/types';

/** Every technical and legal term the chapters use, in alphabetical order of `term`. */
export const glossary: GlossaryTerm[] = [
	{
		id: 'advanced-data-protection',
		term: 'Advanced Data Protection (ADP)',
		definition:
			'An optional Apple setting, introduced in December 2022, that extends end-to-end encryption to most of what an iPhone keeps in iCloud, including device backups and photos, so that Apple no longer holds the keys. Apple stopped offering it to new users in the UK in February 2025.'
	},
	{
		id: 'aes-gcm',
		term: 'AES-GCM',
		definition:
			'A widely used cipher that locks data under a secret key and, in the same step, calculates an authentication tag so that any change can be spotted; this combination is called authenticated encryption. This site uses AES-256-GCM, whose key is 256 bits (32 bytes) long.'
	},
	{
		id: 'authentication-tag',
		term: 'Authentication tag',
		definition:
			'A short check value, 16 bytes in AES-GCM, calculated from the key and every byte that is sent. The receiver calculates it again and, if the two do not match, refuses to unlock anything, so an altered message is rejected rather than read.'
	},
	{
		id: 'back-door',
		term: 'Back door',
		definition:
			'A deliberate way round a system’s security that lets someone other than its intended users get in. Critics warn that an entrance built for the authorities could also be found and used by criminals or hostile states.'
	},
	{
		id: 'brute-force-attack',
		term: 'Brute-force attack',
		definition:
			'Breaking encryption by trying every possible key, one after another, until one works. Each extra bit of key length doubles the number of keys to try, so a long enough key puts it beyond any computer.'
	},
	{
		id: 'bulk-interception',
		term: 'Bulk interception',
		definition:
			'Collecting large volumes of communications, for example traffic on cables, rather than those of one named person, and then searching them for material of interest. The Investigatory Powers Act 2016 allows it under a bulk interception warrant.'
	},
	{
		id: 'bulk-personal-dataset',
		term: 'Bulk personal dataset',
		definition:
			'A large collection of information about many people, such as a database, that an intelligence agency obtains, keeps and searches; most of the people in it are of no interest to the agency. Part 7 of the Investigatory Powers Act 2016 covers them.'
	},
	{
		id: 'chain-key',
		term: 'Chain key',
		definition:
			'A secret whose only job is to produce the next keys in a conversation. For each message it is run through a one-way function to make that message’s key and a new chain key, and the old chain key is then deleted.'
	},
	{
		id: 'chat-control',
		term: 'Chat control',
		definition:
			'Critics’ name for the European Union’s proposed regulation to prevent and combat child sexual abuse online, put forward in May 2022. As first proposed, it would have let authorities order messaging services, end-to-end encrypted ones included, to search their users’ messages for abuse material.'
	},
	{
		id: 'ciphertext',
		term: 'Ciphertext',
		definition:
			'The scrambled form of a message after encryption. Without the right key it looks like random bytes and cannot be turned back into the original words.'
	},
	{
		id: 'client-side-scanning',
		term: 'Client-side scanning',
		definition:
			'Checking messages or photos on the user’s own device, before they are encrypted or after they are decrypted, and reporting matches to someone outside the conversation. The encryption itself is left untouched, which is why critics say it goes round end-to-end encryption rather than breaking it.'
	},
	{
		id: 'communications-data',
		term: 'Communications data',
		definition:
			'The Investigatory Powers Act’s name for information about a communication rather than what it says: who contacted whom, when and by what means. It is what this course calls metadata.'
	},
	{
		id: 'diffie-hellman-key-agreement',
		term: 'Diffie–Hellman key agreement',
		definition:
			'A method, published by Whitfield Diffie and Martin Hellman in 1976, by which two parties reach the same shared secret while exchanging only public values. An onlooker who sees those values cannot work out the secret without solving the discrete logarithm problem, which is believed to be infeasible at the key sizes used today.'
	},
	{
		id: 'double-lock',
		term: 'Double lock',
		definition:
			'The name for two separate approvals: a minister decides, and an independent senior judge, a Judicial Commissioner, must agree before the decision takes effect. Under the Investigatory Powers Act a technical capability notice needs both.'
	},
	{
		id: 'electronic-protection',
		term: 'Electronic protection',
		definition:
			'The Investigatory Powers Act’s phrase for measures, such as encryption, that a company applies to communications or data. A technical capability notice can oblige a company to be able to remove protection that it applied itself.'
	},
	{
		id: 'encryption',
		term: 'Encryption',
		definition:
			'Using a key to turn readable information into ciphertext, so that only someone with the right key can turn it back. The reverse step is called decryption.'
	},
	{
		id: 'end-to-end-encryption',
		term: 'End-to-end encryption (E2EE)',
		definition:
			'Encryption in which a message is locked on the sender’s device and can be unlocked only on the recipient’s. The provider’s servers carry it but never hold the keys, so they cannot read the words.'
	},
	{
		id: 'equipment-interference',
		term: 'Equipment interference',
		definition:
			'The Investigatory Powers Act’s term for hacking: getting into phones, computers or other devices to obtain data from them. It needs a warrant and can be aimed at particular devices or carried out in bulk.'
	},
	{
		id: 'exceptional-access',
		term: 'Exceptional access',
		definition:
			'A way for the authorities to read encrypted messages or data in particular cases, usually under a warrant, while everyone else stays locked out. Supporters see it as the modern form of a lawful phone tap; critics argue that any such way in is a back door that others can find and use too.'
	},
	{
		id: 'forward-secrecy',
		term: 'Forward secrecy',
		definition:
			'Protection for past messages if a key is stolen later. Because each new key is made from the last by a one-way step and old keys are deleted, the key a phone holds now cannot be used to rebuild earlier message keys.'
	},
	{
		id: 'function-creep',
		term: 'Function creep',
		definition:
			'The gradual widening of a system beyond the purpose it was built and approved for, such as a scanning list meant for one kind of material that is later extended to others.'
	},
	{
		id: 'ghost-participant',
		term: 'Ghost participant (ghost user)',
		definition:
			'A proposed way into encrypted chats, set out by two GCHQ officials in 2018: the provider silently adds a hidden extra recipient, such as a police device, to a conversation, so that every message is also encrypted for it. It stays hidden only if the apps stop telling users that a new device has joined.'
	},
	{
		id: 'going-dark',
		term: 'Going dark',
		definition:
			'A phrase used in the encryption debate for the worry that, as more communication is encrypted end to end, police and intelligence agencies lose sight of content they could once obtain with a warrant.'
	},
	{
		id: 'gifct',
		term: 'GIFCT (Global Internet Forum to Counter Terrorism)',
		definition:
			'An industry body founded in June 2017 by Facebook, Microsoft, Twitter and YouTube to build shared tools for finding and removing terrorist content online. It was set up a few months after those firms promised the Home Secretary, in March 2017, to lead such a forum.'
	},
	{
		id: 'hex',
		term: 'Hex (hexadecimal)',
		definition:
			'A way of writing bytes with the digits 0 to 9 and the letters a to f, two characters for each byte. It is a compact way to display keys and ciphertext, which are really just long strings of numbers.'
	},
	{
		id: 'hkdf',
		term: 'HKDF',
		definition:
			'Short for HMAC-based key derivation function: a standard recipe that takes one secret, such as a Diffie–Hellman result, and turns it into several fresh keys. Learning one of the keys it produces tells you nothing useful about the others.'
	},
	{
		id: 'hmac-sha-256',
		term: 'HMAC-SHA-256',
		definition:
			'A keyed calculation, built on the SHA-256 hash function, that turns a key and some input into 32 bytes of output. It is one-way, so the output cannot be worked backwards to find the key, which is why a ratchet can use it to step its chain forward.'
	},
	{
		id: 'identity-key',
		term: 'Identity key',
		definition:
			'A long-term key pair that stands for one user’s device. Its public half is shared through the server and is what a safety number is made from; its private half never leaves the phone.'
	},
	{
		id: 'internet-connection-records',
		term: 'Internet connection records',
		definition:
			'Records that an internet or phone company can be required to keep of the internet connections its customers’ devices make. They are a kind of communications data: they log connections, not the words sent over them.'
	},
	{
		id: 'investigatory-powers-amendment-act-2024',
		term: 'Investigatory Powers (Amendment) Act 2024',
		definition:
			'A UK law, given Royal Assent on 25 April 2024, that updates the Investigatory Powers Act 2016. Among other changes, it lets the government require a company to tell it in advance about certain planned changes to its service.'
	},
	{
		id: 'investigatory-powers-act-2016',
		term: 'Investigatory Powers Act 2016 (IPA)',
		definition:
			'The UK law, given Royal Assent on 29 November 2016, that sets out the powers of police and intelligence agencies to intercept communications, hack devices and collect data about communications, including in bulk. Critics nicknamed it the Snoopers’ Charter.'
	},
	{
		id: 'investigatory-powers-tribunal',
		term: 'Investigatory Powers Tribunal (IPT)',
		definition:
			'The UK tribunal that hears complaints and legal challenges about the use of surveillance powers by public bodies, including the intelligence agencies. Apple took the Home Office’s technical capability notice there in 2025.'
	},
	{
		id: 'judicial-commissioner',
		term: 'Judicial Commissioner',
		definition:
			'A senior judge, serving or retired, appointed under the Investigatory Powers Act to review decisions by ministers and others. Under the Act’s double lock, a technical capability notice cannot be given until a Judicial Commissioner has approved it.'
	},
	{
		id: 'judicial-review',
		term: 'Judicial review',
		definition:
			'A court case in which judges decide whether a public body, such as a government department, has acted lawfully, including whether the rules it relies on fit higher law such as human rights law.'
	},
	{
		id: 'key-escrow',
		term: 'Key escrow',
		definition:
			'An arrangement in which a copy of the key that unlocks data, or the means to recover it, is held by a third party such as a government agency, to be handed over under a warrant. The US Clipper chip of 1993 was the best-known example.'
	},
	{
		id: 'key-length',
		term: 'Key length',
		definition:
			'The size of a key in bits. Each extra bit doubles the number of possible keys: a 56-bit key can take about 72 million billion values, a 128-bit key about 3.4 × 10³⁸.'
	},
	{
		id: 'key-pair',
		term: 'Key pair',
		definition:
			'Two keys made together: a private key that is kept secret and a public key that can be shared. The public key is easy to work out from the private one, but not the other way round.'
	},
	{
		id: 'lawful-interception',
		term: 'Lawful interception',
		definition:
			'Capturing communications with legal authority, such as a warrant, usually with the help of the company that carries them. Telephone companies are often required by law to build equipment for it into their networks.'
	},
	{
		id: 'man-in-the-middle',
		term: 'Man-in-the-middle attack',
		definition:
			'An attack in which someone between two people, such as a hacked or coerced server, quietly swaps in keys of their own, so that each side unknowingly shares a secret with the attacker. The attacker can then read every message and lock it again before passing it on; comparing safety numbers exposes the swap.'
	},
	{
		id: 'message-key',
		term: 'Message key',
		definition:
			'A key used to lock exactly one message and then deleted. On this site each one is made from the chain key and used with AES-256-GCM; in WhatsApp each message key is 80 bytes long.'
	},
	{
		id: 'metadata',
		term: 'Metadata',
		definition:
			'Information about a message rather than what it says: who sent it, to whom, when, and how large it was. End-to-end encryption hides the words but not the metadata, because the server needs it to deliver the message.'
	},
	{
		id: 'nonce',
		term: 'Nonce',
		definition:
			'Short for number used once: a value, 12 random bytes on this site, that AES-GCM uses alongside the key so that no two messages are locked in exactly the same way. It need not be kept secret, but it must never be reused with the same key.'
	},
	{
		id: 'perceptual-hash',
		term: 'Perceptual hash (fingerprint)',
		definition:
			'A short code calculated from a picture or a piece of text, designed so that near-identical copies give the same or a very similar code. A scanning system compares these fingerprints with a list, so nobody needs to see the list’s originals, and nobody can tell from the list what it is looking for.'
	},
	{
		id: 'online-safety-act-2023',
		term: 'Online Safety Act 2023',
		definition:
			'The UK law, given Royal Assent on 26 October 2023, that makes online services responsible for dealing with illegal and harmful content, under the oversight of Ofcom. Its section 121 lets Ofcom require a service to use accredited technology to find terrorism or child sexual abuse content, which for an encrypted service would mean scanning on the phone.'
	},
	{
		id: 'plaintext',
		term: 'Plaintext',
		definition: 'The readable form of a message, before it is encrypted or after it is decrypted.'
	},
	{
		id: 'post-compromise-security',
		term: 'Post-compromise security',
		definition:
			'The ability of a conversation to shut a thief out again after a key has been stolen, as long as the thief does not keep control of the phone. Signal’s Double Ratchet achieves it by mixing fresh Diffie–Hellman results into the keys; this site’s simpler ratchet does not show that part.'
	},
	{
		id: 'prekey',
		term: 'Prekey',
		definition:
			'A spare public key that a phone uploads to the messaging server in advance. It lets someone start an encrypted chat with that phone even while the phone is switched off.'
	},
	{
		id: 'private-key',
		term: 'Private key',
		definition:
			'The half of a key pair that must stay secret; in a messaging app it never leaves the device that made it. Combined with someone else’s public key it produces a shared secret, so anyone who copied it could take its owner’s place.'
	},
	{
		id: 'public-key',
		term: 'Public key',
		definition:
			'The half of a key pair that can be given to anyone, for example by leaving it on a messaging server. Working backwards from it to the private key is believed to be far beyond any computer at the key sizes used today.'
	},
	{
		id: 'ratchet',
		term: 'Ratchet (Double Ratchet)',
		definition:
			'A mechanism that moves keys forward one step at a time and cannot be turned back. This site uses the symmetric ratchet, a chain of keys stepped on with every message; Signal’s Double Ratchet adds a second, Diffie–Hellman ratchet that lets a conversation recover after a key is stolen.'
	},
	{
		id: 'safety-number',
		term: 'Safety number (security code)',
		definition:
			'A 60-digit number, made from the public keys of the two people in a chat, which they can compare to check that nobody has swapped a key. WhatsApp calls it a security code; the one on this site follows a simplified recipe, not the apps’ exact one.'
	},
	{
		id: 'shared-secret',
		term: 'Shared secret',
		definition:
			'A value that two parties both know and nobody else does. In Diffie–Hellman key agreement each side calculates it separately, so it never has to be sent.'
	},
	{
		id: 'technical-capability-notice',
		term: 'Technical capability notice (TCN)',
		definition:
			'An order under section 253 of the Investigatory Powers Act 2016 that requires a company to build and keep the ability to help with warrants, which can include removing electronic protection it applied itself. The Home Secretary may give one only if it is necessary and proportionate, and only with a Judicial Commissioner’s approval.'
	},
	{
		id: 'tls',
		term: 'TLS (Transport Layer Security)',
		definition:
			'The standard form of transport encryption, behind the padlock in a web browser, which protects data on its way between a device and a server. The protection ends at the server, which unlocks the data and can read it.'
	},
	{
		id: 'warrant',
		term: 'Warrant',
		definition:
			'A formal legal authorisation that allows the authorities to do something that would otherwise be unlawful, such as intercepting messages or hacking a device. It sets out what may be done, to whom or what, and why.'
	},
	{
		id: 'x25519',
		term: 'X25519',
		definition:
			'A fast, widely used form of Diffie–Hellman key agreement on an elliptic curve called Curve25519, with keys 32 bytes long. WhatsApp’s keys use Curve25519, and this site uses X25519 wherever the browser supports it.'
	}
];
