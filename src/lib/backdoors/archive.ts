/** Messages Alice sent Bob before the escrow key leaked: the archive a thief can open. */
export const ARCHIVE_TEXTS: readonly string[] = [
	'Can you pick up Mum from the station?',
	'My bank PIN is on the note in the drawer',
	'The test results came back fine',
	'Meet at the square at six',
	'I have told the editor everything',
	'Delete this after reading'
];
