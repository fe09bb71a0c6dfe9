import { glossary } from '$lib/content/glossary';
import type { PageServerLoad } from './$types';

// Prerender only: the glossary arrives as page data, in alphabetical order.
export const load: PageServerLoad = () => ({
	terms: [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'))
});
