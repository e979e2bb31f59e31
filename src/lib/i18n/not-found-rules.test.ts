/**
 * `static/_redirects` gives each language its own not-found page on hosts that read it (and in
 * scripts/serve.js): a language added to the project without its rule would show English there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseLocale, locales } from '$lib/paraglide/runtime';

const rules = readFileSync('static/_redirects', 'utf8')
	.split('\n')
	.map((line) => line.trim())
	.filter((line) => line && !line.startsWith('#'))
	.map((line) => line.split(/\s+/));

describe('static/_redirects', () => {
	it.each(locales.filter((l) => l !== baseLocale))(
		'%s: unknown addresses under /%s/ get its 404 page with status 404',
		(locale) => {
			expect(rules).toContainEqual([`/${locale}/*`, `/${locale}/404.html`, '404']);
		}
	);

	it('has only 404 rules, each naming the page of its own prefix', () => {
		for (const [from, to, status] of rules) {
			expect(status).toBe('404');
			expect(to).toBe(from!.replace('/*', '/404.html'));
		}
	});
});
