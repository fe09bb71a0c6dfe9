import type { Source } from '$lib/content/types';

/** The sources chapter 4 is the first to cite, in the order a reader meets them. */
export const sources: Source[] = [
	{
		id: 'blaze-1994-ees-protocol-failure',
		title: 'Protocol Failure in the Escrowed Encryption Standard',
		publisher: 'Matt Blaze, AT&T Bell Laboratories (preliminary draft, copy at the-eye.eu)',
		date: '3 June 1994',
		url: 'https://the-eye.eu/public/Books/cdn.preterhuman.net/texts/underground/info/Clipper/EESFlawBlazePaper.txt',
		note: 'How Clipper chips sent a Law Enforcement Access Field, and how its 16-bit checksum let a rogue device send a forged one.'
	},
	{
		id: 'cypherpunks-clipper-flaw-1994',
		title: '[Cypherpunks mailing-list post on the New York Times report of the Clipper flaw]',
		publisher: 'Cypherpunks mailing list archive',
		date: 'June 1994',
		url: 'http://cypherpunks.venona.com/date/1994/06/msg00055.html',
		note: 'Cites the New York Times of 2 June 1994. The post’s subject line is not recorded in our research notes, so the title in brackets describes the page.'
	},
	{
		id: 'keys-under-doormats-2015',
		title:
			'Keys Under Doormats: Mandating insecurity by requiring government access to all data and communications',
		publisher:
			'H. Abelson and 14 co-authors; MIT CSAIL technical report MIT-CSAIL-TR-2015-026 (University of Cambridge repository)',
		date: 'July 2015',
		url: 'https://www.repository.cam.ac.uk/handle/1810/285617',
		note: 'Also published in the Journal of Cybersecurity 1(1), 2015, and in shorter form in Communications of the ACM, October 2015.'
	},
	{
		id: 'checkoway-juniper-dual-ec-2016',
		title: 'A Systematic Analysis of the Juniper Dual EC Incident',
		publisher: 'S. Checkoway and colleagues, ACM CCS 2016',
		date: 'October 2016',
		url: 'https://hovav.net/ucsd/papers/cmg+16.html'
	},
	{
		id: 'incyber-salt-typhoon-2024',
		title: 'Cyberespionage: United States severely impacted by Chinese group Salt Typhoon',
		publisher: 'Incyber',
		date: '2024',
		url: 'https://incyber.org/en/article/cyberespionage-united-states-severely-impacted-by-chinese-group-salt-typhoon/',
		note: 'Reports the Wall Street Journal’s story of October 2024 on intrusions into US carriers’ wiretap systems.'
	},
	{
		id: 'cooley-fbi-cisa-encryption-2025',
		title: 'Federal Law Enforcement Recommends Encrypted and Ephemeral Messaging',
		publisher: 'Cooley LLP',
		date: '15 January 2025',
		url: 'https://investigations.cooley.com/2025/01/15/federal-law-enforcement-recommends-encrypted-and-ephemeral-messaging',
		note: 'On the FBI and CISA press call of 3 December 2024 and CISA’s guidance of 18 December 2024.'
	},
	{
		id: 'bylinetimes-ghost-user-2019',
		title: "GCHQ's proposed 'ghost user' designed to spy on encrypted communications",
		publisher: 'Byline Times',
		date: '4 June 2019',
		url: 'https://bylinetimes.com/2019/06/04/gchqs-proposed-ghost-user-designed-to-spy-on-encrypted-communications/',
		note: 'Quotes Ian Levy and Crispin Robinson’s Lawfare essay of November 2018 at length.'
	},
	{
		id: 'itpro-ghost-open-letter-2019',
		title: 'Tech industry bands together to oppose GCHQ snooping',
		publisher: 'ITPro',
		date: 'May 2019',
		url: 'https://www.itpro.com/policy-legislation/33741/tech-industry-bands-together-to-oppose-gchq-snooping'
	},
	{
		id: 'newamerica-ghost-open-letter-2019',
		title:
			"Open Letter Calls on the UK's GCHQ to Abandon its Dangerous Ghost Proposal that Threatens Encryption, Cybersecurity, and Human Rights",
		publisher: 'New America, Open Technology Institute (press release)',
		date: '30 May 2019',
		url: 'https://www.newamerica.org/oti/press-releases/open-letter-calls-uks-gchq-abandon-its-dangerous-ghost-proposal-threatens-encryption-cybersecurity-and-human-rights/',
		note: 'The Open Technology Institute was one of the letter’s signatories.'
	},
	{
		id: 'cityam-ghost-hypothetical-2019',
		title: 'Apple, Google and Whatsapp slam GCHQ over ‘ghost’ eavesdropping plans',
		publisher: 'City A.M.',
		date: 'May 2019',
		url: 'https://cityam.com/?p=1018344',
		note: 'For Ian Levy’s reply that the proposal was hypothetical.'
	},
	{
		id: 'bugs-in-our-pockets-2021',
		title: 'Bugs in our Pockets: The Risks of Client-Side Scanning',
		publisher: 'H. Abelson and 13 co-authors, arXiv:2110.07450',
		date: '14 October 2021',
		url: 'https://arxiv.org/abs/2110.07450',
		note: 'Later published in the Journal of Cybersecurity (2024).'
	},
	{
		id: 'macrumors-apple-csam-abandoned-2022',
		title: 'Apple Abandons Controversial Plans to Detect Known CSAM in iCloud Photos',
		publisher: 'MacRumors',
		date: '7 December 2022',
		url: 'https://www.macrumors.com/2022/12/07/apple-abandons-icloud-csam-detection',
		note: 'Its background section recounts the plan of August 2021 and its postponement.'
	},
	{
		id: 'macrumors-apple-csam-explained-2023',
		title:
			'Apple Provides Further Clarity on Why It Abandoned Plan to Detect CSAM in iCloud Photos',
		publisher: 'MacRumors',
		date: '1 September 2023',
		url: 'https://www.macrumors.com/2023/09/01/apple-explains-csam-plan-abandoned/'
	},
	{
		id: 'peopleofinternet-chat-control',
		title: '[Chat Control and ProtectEU: why Europe cannot break encryption]',
		publisher: 'People of Internet',
		date: 'Undated (early 2026, from its text)',
		url: 'https://peopleofinternet.com/articles/chat-control-and-protecteu-why-europe-cannot-break-encryptio.html',
		note: 'An analysis arguing against the proposal; used for what the 2022 proposal required. The title in brackets is taken from the page’s address.'
	},
	{
		id: 'dpa-council-csar-2025',
		title:
			'Council reached agreement on proposal for a Regulation laying down rules to prevent and combat child sexual abuse',
		publisher: 'Digital Policy Alert',
		date: '26 November 2025',
		url: 'https://digitalpolicyalert.org/event/35712-council-reached-agreement-on-proposal-for-a-regulation-laying-down-rules-to-prevent-and-combat-child-sexual-abuse'
	},
	{
		id: 'wikipedia-des',
		title: 'Data Encryption Standard',
		publisher: 'Wikipedia',
		date: 'Continuously updated',
		url: 'https://en.wikipedia.org/wiki/Data_Encryption_Standard',
		note: 'For the length of a DES key, 56 bits.'
	}
];
