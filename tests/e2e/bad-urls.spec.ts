import { expect, test, type ConsoleMessage, type Dialog, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// Each test is one first visit, which the service worker never controls: its install would only
// compete for the CPU. offline.spec.ts, csp.spec.ts and origin.spec.ts run with it.
test.use({ serviceWorkers: 'block' });

// Payloads set this global if they ever run; CSP would block an inline script anyway, so the
// tests also check that none is ever rendered as markup.
const PWNED = 'window.__pwned=1';
const SCRIPT = `<script>${PWNED}</script>`;
const IMG = `<img src=x onerror="${PWNED}">`;

/** What the address should give: the 404 page (maybe pointing to the country meant), or a page. */
type Expected =
	| 'not found'
	| { notFoundSuggesting: string }
	| 'home'
	| 'list'
	| { panel: string; status?: number };

const cases: [name: string, path: string, expected: Expected][] = [
	['unknown code', '/country/ZZ', 'not found'],
	['NUL byte', '/country/%00', 'not found'],
	['script in the path', `/country/${encodeURIComponent(SCRIPT)}`, 'not found'],
	// The browser percent-encodes `<`, `>` and `"` itself; the `/` makes a second segment.
	['script in the path, as typed', `/country/<script>${PWNED}</script>`, 'not found'],
	['img onerror in the path', `/country/${encodeURIComponent(IMG)}`, 'not found'],
	['quote in the path', '/country/a"b', 'not found'],
	['5,000-character path', `/country/${'a'.repeat(5000 - '/country/'.length)}`, 'not found'],
	['path traversal', '/..%2F..%2Fpackage.json', 'not found'],
	// Country pages are files with lower-case names; no redirect, but a link to the page meant.
	['upper-case code', '/country/BR', { notFoundSuggesting: 'Brazil' }],
	// The host has no such file, but the router (trailing slashes 'never') takes it for Brazil.
	['trailing slash', '/country/br/', { panel: 'br', status: 404 }],
	// A bad `?year=` shows today's map with a notice (timeline.spec.ts checks the notice); the
	// atlas pages ignore `?tour=`, which only presentation mode reads.
	['year not a number', '/country/br?year=abc', { panel: 'br' }],
	['year out of range', '/?year=99999', 'home'],
	['tour with empty and hostile stops', '/?tour=gb,,../x', 'home'],
	['repeated parameters', '/?year=1&year=2', 'home'],
	[
		'script in the query',
		`/list?q=${encodeURIComponent(SCRIPT)}&tour=${encodeURIComponent(IMG)}`,
		'list'
	],
	['script in the fragment', `/country/br#${encodeURIComponent(SCRIPT)}`, { panel: 'br' }]
];

/** Loads one address and checks it gave what it should, with the app started and nothing run. */
async function visit(page: Page, path: string, expected: Expected): Promise<void> {
	const problems: string[] = [];
	const onError = (error: Error) => problems.push(error.message);
	const onConsole = (message: ConsoleMessage) => {
		// The one error a 404 page logs is its own status.
		if (message.type() === 'error' && !/status of 404/.test(message.text())) {
			problems.push(message.text());
		}
	};
	const onDialog = (dialog: Dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	};
	page.on('pageerror', onError);
	page.on('console', onConsole);
	page.on('dialog', onDialog);
	try {
		// From a blank page, so that an address differing only in its fragment still loads.
		await page.goto('about:blank');
		const response = await page.goto(path);
		await hydrated(page);
		const notFound =
			expected === 'not found' ||
			(typeof expected !== 'string' && 'notFoundSuggesting' in expected);
		if (notFound) {
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
			await expect(page.getByRole('link', { name: 'Back to the map' })).toBeVisible();
			const suggestion = page.getByText('Did you mean');
			if (expected === 'not found') await expect(suggestion).toHaveCount(0);
			else await expect(suggestion).toContainText(expected.notFoundSuggesting);
		} else {
			const status = typeof expected !== 'string' && 'status' in expected ? expected.status : 200;
			expect(response?.status()).toBe(status);
			if (expected === 'home') {
				await expect(page.getByRole('heading', { level: 1 })).toContainText('country by country');
			} else if (expected === 'list') {
				await expect(page.locator('table.countries a')).toHaveCount(22);
			} else {
				await expect(page.locator(`[data-panel="${expected.panel}"]`)).toBeVisible();
			}
		}
		// The map is whole, the only inline scripts are the built first script (the map's hover,
		// SvelteKit started later) and Kit's own start-up script, and nothing from the address
		// became markup or ran.
		const dom = await page.evaluate(() => ({
			countries: document.querySelectorAll('svg[data-map] a.country').length,
			inlineScripts: [...document.querySelectorAll('script:not([src])')].map((script) =>
				script.textContent?.includes('__sveltekit_')
					? 'kit'
					: script.textContent?.includes('__atlasStart')
						? 'first'
						: 'other'
			),
			images: document.querySelectorAll('img').length,
			ran: '__pwned' in window
		}));
		expect(dom).toEqual({ countries: 22, inlineScripts: ['first', 'kit'], images: 0, ran: false });
		expect(problems).toEqual([]);
	} finally {
		page.off('pageerror', onError);
		page.off('console', onConsole);
		page.off('dialog', onDialog);
	}
}

// Two tests, each loading its half of the addresses in one browser page, one step per address.
for (const half of [0, 1]) {
	const mine = cases.filter((_, i) => i % 2 === half);
	test(`bad URLs, ${half + 1} of 2: 404 or the page, never a crash or script`, async ({ page }) => {
		for (const [name, path, expected] of mine) {
			await test.step(`${name}: ${path.slice(0, 80)}`, () => visit(page, path, expected));
		}
	});
}
