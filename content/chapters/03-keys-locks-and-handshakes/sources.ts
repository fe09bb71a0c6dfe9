import type { Source } from '$lib/content/types';

/**
 * The sources chapter 3 is the first to cite, in the order a reader meets them. It also cites
 * chapter 2's `whatsapp-whitepaper-2016`.
 */
export const sources: Source[] = [
	{
		id: 'diffie-hellman-1976',
		title: 'New Directions in Cryptography',
		publisher:
			'IEEE Transactions on Information Theory, IT-22(6) (Whitfield Diffie and Martin Hellman)',
		date: 'November 1976',
		url: 'https://ee.stanford.edu/~hellman/publications/24.pdf',
		note: 'The paper that proposed public-key cryptography and a way for two strangers to agree a key over an open channel (Diffie–Hellman key exchange). Linked as the copy on Martin Hellman’s Stanford publications page.'
	},
	{
		id: 'signal-x3dh-2016',
		title: 'The X3DH Key Agreement Protocol',
		publisher: 'Signal (Moxie Marlinspike and Trevor Perrin)',
		date: 'Revision 1, 4 November 2016',
		url: 'https://signal.org/docs/specifications/x3dh/',
		note: 'How prekeys let a conversation start while the recipient is offline, and that the handshake gives forward secrecy.'
	},
	{
		id: 'signal-double-ratchet-2016',
		title: 'The Double Ratchet Algorithm',
		publisher: 'Signal (Trevor Perrin, editor, and Moxie Marlinspike)',
		date: 'Revision 1, 20 November 2016',
		url: 'https://signal.org/docs/specifications/doubleratchet/',
		note: 'Its two halves: the symmetric-key ratchet, a one-way chain of keys (forward secrecy), and the Diffie–Hellman ratchet, which recovers from a key theft.'
	},
	{
		id: 'oxford-signal-pcs-seminar-2016',
		title: 'Post-compromise security and the Signal protocol',
		publisher:
			'Department of Computer Science, University of Oxford (seminar by Katriel Cohn-Gordon)',
		date: '28 October 2016',
		url: 'http://cs.ox.ac.uk/seminars/1727.html',
		note: 'Abstract of a talk on the first formal security analysis of Signal, by Cohn-Gordon, Cremers, Garratt and colleagues, which covers a form of post-compromise security.'
	},
	{
		id: 'bitdefender-whatsapp-2017',
		title: 'UK government demands backdoors in end-to-end encryption',
		publisher: 'Bitdefender HOTforSecurity',
		date: 'March 2017',
		url: 'https://hotforsecurity.bitdefender.com/blog/uk-government-demands-backdoors-in-end-to-end-encryption-17847.html',
		note: 'Quotes WhatsApp’s statement, made in the week of Amber Rudd’s demand, that keys stolen from a phone cannot be used to decrypt messages sent earlier.'
	},
	{
		id: 'whatsapp-security-code-faq',
		title: 'Security code change notification',
		publisher: 'WhatsApp Help Center',
		date: 'Undated help page',
		url: 'https://faq.whatsapp.com/en/general/28030014',
		note: 'For the 60-digit security code and QR code of each one-to-one chat, that it is not the key itself, why it changes, and the option to be notified.'
	},
	{
		id: 'techlore-signal-safety-numbers',
		title: 'A Guide To Verifying Signal Safety Numbers',
		publisher: 'Techlore forum',
		date: 'Undated community guide',
		url: 'https://discuss.techlore.tech/t/a-guide-to-verifying-signal-safety-numbers/2289',
		note: 'A third-party guide, not Signal’s own documentation. Used for Signal’s name for the check and for comparing it in person to catch a swapped key.'
	}
];
