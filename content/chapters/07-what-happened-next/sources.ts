import type { Source } from '$lib/content/types';

/**
 * The sources chapter 7 is the first to cite, in the order a reader meets them. It also cites
 * chapter 1's `wikipedia-ipa-2016`, `pa-apps-secret-place`, `bi-encryption-not-discussed`,
 * `cw-gifct-august-2017` and `ipa-2016-s253`, chapter 2's `whatsapp-e2ee-complete-2016`,
 * `ibtimes-rudd-encryption-aug-2017` and `apple-icloud-data-security`, and chapter 3's
 * `diffie-hellman-1976`. Titles in square brackets describe a page whose headline our research
 * notes do not record.
 */
export const sources: Source[] = [
	{
		id: 'blaze-clipper-1994',
		title: 'Protocol Failure in the Escrowed Encryption Standard',
		publisher: 'AT&T Bell Laboratories (Matt Blaze); copy kept at the-eye.eu',
		date: 'Preliminary draft, 3 June 1994',
		url: 'https://the-eye.eu/public/Books/cdn.preterhuman.net/texts/underground/info/Clipper/EESFlawBlazePaper.txt',
		note: 'For the April 1993 proposal of the Escrowed Encryption Standard (the "Clipper" chip), its law enforcement access field, and how a device could send a forged field and still communicate.'
	},
	{
		id: 'keys-under-doormats-2015',
		title:
			'Keys Under Doormats: Mandating insecurity by requiring government access to all data and communications',
		publisher:
			'Journal of Cybersecurity 1(1) (Abelson, Anderson, Bellovin and twelve others); record in the University of Cambridge repository',
		date: 'July 2015',
		url: 'https://www.repository.cam.ac.uk/handle/1810/285617',
		note: 'A report by fifteen computer scientists, also published as an MIT technical report. For its arguments against mandated access: lost forward secrecy, new flaws in complex systems, and keys that become targets.'
	},
	{
		id: 'cnbc-ghost-letter-2019',
		title: '[Apple, Google and WhatsApp condemn GCHQ’s “ghost” proposal]',
		publisher: 'CNBC',
		date: '30 May 2019',
		url: 'https://www.cnbc.com/2019/05/30/apple-google-and-whatsapp-condemn-gchq-ghost-proposal.html',
		note: 'For the November 2018 essay by Ian Levy and Crispin Robinson, the open letter’s 47 signatories, and the two changes the letter said the proposal would force on apps: a secretly added key and hidden notifications.'
	},
	{
		id: 'itpro-ghost-letter-2019',
		title: 'Tech industry bands together to oppose GCHQ snooping',
		publisher: 'IT Pro',
		date: 'May 2019',
		url: 'https://www.itpro.com/policy-legislation/33741/tech-industry-bands-together-to-oppose-gchq-snooping',
		note: 'For the signatories of the open letter and its objections: weaker authentication, unintended vulnerabilities and new risks of abuse or misuse.'
	},
	{
		id: 'cityam-ghost-2019',
		title: 'Apple, Google and Whatsapp slam GCHQ over ‘ghost’ eavesdropping plans',
		publisher: 'City A.M.',
		date: 'May 2019',
		url: 'https://cityam.com/?p=1018344',
		note: 'For the letter’s point about users’ trust in knowing who is in a conversation, and for Ian Levy’s reply that the proposal was hypothetical and a starting point for discussion.'
	},
	{
		id: 'macrumors-csam-abandoned-2022',
		title: '[Apple abandons its plan to detect known CSAM in iCloud Photos]',
		publisher: 'MacRumors',
		date: '7 December 2022',
		url: 'https://www.macrumors.com/2022/12/07/apple-abandons-icloud-csam-detection',
		note: 'For Apple’s August 2021 plan to match photos on the device, its postponement and abandonment, the Communication Safety feature that did ship, and the announcement the same day of Advanced Data Protection (14 categories of iCloud data end-to-end encrypted by default, 23 with it on).'
	},
	{
		id: 'bugs-in-our-pockets-2021',
		title: 'Bugs in our Pockets: The Risks of Client-Side Scanning',
		publisher:
			'arXiv:2110.07450 (Abelson, Anderson, Bellovin, Benaloh, Blaze, Callas, Diffie, Landau, Neumann, Rivest, Schiller, Schneier, Teague and Troncoso)',
		date: '14 October 2021',
		url: 'https://arxiv.org/abs/2110.07450',
		note: 'Later published in the Journal of Cybersecurity (2024). For what client-side scanning is, and the authors’ conclusion that it neither reliably prevents crime nor prevents surveillance.'
	},
	{
		id: 'macrumors-csam-explained-2023',
		title: '[Apple explains why it abandoned its plan to scan iCloud Photos]',
		publisher: 'MacRumors',
		date: '1 September 2023',
		url: 'https://www.macrumors.com/2023/09/01/apple-explains-csam-plan-abandoned/',
		note: 'Reports Erik Neuenschwander’s explanation of Apple’s decision.'
	},
	{
		id: 'online-safety-act-2023-notices',
		title:
			'Online Safety Act 2023, Part 7, Chapter 5: Notices to deal with terrorism content and CSEA content',
		publisher: 'legislation.gov.uk',
		date: '2023 (Royal Assent 26 October 2023)',
		url: 'https://www.legislation.gov.uk/ukpga/2023/50/part/7/chapter/5',
		note: 'Section 121 gives Ofcom the power to require "accredited technology"; sections 122 and 123 set out the skilled person’s report and the warning notice that must come first.'
	},
	{
		id: 'itpro-osa-royal-assent-2023',
		title: 'Online Safety Act slammed by rights groups as bill gains royal assent',
		publisher: 'ITPro',
		date: 'October 2023',
		url: 'https://www.itpro.com/business/policy-and-legislation/online-safety-act-slammed-by-rights-groups-as-bill-gains-royal-assent',
		note: 'For the scanning power under the number the press used (122), the maximum fine and Signal’s renewed threat to leave the UK.'
	},
	{
		id: 'index-osa-gateway-2023',
		title: '[Online Safety Bill loophole opens door to unprecedented investigatory powers]',
		publisher: 'Index on Censorship',
		date: '6 September 2023',
		url: 'https://www.indexoncensorship.org/2023/09/online-safety-bill-loophole-opens-door-to-unprecedented-investigatory-powers/',
		note: 'A campaign group’s warning that the scanning clause could act as a gateway to the Investigatory Powers Act’s surveillance powers.'
	},
	{
		id: 'covington-ipa-amendment-2024',
		title: 'Changes to the UK Investigatory Powers Regime Receive Royal Assent',
		publisher: 'Covington & Burling, Inside Global Tech',
		date: '2 May 2024',
		url: 'https://www.insideglobaltech.com/2024/05/02/changes-to-the-uk-investigatory-powers-regime-receive-royal-assent/',
		note: 'A law firm’s summary of the Investigatory Powers (Amendment) Act 2024: Royal Assent on 25 April 2024, the review that preceded it, and the new notices requiring advance notice of changes to services.'
	},
	{
		id: 'gov-uk-notices-regime-2024',
		title: 'Investigatory Powers (Amendment) Bill: Overview of the Notices Regime',
		publisher: 'Home Office (GOV.UK)',
		date: 'Updated 26 April 2024',
		url: 'https://www.gov.uk/government/publications/investigatory-powers-amendment-bill-factsheets/investigatory-powers-amendment-bill-overview-of-the-notices-regime',
		note: 'The government’s own account of the notices, including its statement that the changes create no new powers.'
	},
	{
		id: 'incyber-salt-typhoon-2024',
		title: '[Cyberespionage: United States severely impacted by Chinese group Salt Typhoon]',
		publisher: 'Incyber',
		date: '2024',
		url: 'https://incyber.org/en/article/cyberespionage-united-states-severely-impacted-by-chinese-group-salt-typhoon/',
		note: 'Summarises the Wall Street Journal’s October 2024 report of the intrusion, and explains the US law (CALEA) that requires carriers to build in interception capability.'
	},
	{
		id: 'cooley-encrypted-messaging-2025',
		title: '[Federal law enforcement recommends encrypted and ephemeral messaging]',
		publisher: 'Cooley LLP',
		date: '15 January 2025',
		url: 'https://investigations.cooley.com/2025/01/15/federal-law-enforcement-recommends-encrypted-and-ephemeral-messaging',
		note: 'A law firm’s account of the FBI and CISA press call of 3 December 2024 and CISA’s mobile communications guidance of 18 December 2024.'
	},
	{
		id: 'privacy-international-apple-tcn',
		title: 'PI Apple TCN Challenge',
		publisher: 'Privacy International',
		date: '2025 (case page)',
		url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
		note: 'A campaign group’s page on its own tribunal challenge, with Liberty. For the reported notice to Apple (January 2025, reported in February) and the challenge to the notice regime and its secrecy.'
	},
	{
		id: 'ipa-2016-s255',
		title: 'Investigatory Powers Act 2016, section 255',
		publisher: 'legislation.gov.uk',
		date: '2016, as amended',
		url: 'https://legislation.gov.uk/ukpga/2016/25/section/255',
		note: 'Further rules for technical capability notices, including the duty not to reveal that a notice exists without the Secretary of State’s permission.'
	},
	{
		id: 'lbc-apple-adp-uk-2025',
		title: 'Apple pulls data protection tool from UK after Government security row',
		publisher: 'LBC (Press Association)',
		date: '21 February 2025',
		url: 'https://lbc.co.uk/tech/cd32e2ef6cfa482b94ccf3b84a59a28a'
	},
	{
		id: 'cw-ipt-apple-secrecy-2025',
		title:
			'Court rejects Home Office bid for blanket secrecy in hearings over Apple encryption case',
		publisher: 'Computer Weekly',
		date: '7 April 2025',
		url: 'https://www.computerweekly.com/news/366622253/'
	},
	{
		id: 'bbw-apple-encryption-2025',
		title: '[Response to the UK–Apple encryption reports]',
		publisher: 'Big Brother Watch (press release)',
		date: '19 August 2025',
		url: 'https://bigbrotherwatch.org.uk/press-releases/response-to-uk-apple-encryption-reports',
		note: 'A campaign group’s response to the US Director of National Intelligence’s statement that the UK had agreed to drop its demand as it affected Americans.'
	},
	{
		id: 'cw-apple-claim-dropped-2025',
		title: 'Apple and Home Office agree to drop legal claim over encryption backdoor',
		publisher: 'Computer Weekly',
		date: '13 October 2025',
		url: 'https://www.computerweekly.com/news/366632561/Apple-and-Home-Office-agree-to-drop-legal-claim-over-encryption-backdoor',
		note: 'Reports the tribunal order of 6 October 2025 and, from other reporting, a new notice limited to British users; the new notice itself was not confirmed.'
	},
	{
		id: 'eu-csa-progress-report-2022',
		title:
			'Proposal for a Regulation laying down rules to prevent and combat child sexual abuse: Progress report',
		publisher: 'Council of the European Union (document 14862/22, published by EU Monitor)',
		date: '24 November 2022',
		url: 'https://eumonitor.eu/9353000/1/j9vvik7m1c3gyxp/vlyd919td5z4',
		note: 'For the Commission’s proposal of 11 May 2022 (COM(2022) 209): detection orders for hosting and messaging services, and a new EU Centre.'
	},
	{
		id: 'wikipedia-chat-control',
		title: 'Chat Control',
		publisher: 'Wikipedia',
		date: 'Continuously updated',
		url: 'https://en.wikipedia.org/wiki/Chat_Control',
		note: 'For the name critics give the proposed regulation.'
	},
	{
		id: 'dpa-ep-csa-mandate-2023',
		title:
			'Adopted European Parliament negotiation mandate on the proposed Regulation laying down rules to prevent and combat child sexual abuse',
		publisher: 'Digital Policy Alert',
		date: '22 November 2023',
		url: 'https://digitalpolicyalert.org/event/15714-adopted-european-parliament-negotiation-mandate-on-the-proposed-regulation-laying-down-rules-to-prevent-and-combat-child-sexual-abuse'
	},
	{
		id: 'dpa-council-csa-2025',
		title:
			'Council reached agreement on proposal for a Regulation laying down rules to prevent and combat child sexual abuse',
		publisher: 'Digital Policy Alert',
		date: '26 November 2025',
		url: 'https://digitalpolicyalert.org/event/35712-council-reached-agreement-on-proposal-for-a-regulation-laying-down-rules-to-prevent-and-combat-child-sexual-abuse'
	}
];
