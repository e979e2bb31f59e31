import { describe, expect, it } from 'vitest';
import type { Bounds } from '$lib/geo/mainland';
import { MAP_HEIGHT, MAP_WIDTH } from '$lib/geo/projection';
import { transformFor, type Stage } from './camera';
import { frameStop, stageBeside } from './framing';

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
		{ name: 'Russia on a wide screen', frame: box(1060, 60, 1700, 260), stage: wide, pad: 0.2 },
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
			panel: { left: 1229, top: 0 },
			stage: { left: 0, top: 0, width: 1229, height: 1080 }
		},
		{
			name: 'a tall screen: above the panel',
			panel: { left: 0, top: 486 },
			stage: { left: 0, top: 0, width: 1920, height: 486 }
		}
	])('$name', ({ panel, stage }) =>
		expect(stageBeside(panel, { width: 1920, height: 1080 })).toEqual(stage)
	);
});
