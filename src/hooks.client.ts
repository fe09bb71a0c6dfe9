import type { HandleClientError } from '@sveltejs/kit';

// A link to a page that does not exist is a reader's everyday mistake, not a fault: show the
// helpful 404 page without logging an error. Anything else is still reported in the console.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'There is no page at this address.' : message };
};
