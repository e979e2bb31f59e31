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
		async summary() {
			const transfers = /** @type {Transfer[]} */ (
				(await Promise.all(pending)).filter((transfer) => transfer !== null)
			);
			/** @type {Record<string, number>} */
			const bytes = { html: 0, js: 0, css: 0, other: 0 };
			for (const transfer of transfers) bytes[transfer.kind] += transfer.bytes;
			const total = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
			return { ...bytes, total, requests: transfers.length, transfers };
		}
	};
}
