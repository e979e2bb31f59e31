import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, walkTalk, watchConsole } from './helpers';

/**
 * The presentation in Spanish, French, Italian and Portuguese: no interface string of the talk,
 * the presenter view, the print deck or the help is left in English. The English strings are read
 * from messages/en.json at test time, so a string moved later is checked too; a string a language
 * writes the same way (“OK”, “Dates”) is not a sign of anything and is skipped. The dataset's own
 * words (country names, facts, status names) are not interface strings and are not checked here.
 */

type Message = string | { declarations?: string[]; match: Record<string, string> }[];
const read = (locale: string): Record<string, Message> =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8'));
const PRESENTATION = /^(talk|presenter|print|export)_/;
/** Parameters that are always numbers (or "4 / 22"): matched as such, so a pattern stays narrow. */
const NUMERIC = new Set(['count', 'year', 'part', 'parts', 'total', 'progress']);

const texts = (message: Message | undefined): string[] =>
	message === undefined
		? []
		: typeof message === 'string'
			? [message]
			: message.flatMap((v) => Object.values(v.match));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each English text of the presentation's messages as a pattern for a whole text node: its
 * parameters stand for anything (numbers for numeric ones). Texts that are only parameters and
 * punctuation (“{label}: {text}”) match too much to tell anything and are left out.
 */
function englishPatterns(locale: string): { key: string; pattern: RegExp }[] {
	const en = read('en');
	const other = read(locale);
	return Object.entries(en).flatMap(([key, message]) => {
		if (!PRESENTATION.test(key)) return [];
		const theirs = new Set(texts(other[key]));
		return texts(message)
			.filter((text) => !theirs.has(text))
			.filter((text) => text.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '').length >= 3)
			.map((text) => {
				const source = text
					.split(/(\{\w+\})/)
					.map((part) => {
						const param = /^\{(\w+)\}$/.exec(part)?.[1];
						if (!param) return escape(part);
						return NUMERIC.has(param) ? '[\\d\\s/.,]+' : '.*?';
					})
					.join('');
				return { key, pattern: new RegExp(`^${source}$`, 'u') };
			});
	});
}

/** Every visible text node and every aria-label on the page, and its title, trimmed. */
async function pageTexts(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found = new Set<string>([document.title]);
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			const text = node.textContent?.trim();
			if (!text || !parent || parent.closest('script, style, noscript')) continue;
			if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
			found.add(text);
		}
		for (const element of document.querySelectorAll('[aria-label]'))
			found.add(element.getAttribute('aria-label')!.trim());
		return [...found];
	});
}

async function expectNoEnglish(page: Page, locale: string) {
	const patterns = englishPatterns(locale);
	expect(patterns.length).toBeGreaterThan(50);
	const left = (await pageTexts(page)).flatMap((text) =>
		patterns.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: “${text}”`)
	);
	expect(left).toEqual([]);
}

test.describe('the presentation in other languages', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('Spanish talk at a country stop, with a notice for a bad code', async ({ page }, info) => {
		const problems = watchConsole(page);
		await page.goto('/es/present?tour=br,zz');
		await hydrated(page);
		await landed(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.locator('[data-notice]')).toContainText('No están en el atlas');
		await expect(page.locator('[aria-live="polite"]')).toHaveText(/^Parada \u20681 \/ 2\u2069: /);
		await expect(page.getByRole('button', { name: 'Teclas y exportación' })).toBeVisible();
		await expectNoEnglish(page, 'es');
		await page.screenshot({ path: info.outputPath('es-present-1280.png') });
		expect(problems).toEqual([]);
	});

	test('French presenter view', async ({ page }, info) => {
		const problems = watchConsole(page);
		await page.goto('/fr/present/presenter?stop=2');
		await hydrated(page);
		await expect(page.locator('[data-presenter]')).toHaveAttribute('data-stop', '2');
		await expect(page.getByRole('button', { name: 'Écran noir' })).toBeVisible();
		await page.getByRole('button', { name: 'Écran noir' }).click();
		await expect(page.getByRole('button', { name: 'Afficher la carte' })).toBeVisible();
		await expectNoEnglish(page, 'fr');
		await page.screenshot({ path: info.outputPath('fr-presenter-1280.png') });
		expect(problems).toEqual([]);
	});

	test('Italian print deck', async ({ page }, info) => {
		const problems = watchConsole(page);
		await page.goto('/it/present/print');
		await hydrated(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Il percorso, una tappa per pagina'
		);
		await expect(page.locator('[data-slide]').first()).toBeVisible();
		await expectNoEnglish(page, 'it');
		await page.screenshot({ path: info.outputPath('it-print-1280.png') });
		expect(problems).toEqual([]);
	});

	test('Portuguese talk with its help open', async ({ page }, info) => {
		const problems = watchConsole(page);
		await page.goto('/pt/present?stop=3');
		await hydrated(page);
		await landed(page);
		await page.keyboard.press('?');
		const help = page.locator('[data-help]');
		await expect(help).toBeVisible();
		await expect(help.getByRole('button', { name: 'Fechar a ajuda' })).toBeVisible();
		await expectNoEnglish(page, 'pt');
		await page.screenshot({ path: info.outputPath('pt-help-1280.png') });
		expect(problems).toEqual([]);
	});
});

test.describe('the Spanish talk at 1024×768', () => {
	test.use({ reducedMotion: 'reduce', viewport: { width: 1024, height: 768 } });

	for (const tour of ['', '?tour=history'])
		test(`each step of the ${tour ? 'chronological' : 'default'} tour shows its whole panel, source line included`, async ({
			page
		}) => {
			// A walk of up to 40 stops on a loaded machine.
			test.setTimeout(120_000);
			await page.goto(`/es/present${tour}`);
			await hydrated(page);
			await landed(page);
			const walk = await walkTalk(page);
			expect(walk.overflowing).toEqual([]);
			expect(walk.reached).toBe(walk.total);
			expect(walk.smallest).toBeGreaterThanOrEqual(20);
		});
});
