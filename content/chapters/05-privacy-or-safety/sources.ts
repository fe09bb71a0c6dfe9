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
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'blaze-1994-ees-protocol-failure',
		title: 'Protocol Failure in the Escrowed Encryption Standard',
		publisher: 'Matt Blaze, AT&T Bell Laboratories (preliminary draft)',
		date: '3 June 1994',
		url: 'https://the-eye.eu/public/Books/cdn.preterhuman.net/texts/underground/info/Clipper/EESFlawBlazePaper.txt',
		note: 'A copy of the draft paper. For the Clipper proposal of April 1993, the escrowed keys, and the 16-bit check that let a rogue device send a fake access field.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'bylinetimes-ghost-user-2019',
		title: '[Report on GCHQ’s proposed “ghost user” in encrypted chats]',
		publisher: 'Byline Times',
		date: '4 June 2019',
		url: 'https://bylinetimes.com/2019/06/04/gchqs-proposed-ghost-user-designed-to-spy-on-encrypted-communications/',
		note: 'Summarises the essay by Ian Levy and Crispin Robinson published on Lawfare in November 2018, which our research notes did not consult directly. The headline is not recorded in our notes, so the title in brackets describes the page.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'bugs-in-our-pockets-2021',
		title: 'Bugs in our Pockets: The Risks of Client-Side Scanning',
		publisher: 'arXiv:2110.07450 (Abelson, Anderson, Bellovin and eleven others)',
		date: '14 October 2021',
		url: 'https://arxiv.org/abs/2110.07450',
		note: 'Later published in the Journal of Cybersecurity (2024). Used for what client-side scanning is and for its authors’ critique.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'macrumors-apple-csam-abandoned-2022',
		title: '[Apple abandons its plan to detect child-abuse images in iCloud Photos]',
		publisher: 'MacRumors',
		date: '7 December 2022',
		url: 'https://www.macrumors.com/2022/12/07/apple-abandons-icloud-csam-detection',
		note: 'Its background section describes the plan Apple announced in August 2021. The headline is not recorded in our research notes, so the title in brackets describes the page.'
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
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'itpro-ghost-open-letter-2019',
		title:
			'[Report: tech firms, rights groups and academics write to GCHQ against the “ghost” proposal]',
		publisher: 'ITPro',
		date: 'May 2019',
		url: 'https://www.itpro.com/policy-legislation/33741/',
		note: 'For the open letter of May 2019, its 47 signatories and its arguments. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'macrumors-apple-csam-explained-2023',
		title: '[Apple explains why it abandoned its plan to scan iCloud Photos]',
		publisher: 'MacRumors',
		date: '1 September 2023',
		url: 'https://www.macrumors.com/2023/09/01/apple-explains-csam-plan-abandoned/',
		note: 'For the reasons given by Apple’s Erik Neuenschwander. The headline is not recorded in our research notes, so the title in brackets describes the page.'
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
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'keys-under-doormats-2015',
		title:
			'Keys Under Doormats: Mandating insecurity by requiring government access to all data and communications',
		publisher:
			'Journal of Cybersecurity 1(1), also MIT-CSAIL-TR-2015-026 (Abelson, Anderson, Bellovin and twelve others)',
		date: 'July 2015',
		url: 'https://www.repository.cam.ac.uk/handle/1810/285617',
		note: 'Linked as the record in the University of Cambridge repository. Its arguments are paraphrased in the chapter.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'incyber-salt-typhoon-2024',
		title: '[Report: the Salt Typhoon intrusions into US telephone carriers]',
		publisher: 'Incyber',
		date: '2024',
		url: 'https://incyber.org/en/article/cyberespionage-united-states-severely-impacted-by-chinese-group-salt-typhoon/',
		note: 'Summarises the Wall Street Journal’s reporting of October 2024, and the US law (CALEA, 1994) that requires carriers to build in interception. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	},
	// Also cited first by chapter 4 (written in parallel), under the same id: drop it here on merge.
	{
		id: 'cooley-fbi-cisa-encryption-2025',
		title: '[Federal law enforcement recommends encrypted and ephemeral messaging]',
		publisher: 'Cooley LLP',
		date: '15 January 2025',
		url: 'https://investigations.cooley.com/2025/01/15/federal-law-enforcement-recommends-encrypted-and-ephemeral-messaging',
		note: 'A law firm’s summary of the FBI and CISA advice of December 2024. The headline is not recorded in our research notes, so the title in brackets describes the page.'
	}
];
