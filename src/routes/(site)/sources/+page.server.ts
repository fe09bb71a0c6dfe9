import { sources } from '$lib/content/sources';
import type { PageServerLoad } from './$types';

// Prerender only: the list arrives as page data rather than as a script.
export const load: PageServerLoad = () => ({ sources });
