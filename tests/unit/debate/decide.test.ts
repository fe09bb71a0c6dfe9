import { describe, expect, it } from 'vitest';
import { positions } from '$content/chapters/05-privacy-or-safety/positions';
import { proposals, tradeOffs } from '$content/chapters/05-privacy-or-safety/trade-offs';
import {
	checkTradeOffs,
	decide,
	validChoices,
	type Choices,
	type TradeOff
} from '$lib/debate/decide';

/** Every way of answering: each trade-off answered with one of its options, or left blank. */
function everyCombination(list: readonly TradeOff[]): Choices[] {
	return list.reduce<Choices[]>(
		(combos, tradeOff) =>
			combos.flatMap((combo) => [
				combo,
				...tradeOff.options.map((option) => ({ ...combo, [tradeOff.id]: option.id }))
			]),
		[{}]
	);
}

const profileOf = (id: string): Choices =>
	Object.fromEntries(
		Object.entries(proposals.find((p) => p.id === id)!.stances).map(([key, s]) => [key, s.option])
	);
const closestIds = (choices: Choices) =>
	decide(tradeOffs, proposals, choices).closest.map((match) => match.proposal.id);

describe('chapter 5 trade-offs', () => {
	it('are sound: every proposal answers every trade-off with one of its options, and a reason', () => {
		expect(checkTradeOffs(tradeOffs, proposals)).toEqual([]);
		expect(tradeOffs.length).toBeGreaterThanOrEqual(3);
		expect(tradeOffs.length).toBeLessThanOrEqual(5);
	});

	it('use only proposals that are on the map', () => {
		const onMap = new Set(positions.map((p) => p.id));
		for (const proposal of proposals) expect(onMap.has(proposal.id)).toBe(true);
	});

	it('give each proposal its own profile, so each can come out on top alone', () => {
		const profiles = proposals.map((p) => JSON.stringify(profileOf(p.id)));
		// Rudd's request and the ghost user answer alike: the ghost is one way to build it.
		const shared = profiles.filter((p, i) => profiles.indexOf(p) !== i);
		expect(shared).toHaveLength(1);
		for (const proposal of proposals)
			expect(closestIds(profileOf(proposal.id))).toContain(proposal.id);
	});
});

describe('decide', () => {
	it('matches nothing until something is answered', () => {
		const decision = decide(tradeOffs, proposals, {});
		expect(decision.answered).toBe(0);
		expect(decision.closest).toEqual([]);
		expect(decision.ranking).toHaveLength(proposals.length);
	});

	it('ignores unknown questions, unknown options and prototype keys', () => {
		const junk = JSON.parse(
			'{"reach":"everything","colour":"blue","__proto__":{"reach":"metadata"}}'
		);
		expect(validChoices(tradeOffs, junk)).toEqual({});
		expect(decide(tradeOffs, proposals, junk).answered).toBe(0);
		expect(validChoices(tradeOffs, { reach: 'metadata', risk: 'maybe' })).toEqual({
			reach: 'metadata'
		});
	});

	it('maps every combination of answers to the closest proposals, each with a reason', () => {
		const combos = everyCombination(tradeOffs);
		expect(combos).toHaveLength(4 * 4 * 5 * 3);
		for (const choices of combos) {
			const decision = decide(tradeOffs, proposals, choices);
			const answered = Object.keys(choices).length;
			expect(decision.answered).toBe(answered);
			if (answered === 0) continue;
			expect(decision.closest.length, JSON.stringify(choices)).toBeGreaterThan(0);
			const best = Math.max(...decision.ranking.map((match) => match.score));
			for (const match of decision.closest) {
				expect(match.score).toBe(best);
				expect(match.agrees.length + match.differs.length).toBe(answered);
				expect(match.reason).toMatch(
					new RegExp(`^It shares ${match.agrees.length} of your ${answered} answers?`)
				);
				if (match.agrees.length) expect(match.reason).toContain('Like you, it ');
				if (match.differs.length) expect(match.reason).toContain('Unlike you, it ');
			}
			// Everything not among the closest is further away.
			for (const match of decision.ranking.slice(decision.closest.length)) {
				expect(match.score).toBeLessThan(best);
			}
		}
	});

	it('finds the obvious matches', () => {
		expect(closestIds({ reach: 'metadata', risk: 'no', holder: 'nobody', scope: 'named' })).toEqual(
			['e2ee']
		);
		expect(closestIds({ scope: 'everyone' })).toEqual(['scanning']);
		expect(closestIds({ reach: 'their-phone', holder: 'the-state' })).toEqual(['hacking']);
		expect(closestIds({ holder: 'a-trusted-third-party' })).toEqual(['escrow']);
		expect(closestIds({ reach: 'any-message', risk: 'small', holder: 'the-company' })).toEqual([
			'rudd',
			'ghost'
		]);
	});

	it('explains a full match with the proposal’s own reasons', () => {
		const [match] = decide(tradeOffs, proposals, profileOf('hacking')).closest;
		expect(match!.reason).toBe(
			'It shares 4 of your 4 answers. Like you, it reaches a suspect’s messages by getting into their own phone; leaves everyone’s encryption alone but depends on breaking into devices; puts the means in the hands of the police and agencies; and works on one named phone at a time.'
		);
	});

	it('counts a neighbouring answer on the risk scale as half a match, and says so', () => {
		const decision = decide(tradeOffs, proposals, { risk: 'no', holder: 'the-state' });
		const hacking = decision.ranking.find((match) => match.proposal.id === 'hacking')!;
		expect(hacking.score).toBe(1.5);
		expect(hacking.near).toEqual(['risk']);
		expect(hacking.reason).toMatch(
			/^It shares 1 of your 2 answers, and is one step from yours on how much risk to accept\. /
		);
		const scanning = decision.ranking.find((match) => match.proposal.id === 'scanning')!;
		expect(scanning.score).toBe(0);
		expect(scanning.reason).toMatch(/^It shares 0 of your 2 answers\. Unlike you, it /);
	});

	it('keeps ties in the chapter’s order', () => {
		const ids = closestIds({ scope: 'named' });
		expect(ids).toEqual(proposals.filter((p) => p.id !== 'scanning').map((p) => p.id));
	});
});

describe('checkTradeOffs', () => {
	it('names each problem', () => {
		const broken: TradeOff[] = [
			{ id: 'a', prompt: 'A?', topic: 'a', options: [{ id: 'x', text: 'X' }] },
			{
				id: 'a',
				prompt: 'B?',
				topic: 'b',
				options: [
					{ id: 'y', text: 'Y' },
					{ id: 'y', text: 'Y' }
				]
			}
		];
		expect(
			checkTradeOffs(broken, [
				{ id: 'p', name: 'P', year: '1', stances: { a: { option: 'z', why: 'w' } } }
			])
		).toEqual([
			'trade-off ids repeat',
			'a has fewer than two options',
			'a option ids repeat',
			'p answers a with an unknown option',
			'p answers a with an unknown option'
		]);
	});
});
