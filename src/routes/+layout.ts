// Every page is prerendered to static HTML; URLs have no trailing slash (`/country/br`).
export const prerender = true;
export const trailingSlash = 'never';
