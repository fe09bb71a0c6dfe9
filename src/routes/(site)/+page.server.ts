import { listChapters } from '$lib/content/chapters';
import type { PageServerLoad } from './$types';

// Prerender only: the course map needs every chapter's front matter, not their code.
export const load: PageServerLoad = async () => ({ chapters: await listChapters() });
