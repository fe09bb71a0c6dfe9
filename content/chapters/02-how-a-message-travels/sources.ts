import type { Source } from '$lib/content/types';

/**
 * The sources chapter 2 is the first to cite, in the order a reader meets them. It also cites
 * chapter 1's `pa-apps-secret-place` and `cw-rudd-backs-down`. The WhatsApp white paper is cited
 * again in chapter 3, by the same id; its note covers both chapters' uses.
 */
export const sources: Source[] = [
	{
		id: 'rfc-8446-tls-1-3',
		title: 'RFC 8446: The Transport Layer Security (TLS) Protocol Version 1.3',
		publisher: 'IETF (RFC Editor)',
		date: 'August 2018',
		url: 'https://rfc-editor.org/info/rfc8446',
		note: 'The standard for TLS 1.3. The IETF has since listed a successor, RFC 9846, which keeps TLS 1.3; this course teaches from RFC 8446.'
	},
	{
		id: 'whatsapp-whitepaper-2016',
		title: 'WhatsApp Encryption Overview: Technical white paper',
		publisher: 'WhatsApp',
		date: 'April 2016; updated December 2017 and October 2020',
		url: 'https://www.whatsapp.com/security/WhatsApp-Security-Whitepaper.pdf',
		note: 'For the server holding only public keys, and for the separate encrypted channel that carries all traffic between app and server (the names of that channel’s building blocks were seen only in the paper’s contents list and a third-party program, so they are reported with caution). Also for WhatsApp’s Curve25519 identity keys and prekeys, the three or four Diffie–Hellman calculations that start a chat, 80-byte message keys thrown away after use, and a new exchange on every round trip. Linked at WhatsApp’s long-standing address for the paper; revisions differ in wording.'
	},
	{
		id: 'cacm-metadata-private',
		title: 'Metadata-private communication for the 99%',
		publisher: 'Communications of the ACM (record at the Hebrew University of Jerusalem)',
		date: 'September 2019',
		url: 'https://cris.huji.ac.il/en/publications/metadata-private-communication-for-the-99',
		note: 'A review article: end-to-end encryption hides what messages say, not who talks to whom, when, and how much.'
	},
	{
		id: 'ibtimes-rudd-encryption-aug-2017',
		title: "Why Amber Rudd's anti-WhatsApp encryption spiel is technologically illiterate rubbish",
		publisher: 'International Business Times UK',
		date: 'August 2017',
		url: 'https://www.ibtimes.co.uk/why-amber-rudds-anti-whatsapp-encryption-spiel-technologically-illiterate-rubbish-1632927',
		note: 'An opinion piece. Used in chapter 2 only for its report of what Sheryl Sandberg told the BBC about WhatsApp metadata, which we have seen only second-hand; chapter 6 uses its account of Amber Rudd’s newspaper article of August 2017, whose paywalled original we have not read.'
	},
	{
		id: 'whatsapp-e2ee-complete-2016',
		title: '[Report: communications on WhatsApp are now fully end-to-end encrypted]',
		publisher: 'darkseals (blog copy of news coverage)',
		date: 'April 2016',
		url: 'https://darkseals.blogspot.com/2016/04/communications-on-whatsapp-are-now.html',
		note: 'A blog’s copy of the news coverage of the announcement of 5 April 2016, quoting Open Whisper Systems. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	},
	{
		id: 'apple-icloud-data-security',
		title: 'iCloud data security overview',
		publisher: 'Apple Support',
		date: 'Undated support page (article 102651)',
		url: 'https://support.apple.com/en-gb/102651',
		note: 'Shows the difference between standard data protection, where Apple holds the keys to most iCloud data, and Advanced Data Protection, where only the user’s devices do.'
	}
];
