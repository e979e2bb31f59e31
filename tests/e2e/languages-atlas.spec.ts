import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated, watchConsole } from './helpers';

// The atlas's interface in another language must not fall back to English anywhere. The English
// strings are read from messages/en.json at test time: every message the atlas's own interface
// added (after the shell's, which end at `footer_translations`), less those a language writes the
// same (a name, "Pause" in French) and less those mostly made of parameters, which cannot be told
// from the dataset's own English.
type Value = string | { match: Record<string, string> }[];
const read = (locale: string): Record<string, Value> =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const en = read('en');
const keys = Object.keys(en);
const atlasKeys = keys.slice(keys.indexOf('footer_translations') + 1);
const texts = (value: Value): string[] =>
	typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));

/** What the English texts of the atlas's messages look like, for `locale`'s pages. */
function englishFor(locale: string) {
	const own = read(locale);
	const found: { key: string; pattern: string; whole: string | null }[] = [];
	for (const key of atlasKeys) {
		const mine = texts(own[key]!);
		for (const text of texts(en[key]!)) {
			if (mine.includes(text)) continue;
			const literal = text.replace(/\{\w+\}/g, '');
			if (literal.replace(/[^a-z]/gi, '').length < 10) continue;
			const escaped = text
				.split(/\{\w+\}/)
				.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
				.join('.+?');
			// Parameter-free texts of two words or more are also looked for inside accessible
			// names, which the atlas builds from its messages and names.
			const whole = !/\{\w+\}/.test(text) && /\s/.test(text.trim()) ? text : null;
			found.push({ key, pattern: `^${escaped}$`, whole });
		}
	}
	return found;
}

const PAGES = [
	{ path: '/fr/country/br', locale: 'fr' },
	{ path: '/es/list', locale: 'es' },
	{ path: '/it/about', locale: 'it' },
	{ path: '/pt/sources', locale: 'pt' }
];

for (const { path, locale } of PAGES) {
	test(`${path} shows none of the atlas's English interface strings`, async ({ page }) => {
		const problems = watchConsole(page);
		const english = englishFor(locale);
		expect(english.length).toBeGreaterThan(50);
		await page.goto(path);
		await hydrated(page);
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		await expect(page.locator('[data-timeline]')).toHaveAttribute('data-ready', '');
		const found = await page.evaluate((english) => {
			const patterns = english.map((e) => ({ ...e, re: new RegExp(e.pattern) }));
			const hits: string[] = [];
			// The source's own text is English by design: the sources page quotes the article.
			const quoted = (el: Element) => el.closest('ol.text > li > p, ol.text > li.part, .omitted');
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent?.replace(/\s+/g, ' ').trim() ?? '';
				const parent = node.parentElement;
				if (!text || !parent || quoted(parent) || !parent.checkVisibility()) continue;
				for (const { key, re } of patterns) if (re.test(text)) hits.push(`text ${key}: "${text}"`);
			}
			for (const el of document.querySelectorAll('[aria-label]')) {
				const label = el.getAttribute('aria-label')!;
				for (const { key, re, whole } of patterns)
					if (re.test(label) || (whole && label.includes(whole)))
						hits.push(`aria-label ${key}: "${label}"`);
			}
			return hits;
		}, english);
		expect(found).toEqual([]);
		expect(problems).toEqual([]);
	});
}

test('at a past year the list tells each organisation then in the page language', async ({
	page
}) => {
	await page.goto('/es/list?year=2017');
	await hydrated(page);
	const brazil = page.locator('table.countries tbody tr', { hasText: 'Brasil' });
	await expect(brazil).toContainText('Esquerda Marxista, la sección brasileña');
	await expect(page.locator('main')).not.toContainText('the Brazilian section');
});
