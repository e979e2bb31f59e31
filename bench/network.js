// Counts what a first load transfers: every finished request's encoded (gzip) body size, sorted
// into HTML, JS, CSS and other by content type, so both pages are weighed the way a host serves them.

/** @typedef {{ url: string, kind: string, bytes: number, gzip: boolean }} Transfer */

/** @param {string} type @param {string} resourceType */
function kindOf(type, resourceType) {
	if (type.includes('html')) return 'html';
	if (type.includes('javascript')) return 'js';
	if (type.includes('css')) return 'css';
	if (resourceType === 'script') return 'js';
	if (resourceType === 'stylesheet') return 'css';
	return 'other';
}

/**
 * Starts recording the page's requests; `summary()` waits for the last sizes to arrive.
 * @param {import('@playwright/test').Page} page
 */
export function recordTransfers(page) {
	/** @type {Promise<Transfer | null>[]} */
	const pending = [];
	/** @type {Set<string> | null} */
	let firstLoad = null;
	let inFlight = 0;
	let lastChange = Date.now();
	const change = (/** @type {number} */ by) => () => {
		inFlight += by;
		lastChange = Date.now();
	};
	page.on('request', change(1));
	page.on('requestfailed', change(-1));
	page.on('requestfinished', change(-1));
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				if (!response || request.url().startsWith('data:')) return null;
				const headers = await response.allHeaders();
				const { responseBodySize } = await request.sizes();
				return {
					url: request.url(),
					kind: kindOf(headers['content-type'] ?? '', request.resourceType()),
					bytes: responseBodySize,
					gzip: headers['content-encoding'] === 'gzip'
				};
			})().catch(() => null)
		);
	});
	return {
		/**
		 * Resolves once no request has been in flight for `quietMs`. A page that loads more before
		 * it is ready (the atlas's language files, fetched by its `init` hook once its code has
		 * run) can look idle to `networkidle` while its scripts run under the CPU throttle.
		 */
		async settled(quietMs = 500) {
			while (inFlight > 0 || Date.now() - lastChange < quietMs) {
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		/** Counts only these addresses (and the page): what the page requested before it was ready. */
		only(/** @type {string[]} */ urls) {
			firstLoad = new Set(urls);
		},
		/** Bytes per kind, total and request count, once every finished request is sized. */
		async summary() {
			const transfers = /** @type {Transfer[]} */ (
				(await Promise.all(pending)).filter(
					(t) => t !== null && (!firstLoad || firstLoad.has(t.url) || t.kind === 'html')
				)
			);
			/** @type {Record<string, number>} */
			const totals = { html: 0, js: 0, css: 0, other: 0, total: 0, requests: transfers.length };
			for (const { kind, bytes } of transfers) {
				totals[kind] = (totals[kind] ?? 0) + bytes;
				totals.total = (totals.total ?? 0) + bytes;
			}
			return { totals, transfers };
		}
	};
}
