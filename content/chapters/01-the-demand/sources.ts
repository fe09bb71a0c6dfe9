import type { Source } from '$lib/content/types';

/** The sources chapter 1 is the first to cite, in the order a reader meets them. */
export const sources: Source[] = [
	{
		id: 'wikipedia-ipa-2016',
		title: 'Investigatory Powers Act 2016',
		publisher: 'Wikipedia',
		date: 'Continuously updated',
		url: 'https://en.wikipedia.org/wiki/Investigatory_Powers_Act_2016',
		note: 'For the date of Royal Assent, the staged start from 30 December 2016 and the nickname "Snoopers\' Charter".'
	},
	{
		id: 'judiciary-liberty-v-sshd',
		title: 'Liberty v The Secretary of State for the Home Department',
		publisher: 'Courts and Tribunals Judiciary',
		date: 'May 2023 (hearing of 10–12 May)',
		url: 'https://www.judiciary.uk/live-hearings/liberty-v-the-secretary-of-state-for-the-home-department/',
		note: "Court listing for Liberty's challenge to the Act; it says the claim was started in February 2017."
	},
	{
		id: 'ipa-2016-s253',
		title: 'Investigatory Powers Act 2016, section 253: Technical capability notices',
		publisher: 'legislation.gov.uk',
		date: '2016',
		url: 'https://legislation.gov.uk/ukpga/2016/25/section/253'
	},
	{
		id: 'week-rudd-secret-place',
		title: 'Amber Rudd: WhatsApp gives terrorists secret place to hide',
		publisher: 'The Week',
		date: '2017',
		url: 'https://theweek.com/82949/amber-rudd-whatsapp-gives-terrorists-secret-place-to-hide'
	},
	{
		id: 'cw-rudd-backs-down',
		title: 'Rudd backs down on end-to-end encryption',
		publisher: 'Computer Weekly',
		date: 'March 2017',
		url: 'https://www.computerweekly.com/news/450415991/Rudd-backs-down-on-end-to-end-encryption',
		note: 'The article this course is built around.'
	},
	{
		id: 'nzherald-2017-timeline',
		title: '[Timeline of the 2017 terror attacks in Britain]',
		publisher: 'NZ Herald',
		date: '19 June 2017',
		url: 'http://www.nzherald.co.nz/world/news/article.cfm?c_id=2&objectid=11879112',
		note: 'A dated list of that year’s incidents; used for the number of people killed and injured at Westminster. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	},
	{
		id: 'cso-comey-framework',
		title: 'FBI director floats international framework on access to encrypted data',
		publisher: 'CSO Online (IDG)',
		date: 'March 2017',
		url: 'https://www.csoonline.com/article/560787/'
	},
	{
		id: 'cnbc-comey-devices',
		title: "Comey: FBI Couldn't Access Hundreds of Devices Because of Encryption",
		publisher: 'CNBC (NBC News)',
		date: '8 March 2017',
		url: 'https://www.cnbc.com/2017/03/08/comey-fbi-couldnt-access-hundreds-of-devices-because-of-encryption.html'
	},
	{
		id: 'home-office-foi-43342',
		title: 'Freedom of Information response 43342',
		publisher: 'Home Office (published on DocumentCloud)',
		date: '26 April 2017',
		url: 'https://assets.documentcloud.org/documents/3690121/FOI-whatsapp-home-office-uk.txt',
		note: 'Reply to a request from Ryan Gallagher. Confirms the date and programme of the Marr interview, says encryption was not discussed at the 30 March meeting, and withholds the full list of attendees.'
	},
	{
		id: 'pa-apps-secret-place',
		title: "Message apps must not be 'secret place' for terrorists",
		publisher: 'AOL (Press Association)',
		date: '26 March 2017',
		url: 'https://www.aol.co.uk/news/2017/03/26/message-apps-must-not-be-secret-place-for-terrorists-home-se/'
	},
	{
		id: 'ctb-rudd-no-place-to-hide',
		title: 'Encrypted messaging services should not allow terrorists to hide, Rudd says',
		publisher: 'Counter Terror Business',
		date: '27 March 2017',
		url: 'http://counterterrorbusiness.com/news/27032017/encrypted-messaging-services-should-not-allow-terrorists-hide-rudd-says'
	},
	{
		id: 'org-wiki-amber-rudd',
		title: 'Amber Rudd MP',
		publisher: 'Open Rights Group wiki',
		date: 'Undated wiki page',
		url: 'https://wiki.openrightsgroup.org/wiki/Amber_Rudd_MP',
		note: "A campaign group's record of Rudd's public statements on surveillance and encryption."
	},
	{
		id: 'bi-encryption-not-discussed',
		title:
			"Facebook and Google didn't talk about encryption during their meeting with Home Secretary Amber Rudd",
		publisher: 'Business Insider',
		date: 'March 2017',
		url: 'https://www.businessinsider.com/facebook-and-google-avoided-encryption-they-met-home-secretary-amber-rudd-2017-3'
	},
	{
		id: 'cw-gifct-august-2017',
		title: 'UK to call on US tech giants to step up fight against extremism',
		publisher: 'Computer Weekly',
		date: '1 August 2017',
		url: 'http://www.computerweekly.com/news/450423708/UK-to-call-on-US-tech-giants-to-step-up-fight-against-extremism',
		note: 'On the Global Internet Forum to Counter Terrorism, and its link to the March 2017 promise.'
	}
];
