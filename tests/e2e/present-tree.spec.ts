import { expect, test, type Page } from '@playwright/test';
import { hydrated, landed, violations, watchConsole } from './helpers';

// The family tree in the talk: `?tour=lineage`, and the chronological tour's tree stops.
test.use({ reducedMotion: 'reduce' });

const heading = (page: Page) => page.locator('#stop-title');
const stage = (page: Page) => page.locator('[data-tree-stage]');

async function open(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
	await landed(page);
}

/**
 * The branch as drawn: each label's size in screen pixels, the labels cut off by the stage or
 * the screen, those that overlap, and the organisations marked.
 */
async function branch(page: Page) {
	return stage(page).evaluate((box) => {
		const svg = box.querySelector('svg')!;
		const frame = box.getBoundingClientRect();
		const scale = svg.getScreenCTM()!.a;
		const labels = [...svg.querySelectorAll<SVGTextElement>('a.node text')].map((t) => ({
			name: t.textContent ?? '',
			box: t.getBoundingClientRect(),
			px: parseFloat(getComputedStyle(t).fontSize) * scale
		}));
		const inside = (r: DOMRect) =>
			r.left >= frame.left - 0.5 &&
			r.right <= Math.min(frame.right, innerWidth) + 0.5 &&
			r.top >= frame.top - 0.5 &&
			r.bottom <= Math.min(frame.bottom, innerHeight) + 0.5;
		const overlaps = labels.flatMap((a, i) =>
			labels
				.slice(i + 1)
				.filter(
					({ box: o }) =>
						a.box.left < o.right &&
						o.left < a.box.right &&
						a.box.top < o.bottom &&
						o.top < a.box.bottom
				)
				.map((b) => `${a.name} / ${b.name}`)
		);
		return {
			smallest: Math.min(...labels.map((l) => l.px)),
			cut: labels.filter((l) => !inside(l.box)).map((l) => l.name),
			overlaps,
			marked: [...svg.querySelectorAll('a.node[data-on-path]')].map((n) =>
				n.getAttribute('data-org')
			)
		};
	});
}

const SCREENS = [
	{ width: 1024, height: 768, least: 20 },
	{ width: 1280, height: 720, least: 20 },
	{ width: 1920, height: 1080, least: 28 },
	{ width: 3840, height: 2160, least: 56 }
];

for (const { least, ...screen } of SCREENS)
	test.describe(`at ${screen.width}×${screen.height}`, () => {
		test.use({ viewport: screen });

		test(`every stop of ?tour=lineage draws its branch whole, labels ${least} px or more`, async ({
			page
		}, info) => {
			test.setTimeout(120_000);
			const problems = watchConsole(page);
			await open(page, '/present?tour=lineage');
			const total = Number((await page.locator('.kicker .progress').textContent())!.split('/')[1]);
			expect(total).toBe(14);
			for (let stop = 1; stop <= total; stop++) {
				await expect(page.locator('[data-present]')).toHaveAttribute('data-stop', String(stop));
				await expect(stage(page)).toBeVisible();
				const drawn = await branch(page);
				expect(drawn.cut, `stop ${stop}`).toEqual([]);
				expect(drawn.overlaps, `stop ${stop}`).toEqual([]);
				expect(drawn.smallest, `stop ${stop}`).toBeGreaterThanOrEqual(least);
				expect(drawn.marked.length, `stop ${stop}`).toBeGreaterThanOrEqual(2);
				const side = await page.locator('.side').evaluate((s) => s.scrollHeight <= s.clientHeight);
				expect(side, `stop ${stop}: the panel whole`).toBe(true);
				if (stop === 8)
					await page.screenshot({ path: info.outputPath(`tree-${screen.width}.png`) });
				await page.keyboard.press('PageDown');
			}
			expect(problems).toEqual([]);
		});
	});

test('the chronological tour shows the 2010 split’s tree after its last event, the branch marked', async ({
	page
}) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	// Three moments come before: the CWI in 1974, the 1992 split, the 2006 renaming.
	await open(page, '/present?tour=history&stop=25');
	await expect(heading(page)).toHaveText('Izquierda Revolucionaria');
	await expect(page.locator('.kicker')).toContainText('Family tree');
	await expect(page.locator('[data-panel] .when')).toHaveText('January 2010');
	await expect(page.locator('[data-panel] .event')).toHaveText(
		/^Izquierda Revolucionaria: split from International Marxist Tendency in January 2010/
	);
	const drawn = await branch(page);
	expect(drawn.marked.toSorted()).toEqual(
		[
			'imt',
			'izquierda-revolucionaria',
			'el-militante',
			'corriente-marxista-revolucionaria',
			'new-spanish-section',
			'new-venezuelan-section'
		].toSorted()
	);
	// Where the branch comes from stands faint beside it.
	await expect(stage(page).locator('a.node[data-org="cmi"]')).not.toHaveAttribute('data-on-path');
	// The picture is no control: the keys still move the talk.
	await expect(stage(page).locator('a').first()).not.toBeFocused();
	await page.keyboard.press('PageUp');
	await expect(heading(page)).toHaveText('Venezuela');
	await expect(stage(page)).toHaveCount(0);
	expect(await violations(page)).toEqual([]);
});

test.describe('in Portuguese on a touch phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('a tree stop shows the branch above the panel, in Portuguese', async ({ page }, info) => {
		await open(page, '/pt/present?tour=lineage&stop=11');
		await expect(page.locator('.kicker')).toContainText('Árvore genealógica');
		await expect(heading(page)).toHaveText('A seção paquistanesa');
		const drawn = await branch(page);
		expect(drawn.cut).toEqual([]);
		expect(drawn.overlaps).toEqual([]);
		await page.screenshot({ path: info.outputPath('tree-phone-pt.png') });
	});
});
