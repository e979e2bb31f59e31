import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import countryCodes from 'i18n-iso-countries';
import { countries } from '$lib/data/dataset';
import { addProse, localeCountries } from '$lib/data/localized';
import { mainlandBounds, type Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { worldRings } from '$lib/geo/rings.server';
import { cameraFor, transformFor, type Camera, type Stage } from './camera';
import { countriesNamed, frameStop, onMap, ringsShown, stageBeside } from './framing';

const wide: Stage = { left: 0, top: 0, width: 1229, height: 1080 };
const tall: Stage = { left: 0, top: 0, width: 390, height: 420 };
const box = (x0: number, y0: number, x1: number, y1: number): Bounds => [
	[x0, y0],
	[x1, y1]
];

/** Where a frame lands on the stage: its screen box, and the zoom. */
function onStage(frame: Bounds | null, stage: Stage, unit: number) {
	const t = transformFor(frameStop(frame, stage, unit), stage, unit);
	const [[x0, y0], [x1, y1]] = frame ?? box(0, 0, MAP_WIDTH, MAP_HEIGHT);
	const at = (x: number, y: number) => [t.x + t.k * unit * x, t.y + t.k * unit * y] as const;
	const [sx0, sy0] = at(x0, y0);
	const [sx1, sy1] = at(x1, y1);
	return { k: t.k, sx0, sy0, sx1, sy1 };
}

describe('frameStop', () => {
	it.each([
		{ name: 'Brazil on a wide screen', frame: box(560, 420, 760, 640), stage: wide, pad: 0.2 },
		{
			name: 'a wide country on a wide screen',
			frame: box(1100, 300, 1400, 450),
			stage: wide,
			pad: 0.2
		},
		{ name: 'Brazil on a phone', frame: box(560, 420, 760, 640), stage: tall, pad: 0.2 },
		{ name: 'the world on a wide screen', frame: null, stage: wide, pad: 0.03 },
		{ name: 'the world on a phone', frame: null, stage: tall, pad: 0.03 }
	])('centres $name, one side at the padding, the rest inside', ({ frame, stage, pad }) => {
		const unit = stage.width / MAP_WIDTH;
		const { sx0, sy0, sx1, sy1 } = onStage(frame, stage, unit);
		expect((sx0 + sx1) / 2).toBeCloseTo(stage.left + stage.width / 2, 6);
		expect((sy0 + sy1) / 2).toBeCloseTo(stage.top + stage.height / 2, 6);
		expect(sx0).toBeGreaterThanOrEqual(stage.left + pad * stage.width - 1e-6);
		expect(sy0).toBeGreaterThanOrEqual(stage.top + pad * stage.height - 1e-6);
		const fillsWidth = Math.abs(sx1 - sx0 - (1 - 2 * pad) * stage.width) < 1e-6;
		const fillsHeight = Math.abs(sy1 - sy0 - (1 - 2 * pad) * stage.height) < 1e-6;
		expect(fillsWidth || fillsHeight).toBe(true);
	});

	it.each([
		{ name: 'France', frame: box(905, 205, 975, 275), k: 8 },
		{ name: 'an island state', frame: box(1500, 500, 1504, 503), k: 8 },
		{ name: 'a point', frame: box(700, 300, 700, 300), k: 8 }
	])('zooms $name at most 8 times', ({ frame, k }) => {
		expect(onStage(frame, wide, wide.width / MAP_WIDTH).k).toBeCloseTo(k, 9);
	});

	it('frames the same picture whatever the layout’s pixels per unit', () => {
		const frame = box(300, 200, 600, 400);
		const doubled = { ...wide, width: 2 * wide.width, height: 2 * wide.height };
		const a = frameStop(frame, wide, 1);
		const b = frameStop(frame, doubled, 2);
		expect(b).toEqual({ cx: a.cx, cy: a.cy, w: expect.closeTo(a.w, 9) });
	});
});

describe('stageBeside', () => {
	it.each([
		{
			name: 'a wide screen: left of the panel',
			panel: { left: 1229, right: 1920, top: 0 },
			stage: { left: 0, top: 0, width: 1229, height: 1080 }
		},
		{
			name: 'a wide screen right to left: right of the panel, which stands on the left',
			panel: { left: 0, right: 691, top: 0 },
			stage: { left: 691, top: 0, width: 1229, height: 1080 }
		},
		{
			name: 'a tall screen: above the panel',
			panel: { left: 0, right: 1920, top: 486 },
			stage: { left: 0, top: 0, width: 1920, height: 486 }
		}
	])('$name', ({ panel, stage }) =>
		expect(stageBeside(panel, { width: 1920, height: 1080 })).toEqual(stage)
	);

	it.each([
		{ name: 'a phone: above the key and marks', foot: { top: 195 }, height: 195 },
		{ name: 'a phone whose key is not laid out yet', foot: { top: 0 }, height: 333 },
		{ name: 'a phone without a key', foot: null, height: 333 }
	])('$name', ({ foot, height }) =>
		expect(
			stageBeside({ left: 0, right: 360, top: 333 }, { width: 360, height: 740 }, foot)
		).toEqual({
			left: 0,
			top: 0,
			width: 360,
			height
		})
	);

	it('a wide screen keeps the full height beside the panel: the key sits in a corner', () =>
		expect(
			stageBeside({ left: 1229, right: 1920, top: 0 }, { width: 1920, height: 1080 }, { top: 980 })
				.height
		).toBe(1080));
});

describe('on the real map (world-atlas)', () => {
	const { rings } = worldRings();
	const frameOf = (iso2: string): Bounds =>
		mainlandBounds(rings.get(countryCodes.alpha2ToNumeric(iso2.toUpperCase())!)!);
	const screens = [
		{ name: '1920×1080', stage: wide, unit: 1 },
		{ name: '1024×768', stage: { left: 0, top: 0, width: 656, height: 768 }, unit: 1024 / 1920 },
		{ name: 'a 360 px phone', stage: { left: 0, top: 0, width: 360, height: 330 }, unit: 0.1875 }
	];
	/** What a camera shows, in map units. */
	const view = ({ cx, cy, w }: Camera, stage: Stage) => {
		const h = (w * stage.height) / stage.width;
		return { x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2, h };
	};

	describe.each(screens)('at $name', ({ stage, unit }) => {
		it.each(countries.map((c) => c.iso2))(
			'%s: the whole frame in view, nothing off the map',
			(iso2) => {
				const frame = frameOf(iso2);
				const v = view(frameStop(frame, stage, unit), stage);
				const [[fx0, fy0], [fx1, fy1]] = frame;
				const e = 1e-6;
				expect(v.x0 <= fx0 + e && v.x1 >= fx1 - e && v.y0 <= fy0 + e && v.y1 >= fy1 - e).toBe(true);
				expect(v.y0 >= -e || v.h > MAP_HEIGHT).toBe(true);
				expect(v.y1 <= MAP_HEIGHT + e || v.h > MAP_HEIGHT).toBe(true);
				expect(v.x0 >= -e && v.x1 <= MAP_WIDTH + e).toBe(true);
			}
		);
	});

	it.each(['ca', 'ru'])(
		'%s reaches the map’s edge: a padded frame alone would show a band of nothing',
		(iso2) => {
			const padded = cameraFor(frameOf(iso2), wide, 1, { padding: 0.2, maxScale: 8 });
			const v = view(padded, wide);
			// Over a fifth of the view above the map's top edge, before the rule moves it in; after,
			// only what a view taller than the whole map must leave (Russia: 1%), top and bottom.
			expect(-v.y0 / v.h).toBeGreaterThan(0.2);
			const moved = view(onMap(padded, wide), wide);
			expect(-moved.y0).toBeLessThanOrEqual(Math.max(0, (moved.h - MAP_HEIGHT) / 2) + 1e-9);
			expect(-moved.y0 / moved.h).toBeLessThan(0.02);
		}
	);

	it.each([
		{ stop: 'the world', frame: null, shown: true },
		{ stop: 'Russia', frame: 'ru', shown: true },
		{ stop: 'Canada', frame: 'ca', shown: true },
		{ stop: 'Mexico', frame: 'mx', shown: false },
		{ stop: 'France', frame: 'fr', shown: false },
		{ stop: 'the United Kingdom', frame: 'gb', shown: false },
		{ stop: 'El Salvador', frame: 'sv', shown: false }
	])('rings on $stop at 1920×1080: $shown', ({ frame, shown }) => {
		const camera = frameStop(frame ? frameOf(frame) : null, wide, 1);
		expect(ringsShown(camera, wide)).toBe(shown);
	});
});

describe('countriesNamed', () => {
	const list = countries.map(({ iso2, name }) => ({ iso2, name }));
	it.each([
		{
			text: 'Militant and its allies in Sweden, Ireland and other countries form the CWI.',
			named: ['ie', 'se']
		},
		{ text: 'Labour Party constitution', named: [] },
		{ text: 'the United Kingdom and the United States', named: ['gb', 'us'] },
		// A word inside another word is not a name.
		{ text: 'Francesca and Perugia', named: [] },
		{ text: '', named: [] }
	])('$text', ({ text, named }) => expect(countriesNamed(text, list)).toEqual(named));

	beforeAll(() =>
		addProse('es', JSON.parse(readFileSync('src/lib/data/translations/es.json', 'utf8')))
	);
	// Names in the page's language end on accented letters, which `\b` takes for word breaks.
	it.each([
		{ text: 'En Perú y México.', named: ['mx', 'pe'] },
		{ text: 'Perúes', named: [] },
		{ text: 'Militant y sus aliados en Suecia', named: ['se'] }
	])('in Spanish: $text', ({ text, named }) =>
		expect(countriesNamed(text, localeCountries('es'))).toEqual(named)
	);
});
