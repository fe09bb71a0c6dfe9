/**
 * "You decide": the reader answers a few trade-offs, and this finds the real proposals whose own
 * answers come closest, with the reason in words. Pure and unscored: there is no right answer, only
 * nearer and further proposals. The chapter supplies the trade-offs and each proposal's answers.
 */

export interface TradeOffOption {
	/** Stored in progress: lowercase words joined by hyphens. */
	id: string;
	text: string;
}

export interface TradeOff {
	/** Stored in progress: lowercase words joined by hyphens. */
	id: string;
	/** The question, as the reader sees it. */
	prompt: string;
	/** What it is about, in a few words, for reasons: e.g. "how much risk to accept". */
	topic: string;
	options: TradeOffOption[];
	/**
	 * True when the options run along one scale (none, some, more), so that neighbours are
	 * nearly alike: choosing the option next to a proposal's counts as half a match.
	 */
	ordered?: boolean;
}

/** A proposal's own answer to one trade-off, and why, as a clause that follows "it". */
export interface Stance {
	option: string;
	/** E.g. "leaves the keys with the two phones alone". */
	why: string;
}

export interface ProposalProfile {
	/** The id of its marker on the positions map. */
	id: string;
	name: string;
	year: string;
	/** By trade-off id: every trade-off has one. */
	stances: Record<string, Stance>;
}

/** The reader's choices: trade-off id → option id. */
export type Choices = Record<string, string>;

export interface Match {
	proposal: ProposalProfile;
	/** Matches to the reader's answers: 1 each, half for a neighbouring option on a scale. */
	score: number;
	/** Trade-offs where it gives the reader's answer, and where it does not. */
	agrees: string[];
	differs: string[];
	/** Of `differs`, those where its answer is next to the reader's on an ordered scale. */
	near: string[];
	/** Why it is this close, in words. */
	reason: string;
}

export interface Decision {
	/** How many trade-offs the reader has answered (unknown questions and options ignored). */
	answered: number;
	/** The proposals that come closest, ties included; empty until something is answered. */
	closest: Match[];
	/** Every proposal, closest first (ties in the chapter's order). */
	ranking: Match[];
}

/** The reader's choices that name a real trade-off and one of its options; the rest is ignored. */
export function validChoices(tradeOffs: readonly TradeOff[], choices: Choices): Choices {
	const valid: Choices = {};
	for (const tradeOff of tradeOffs) {
		const chosen = Object.hasOwn(choices, tradeOff.id) ? choices[tradeOff.id] : undefined;
		if (tradeOff.options.some((option) => option.id === chosen)) valid[tradeOff.id] = chosen!;
	}
	return valid;
}

function closeness(tradeOff: TradeOff, chosen: string, theirs: string): number {
	if (chosen === theirs) return 1;
	if (!tradeOff.ordered) return 0;
	const ids = tradeOff.options.map((option) => option.id);
	return Math.abs(ids.indexOf(chosen) - ids.indexOf(theirs)) === 1 ? 0.5 : 0;
}

const listed = (clauses: string[]) =>
	clauses.length <= 1
		? (clauses[0] ?? '')
		: `${clauses.slice(0, -1).join('; ')}; and ${clauses.at(-1)}`;

function reasonFor(
	match: Omit<Match, 'reason'>,
	answered: number,
	topics: Map<string, string>
): string {
	const why = (id: string) => match.proposal.stances[id]!.why;
	const near = match.near.map((id) => topics.get(id)!);
	const parts = [
		`It shares ${match.agrees.length} of your ${answered} ${answered === 1 ? 'answer' : 'answers'}${
			near.length ? `, and is one step from yours on ${near.join(' and ')}` : ''
		}.`
	];
	if (match.agrees.length) parts.push(`Like you, it ${listed(match.agrees.map(why))}.`);
	if (match.differs.length) parts.push(`Unlike you, it ${listed(match.differs.map(why))}.`);
	return parts.join(' ');
}

export function decide(
	tradeOffs: readonly TradeOff[],
	proposals: readonly ProposalProfile[],
	choices: Choices
): Decision {
	const valid = validChoices(tradeOffs, choices);
	const asked = tradeOffs.filter((tradeOff) => Object.hasOwn(valid, tradeOff.id));
	const topics = new Map(tradeOffs.map((tradeOff) => [tradeOff.id, tradeOff.topic]));
	const ranking = proposals
		.map((proposal, order) => {
			let score = 0;
			const agrees: string[] = [];
			const differs: string[] = [];
			const near: string[] = [];
			for (const tradeOff of asked) {
				const theirs = proposal.stances[tradeOff.id]!.option;
				const close = closeness(tradeOff, valid[tradeOff.id]!, theirs);
				score += close;
				(close === 1 ? agrees : differs).push(tradeOff.id);
				if (close > 0 && close < 1) near.push(tradeOff.id);
			}
			const match = { proposal, score, agrees, differs, near };
			return { order, match: { ...match, reason: reasonFor(match, asked.length, topics) } };
		})
		.sort((a, b) => b.match.score - a.match.score || a.order - b.order)
		.map(({ match }) => match);
	const best = ranking[0]?.score ?? 0;
	return {
		answered: asked.length,
		closest: asked.length ? ranking.filter((match) => match.score === best) : [],
		ranking
	};
}

/**
 * Problems with a chapter's trade-offs and proposals, in words (an empty list when sound): every
 * proposal must answer every trade-off with one of its options, and ids must be unique.
 */
export function checkTradeOffs(
	tradeOffs: readonly TradeOff[],
	proposals: readonly ProposalProfile[]
): string[] {
	const problems: string[] = [];
	const unique = (ids: string[], what: string) => {
		if (new Set(ids).size !== ids.length) problems.push(`${what} ids repeat`);
	};
	unique(
		tradeOffs.map((tradeOff) => tradeOff.id),
		'trade-off'
	);
	unique(
		proposals.map((proposal) => proposal.id),
		'proposal'
	);
	for (const tradeOff of tradeOffs) {
		unique(
			tradeOff.options.map((option) => option.id),
			`${tradeOff.id} option`
		);
		if (tradeOff.options.length < 2) problems.push(`${tradeOff.id} has fewer than two options`);
	}
	for (const proposal of proposals) {
		for (const tradeOff of tradeOffs) {
			const stance = proposal.stances[tradeOff.id];
			if (!stance) problems.push(`${proposal.id} does not answer ${tradeOff.id}`);
			else if (!tradeOff.options.some((option) => option.id === stance.option)) {
				problems.push(`${proposal.id} answers ${tradeOff.id} with an unknown option`);
			} else if (!stance.why.trim())
				problems.push(`${proposal.id} gives no reason on ${tradeOff.id}`);
		}
	}
	return problems;
}
