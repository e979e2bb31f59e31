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
 * measuring each part a frame after it shows. The walk runs in the page, each step the talk's own
 * handler of PageDown: a round trip from the test a step took ~0.6 s of a loaded machine (ten
 * walks of up to 40 stops in present.spec.ts alone), and measured nothing more.
 */
export async function walkTalk(page: Page): Promise<TalkWalk> {
	const total = Number((await page.locator('.kicker .progress').textContent())!.split('/')[1]);
	// A person's PageDown moves the talk on and PageUp back, before the walk takes over.
	const root = page.locator('[data-present]');
	const at = async () =>
		`${await root.getAttribute('data-stop')}.${await root.getAttribute('data-part')}`;
	const first = await at();
	await page.keyboard.press('PageDown');
	await expect.poll(at).not.toBe(first);
	await page.keyboard.press('PageUp');
	await expect.poll(at).toBe(first);
	const steps = await page.evaluate(async () => {
		const root = document.querySelector('[data-present]')!;
		const frame = () => new Promise(requestAnimationFrame);
		const steps = [];
		let at = '';
		for (;;) {
			// A step has shown when the talk says so; a frame later its panel is laid out (and
			// split in parts if it needs them). Half a second without a move is the end.
			for (let frames = 0; frames < 30; frames++) {
				if (`${root.getAttribute('data-stop')}.${root.getAttribute('data-part')}` !== at) break;
				await frame();
			}
			await frame();
			const side = document.querySelector('.side')!;
			const source = side.querySelector('.source')!.getBoundingClientRect();
			const sizes = [...side.querySelectorAll('p, h2, li, span')]
				.filter((e) => e.getClientRects().length > 0)
				.map((e) => parseFloat(getComputedStyle(e).fontSize));
			const step = {
				at: `${root.getAttribute('data-stop')}.${root.getAttribute('data-part')}`,
				title: document.querySelector('#stop-title')!.textContent,
				whole: side.scrollHeight <= side.clientHeight && source.bottom <= innerHeight,
				smallest: Math.min(...sizes)
			};
			if (step.at === at) return steps;
			steps.push(step);
			at = step.at;
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
		}
	});
	const overflowing: string[] = [];
	const seen = new Set<string>();
	let smallest = Infinity;
	for (const step of steps) {
		if (seen.has(step.at)) break;
		seen.add(step.at);
		smallest = Math.min(smallest, step.smallest);
		if (!step.whole) overflowing.push(`${step.at}: ${step.title}`);
	}
	const reached = new Set([...seen].map((s) => s.split('.')[0])).size;
	return { overflowing, reached, total, smallest };
}
