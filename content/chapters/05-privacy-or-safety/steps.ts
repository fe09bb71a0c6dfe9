import type { Step } from '$lib/scrolly/types';
import type { PositionsState } from '$lib/debate/positions-types';
import { positions } from './positions';

/**
 * Steps of chapter 5, in reading order: the case for access in its speakers' words, the ways it
 * could be built, the case against, then the common ground. Markers arrive as the prose reaches
 * them; two contested ones move when their critics speak (Rudd in 'real-people' and
 * 'keys-under-doormats', the ghost user in 'the-firms'). Every step's state differs from the last.
 */
const state = (
	shown: string[],
	focus: string | null,
	reading: Record<string, number> = {}
): PositionsState => ({ positions, shown, focus, reading });

const forAccess = ['e2ee', 'rudd', 'comey'];
const designs = [...forAccess, 'escrow', 'ghost', 'scanning'];
const all = [...designs, 'hacking', 'doormats'];

export const steps: Step<PositionsState>[] = [
	{
		id: 'two-questions',
		label: 'Two questions, one map',
		state: state(['e2ee'], 'e2ee')
	},
	{
		id: 'the-home-secretarys-case',
		label: 'The Home Secretary’s case',
		state: state(['e2ee', 'rudd'], 'rudd')
	},
	{
		id: 'devices-the-fbi-could-not-open',
		label: 'Devices the FBI could not open',
		state: state(forAccess, 'comey')
	},
	{
		id: 'real-people',
		label: '“Real people”',
		state: state(forAccess, 'rudd', { rudd: 1 })
	},
	{
		id: 'ways-to-build-a-way-in',
		label: 'Ways to build a way in',
		state: state(designs, 'ghost', { rudd: 1 })
	},
	{
		id: 'liberty-and-the-lib-dems',
		label: 'Liberty and the Lib Dems',
		state: state([...designs, 'hacking'], 'hacking', { rudd: 1 })
	},
	{
		id: 'the-firms',
		label: 'The technology firms',
		state: state([...designs, 'hacking'], 'ghost', { rudd: 1, ghost: 1 })
	},
	{
		id: 'keys-under-doormats',
		label: 'Keys under doormats',
		state: state(all, 'doormats', { rudd: 2, ghost: 1 })
	},
	{
		id: 'a-way-in-found-by-others',
		label: 'A way in, found by others',
		state: state(all, 'e2ee', { rudd: 2, ghost: 1 })
	},
	{
		id: 'where-they-agree',
		label: 'Where they agree',
		state: state(all, null, { rudd: 2, ghost: 1 })
	}
];
