import { expect, test, type Page } from '@playwright/test';
import { hydrated } from './helpers';

// hostile.test.ts shows that hostile dataset strings reach the page as text. This shows that,
// as text, they do not break the layout: every text of a view is replaced by each hostile string
// in turn (as textContent, the way Svelte writes dataset text), and nothing may stick out.
test.use({ serviceWorkers: 'block' });

const HOSTILE = {
	'a 400-letter word': 'W'.repeat(400),
	'a long URL': `javascript:alert(1)//${'a/'.repeat(120)}`,
	'markup shown as text': '<img src=x onerror=alert(1)><script>alert(1)</script>'.repeat(4),
	'right-to-left text': `مرحبا بالعالم \u202Egnp.exe\u202C שלום `.repeat(6),
	'emoji and combining marks': `✊🏽🌍👩‍👩‍👧‍👦 ${'Z\u0337\u0322\u031Ba\u0335l\u0336g\u0337o\u0336'.repeat(30)}`
};

/** Replaces every text in `selector` by `text`; returns what sticks out of its box, or the page. */
function overflowsWith(page: Page, selector: string, text: string) {
	return page.evaluate(
		([selector, text]) => {
			const root = document.querySelector(selector)!;
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			while (walker.nextNode())
				if (walker.currentNode.textContent!.trim()) nodes.push(walker.currentNode as Text);
			for (const node of nodes) node.textContent = text;
			const problems: string[] = [];
			if (document.documentElement.scrollWidth > innerWidth + 1)
				problems.push(`page ${document.documentElement.scrollWidth}px wide in ${innerWidth}px`);
			const box = root.getBoundingClientRect();
			for (const element of root.querySelectorAll('*')) {
				// A map zoomed in a picture lies beyond it, clipped by its <svg>: only the svg counts.
				if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue;
				const r = element.getBoundingClientRect();
				if (r.width && (r.right > box.right + 1 || r.left < box.left - 1))
					problems.push(`${element.tagName.toLowerCase()}.${element.className} sticks out`);
			}
			return { replaced: nodes.length, problems: [...new Set(problems)].slice(0, 5) };
		},
		[selector, text] as const
	);
}

const views: [name: string, path: string, selector: string][] = [
	['the country panel', '/country/br', '[data-panel="br"]'],
	["the year's events", '/?year=2010', '[data-year-events]'],
	['the list', '/list', 'table.countries'],
	['the presentation panel', '/present?tour=br', '.side'],
	['the presenter view', '/present/presenter?tour=br', '[data-presenter]']
];

for (const [name, path, selector] of views) {
	test(`hostile text keeps ${name} whole`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		for (const [kind, text] of Object.entries(HOSTILE)) {
			await test.step(kind, async () => {
				await page.goto(path);
				await hydrated(page);
				await expect(page.locator(selector)).toBeVisible();
				const { replaced, problems } = await overflowsWith(page, selector, text);
				expect(replaced, 'texts replaced').toBeGreaterThan(3);
				expect(problems, kind).toEqual([]);
			});
		}
	});
}
