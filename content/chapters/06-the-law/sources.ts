import type { Source } from '$lib/content/types';

/**
 * The sources chapter 6 is the first to cite, in the order a reader meets them. It also cites
 * chapter 1's `wikipedia-ipa-2016`, `judiciary-liberty-v-sshd`, `ipa-2016-s253` and
 * `pa-apps-secret-place`, and chapter 2's `ibtimes-rudd-encryption-aug-2017` and
 * `cacm-metadata-private`.
 */
export const sources: Source[] = [
	{
		id: 'five-essex-liberty-appeal-2023',
		title:
			'The adequacy of safeguards under the Investigatory Powers Act 2016: the Court of Appeal hands down its judgment in R (on the application of National Council for Civil Liberties) v Secretary of State',
		publisher: '5 Essex Chambers, Data Brief',
		date: '2023',
		url: 'https://www.5essex.co.uk/data-brief/the-adequacy-of-safeguards-under-the-investigatory-powers-act-2016-the-court-of-appeal-hands-down-its-judgment-in-r-on-the-application-of-national-council-for-civil-liberties-v-secretary-of-state/',
		note: 'A barristers’ chambers’ summary of the Court of Appeal ruling of 4 August 2023. Also lists which Parts of the Act Liberty challenged and what each Part covers. The detail of the one point sent back to the High Court is seen only in summaries like this one, so it is reported with caution.'
	},
	{
		id: 'gov-uk-notices-regime-2024',
		title: 'Investigatory Powers (Amendment) Bill: Overview of the Notices Regime',
		publisher: 'Home Office, GOV.UK',
		date: 'Updated 26 April 2024',
		url: 'https://www.gov.uk/government/publications/investigatory-powers-amendment-bill-factsheets/investigatory-powers-amendment-bill-overview-of-the-notices-regime',
		note: 'The government’s own account: three kinds of notice, and its view that the 2024 changes create no new powers.'
	},
	{
		id: 'covington-ipa-amendment-2024',
		title: 'Changes to the UK Investigatory Powers Regime Receive Royal Assent',
		publisher: 'Covington & Burling, Inside Global Tech',
		date: '2 May 2024',
		url: 'https://www.insideglobaltech.com/2024/05/02/changes-to-the-uk-investigatory-powers-regime-receive-royal-assent/',
		note: 'A law firm’s summary of the Investigatory Powers (Amendment) Act 2024: what it changes, how it came about, and the new duty to give advance notice of changes to a service.'
	},
	{
		id: 'ipa-2016-s255',
		title:
			'Investigatory Powers Act 2016, section 255: Further provision about notices under section 252 or 253',
		publisher: 'legislation.gov.uk',
		date: '2016, as amended',
		url: 'https://legislation.gov.uk/ukpga/2016/25/section/255',
		note: 'Consultation before a notice is given, what must be weighed, the duty not to reveal a notice, and enforcement against companies outside the UK.'
	},
	{
		id: 'tna-liberty-2022',
		title: 'Liberty v Secretary of State for the Home Department, [2022] EWHC 1630 (Admin)',
		publisher: 'High Court, Divisional Court, published by The National Archives (Find Case Law)',
		date: '24 June 2022',
		url: 'https://caselaw.nationalarchives.gov.uk/ewhc/admin/2022/1630',
		note: 'The third stage of Liberty’s challenge, on the intelligence agencies’ access to communications data.'
	},
	{
		id: 'si-2024-1021',
		title:
			'The Investigatory Powers (Amendment) Act 2024 (Commencement No. 1 and Transitional Provisions) Regulations 2024 (SI 2024/1021)',
		publisher: 'legislation.gov.uk',
		date: 'October 2024',
		url: 'https://www.legislation.gov.uk/uksi/2024/1021',
		note: 'The regulations that brought most of the 2024 Act into force on 14 October 2024, listing the sections one by one.'
	}
];
