import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';

/** Fails the test on any console error or uncaught exception, hydration mismatches included. */
export function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || /hydration_mismatch/.test(message.text())) {
			problems.push(message.text());
		}
	});
	page.on('pageerror', (error) => problems.push(error.message));
	return problems;
}

/** The screen position of a country on the map: the centre of its target or its largest box. */
export async function countryPoint(page: Page, iso2: string): Promise<{ x: number; y: number }> {
	const link = page.locator(`a.country[data-iso="${iso2}"]`);
	const target = link.locator('circle.target');
	const shape = (await target.count()) ? target : link.locator('path');
	const box = await shape.boundingBox();
	expect(box, `no box for ${iso2}`).not.toBeNull();
	return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
}

/** Waits until SvelteKit has hydrated the page, so clicks reach the app's handlers. */
export async function hydrated(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Runs every axe-core rule (WCAG 2.x A and AA, and best practices) on the page as it is now. */
export async function violations(page: Page): Promise<string[]> {
	// Legacy mode runs axe in the page itself rather than finishing in a second, blank page: the
	// atlas has no frames, and it halves the time.
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

/** Waits until the service worker is active and controls the page. */
export async function controlled(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * Serves the build on a port of its own, visits its home page until the service worker controls
 * it, then stops the server and runs `offline` with the address that no longer answers. Offline
 * means the server is gone: Playwright's setOffline has not always covered service workers.
 */
export async function afterOneVisitOffline(
	page: Page,
	offline: (url: string) => Promise<void>
): Promise<void> {
	const server = await serve({ root: 'build', port: 0 });
	let running = true;
	try {
		await page.goto(`${server.url}/`);
		await hydrated(page);
		await controlled(page);
		await server.close();
		running = false;
		await offline(server.url);
	} finally {
		if (running) await server.close();
	}
}

/** Waits until the talk's camera has arrived at the current stop. */
export async function landed(page: Page): Promise<void> {
	await page.waitForFunction(() => document.getAnimations().length === 0);
}

/** A view a test opens: its name, its path (without the language), what says it is ready. */
export type View = [name: string, path: string, ready?: (page: Page) => Promise<unknown>];

/** The talk's three views at one stop, each ready once drawn and still. */
export const TALK_VIEWS: View[] = [
	['the talk at a stop', '/present?stop=3', landed],
	[
		'the presenter view',
		'/present/presenter?stop=3',
		async (page) => {
			// Its two pictures drawn, and the talk's camera still.
			await expect(page.locator('[data-stop-map][data-drawn]')).toHaveCount(2);
			await landed(page);
		}
	],
	[
		'the print deck',
		'/present/print',
		(page) => expect(page.locator('[data-slide]').first()).toBeVisible()
	]
];

/** What a walk through a talk measured: the parts that overflowed, the stops and the type. */
export interface TalkWalk {
	/** "stop.part: title" of each part whose panel, source line included, does not fit. */
	overflowing: string[];
	/** How many stops the walk reached, and how many the tour has. */
	reached: number;
	total: number;
	/** The smallest type in the panel, in px, over the whole walk. */
	smallest: number;
}

/**
 * Steps through every part of every stop of the open talk with PageDown until it stops moving,
 * measuring each part a frame after it shows (one round trip a step, for a loaded machine).
 */
export async function walkTalk(page: Page): Promise<TalkWalk> {
	const total = Number((await page.locator('.kicker .progress').textContent())!.split('/')[1]);
	const overflowing: string[] = [];
	const seen = new Set<string>();
	let smallest = Infinity;
	for (;;) {
		const step = await page.evaluate(async () => {
			await new Promise(requestAnimationFrame);
			const root = document.querySelector('[data-present]')!;
			const side = document.querySelector('.side')!;
			const source = side.querySelector('.source')!.getBoundingClientRect();
			const sizes = [...side.querySelectorAll('p, h2, li, span')]
				.filter((e) => e.getClientRects().length > 0)
				.map((e) => parseFloat(getComputedStyle(e).fontSize));
			return {
				at: `${root.getAttribute('data-stop')}.${root.getAttribute('data-part')}`,
				title: document.querySelector('#stop-title')!.textContent,
				whole: side.scrollHeight <= side.clientHeight && source.bottom <= innerHeight,
				smallest: Math.min(...sizes)
			};
		});
		if (seen.has(step.at)) break;
		seen.add(step.at);
		smallest = Math.min(smallest, step.smallest);
		if (!step.whole) overflowing.push(`${step.at}: ${step.title}`);
		await page.keyboard.press('PageDown');
	}
	const reached = new Set([...seen].map((s) => s.split('.')[0])).size;
	return { overflowing, reached, total, smallest };
}
