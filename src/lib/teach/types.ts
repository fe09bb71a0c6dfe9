/** A classroom activity that goes with a chapter. */
export interface ClassActivity {
	title: string;
	/** Class time it needs, in whole minutes. */
	minutes: number;
	/** What pupils do, as numbered steps. */
	steps: string[];
}

/** What /teach says about one chapter beyond its front matter: content/teach.ts, by slug. */
export interface TeachingNotes {
	/** What pupils should know before starting. */
	prerequisites: string[];
	/** Open questions for a class to talk over; none has a marked answer. */
	discussion: string[];
	activity: ClassActivity;
}
