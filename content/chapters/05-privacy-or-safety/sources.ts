import type { Source } from '$lib/content/types';

/**
 * The sources chapter 5 is the first to cite, in the order a reader meets them. It also cites, by
 * id, chapter 1's `pa-apps-secret-place`, `week-rudd-secret-place`, `ctb-rudd-no-place-to-hide`,
 * `org-wiki-amber-rudd`, `cw-rudd-backs-down`, `cnbc-comey-devices`, `cso-comey-framework`,
 * `judiciary-liberty-v-sshd` and `bi-encryption-not-discussed`, and chapter 2's
 * `whatsapp-e2ee-complete-2016`, `whatsapp-whitepaper-2016`, `cacm-metadata-private`,
 * `apple-icloud-data-security` and `ibtimes-rudd-encryption-aug-2017`.
 *
 * Chapter 4 is being written at the same time and will be the first to cite nine of these (marked
 * below); they use chapter 4's ids, so that once it is merged the entries here can simply go.
 */
export const sources: Source[] = [
	{
		id: 'ktsa-comey-2017',
		title: 'Comey Renews Debate Over Encryption',
		publisher: 'KTSA radio (San Antonio)',
		date: 'March 2017',
		url: 'http://www.ktsa.com/comey-renews-debate-encryption/',
		note: 'A local radio report, and the only source we have for Comey floating a requirement that every device sold in the US be able to comply with court orders; the chapter reports it as reported.'
	},
	{
		id: 'computing-killock-2017',
		title:
			'Home secretary Amber Rudd takes campaign against end-to-end encryption to Silicon Valley',
		publisher: 'Computing',
		date: '2017',
		url: 'https://www.computing.co.uk/news/3014883/',
		note: 'For Jim Killock’s reply, for the Open Rights Group, to the “real people” argument.'
	},
	{
		id: 'publictechnology-rudd-oct-2017',
		title:
			'Amber Rudd: ‘I don’t need to understand encryption to understand it’s helping criminals’',
		publisher: 'PublicTechnology.net (Sam Trendall)',
		date: '3 October 2017',
		url: 'https://www.publictechnology.net/articles/news/amber-rudd-%E2%80%98i-don%E2%80%99t-need-understand-encryption-understand-it%E2%80%99s-helping-criminals%E2%80%99',
		note: 'Rudd at a Spectator event during the Conservative conference: no ban and no back doors, but easier access.'
	},
	{
		id: 'hansard-paddick-ipb-2016',
		title: '[Lord Paddick in the Lords debates on the Investigatory Powers Bill]',
		publisher: 'Parallel Parliament (from Hansard)',
		date: 'Lords Report stage, 19 October 2016',
		url: 'https://parallelparliament.co.uk/mp/lord-paddick/vs/lord-strasburger/parliament/2015',
		note: 'A site that arranges Hansard by member. For Lord Paddick’s support for amendments to stop technical capability notices compromising end-to-end encryption. The page’s own title is not recorded in our research notes, so the title in brackets describes it.'
	},
	{
		id: 'riskuk-liberty-2018',
		title:
			'[Report: the High Court hears the first part of Liberty’s challenge to the Investigatory Powers Act]',
		publisher: 'Risk UK',
		date: 'February 2018',
		url: 'http://www.risk-uk.com/high-court-hear-first-part-libertys-landmark-challenge-mass-surveillance-powers-investigatory-powers-act/',
		note: 'For Liberty raising more than £50,000 from the public for its case. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	},
	{
		id: 'bailii-liberty-2018',
		title: 'Liberty v Secretary of State for the Home Department, [2018] EWHC 975 (Admin)',
		publisher: 'BAILII (Divisional Court: Singh LJ and Holgate J)',
		date: '27 April 2018',
		url: 'https://www.bailii.org/ew/cases/EWHC/Admin/2018/975.html',
		note: 'The judgment finding the Act’s data-retention part incompatible with EU law.'
	},
	{
		id: 'inquirer-liberty-2019',
		title: "Liberty loses High Court challenge to Snoopers' Charter",
		publisher: 'The Inquirer',
		date: '29 July 2019',
		url: 'https://www.theinquirer.net/inquirer/news/3079721/liberty-vs-snoopers-charter-high-court-ruling'
	},
	{
		id: 'cw-liberty-2022',
		title: 'Spy agencies need ‘independent authorisation’ to access telecoms data, say judges',
		publisher: 'Computer Weekly',
		date: 'June 2022',
		url: 'https://computerweekly.com/news/252522140/'
	},
	{
		id: 'pi-apple-tcn-challenge',
		title: 'PI Apple TCN Challenge',
		publisher: 'Privacy International',
		date: '2025',
		url: 'https://privacyinternational.org/legal-action/pi-apple-tcn-challenge',
		note: 'A campaign group’s case page. Used only for the reports that the Home Office served Apple a technical capability notice, which neither side confirmed.'
	},
	{
		id: 'lbc-apple-adp-2025',
		title: 'Apple pulls data protection tool from UK after Government security row',
		publisher: 'LBC (Press Association)',
		date: '21 February 2025',
		url: 'https://lbc.co.uk/tech/cd32e2ef6cfa482b94ccf3b84a59a28a'
	}
];
