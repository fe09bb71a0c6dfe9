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
		id: 'cnbc-ghost-letter-2019',
		title: '[Apple, Google and WhatsApp condemn GCHQ’s “ghost” proposal]',
		publisher: 'CNBC',
		date: '30 May 2019',
		url: 'https://www.cnbc.com/2019/05/30/apple-google-and-whatsapp-condemn-gchq-ghost-proposal.html',
		note: 'For the November 2018 essay by Ian Levy and Crispin Robinson, the open letter’s 47 signatories, and the two changes the letter said the proposal would force on apps: a secretly added key and hidden notifications.'
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
	}
];
