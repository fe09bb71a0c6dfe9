// Every page is prerendered: Sealed is a static site that works without a server.
export const prerender = true;
export const trailingSlash = 'never';
