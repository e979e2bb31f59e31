import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '$lib/paraglide/runtime';
import { dataset } from '../dataset';
import { addProse, localeDataset } from '../localized';
import { timelineYears } from '../timeline';
import { labelOf } from './describe';
import { treeOrder } from './graph';
import { laneLayout, type LaneLayout } from './lanes';
import { textWidth } from './text-width';

beforeAll(() => {
	for (const locale of ['es', 'pt', 'fr', 'it'] as const)
		addProse(locale, JSON.parse(readFileSync(`src/lib/data/translations/${locale}.json`, 'utf8')));
});

const years = timelineYears(dataset);
const FONT = 13;

function layout(width: number, locale: Locale = 'en'): LaneLayout {
	const lineage = localeDataset(locale).lineage;
	const names = new Map(lineage.organisations.map((o) => [o.id, labelOf(o)]));
	return laneLayout(lineage, years, {
		width,
		fontSize: FONT,
		measure: (text) => textWidth(text, FONT),
		labelOf: (id) => names.get(id)!
	});
}

const WIDTHS = [480, 600, 800, 1200];
const LOCALES = ['en', 'es', 'pt', 'fr', 'it'] as const;
const cases = WIDTHS.flatMap((width) => LOCALES.map((locale) => ({ width, locale })));

type Box = { x0: number; x1: number; y0: number; y1: number };
const boxOf = (label: LaneLayout['nodes'][number]['label']): Box => ({
	x0: label.x,
	x1: label.x + label.width,
	y0: label.y - FONT,
	y1: label.y + FONT * 0.25
});
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('laneLayout on the real tree', () => {
	it.each(cases)('no two labels overlap at width $width in $locale', ({ width, locale }) => {
		const boxes = layout(width, locale).nodes.map((n) => ({ id: n.id, box: boxOf(n.label) }));
		const clashes = boxes.flatMap((a, i) =>
			boxes.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.id} × ${b.id}`] : []))
		);
		expect(clashes).toEqual([]);
	});

	it.each(cases)(
		'keeps every bar and label inside the axis at width $width in $locale',
		({ width, locale }) => {
			const { nodes, left, right, height } = layout(width, locale);
			const outside = nodes.filter(
				(n) =>
					n.x0 < left ||
					n.x1 > right ||
					n.x1 <= n.x0 ||
					n.label.x < left ||
					n.label.x + n.label.width > right ||
					n.y > height
			);
			expect(outside.map((n) => n.id)).toEqual([]);
		}
	);

	it('gives each organisation the lane of its place in the tree, the same at every width and language', () => {
		const order = treeOrder(dataset.lineage).map((o) => o.id);
		for (const { width, locale } of cases)
			expect(layout(width, locale).nodes.map((n) => n.id)).toEqual(order);
		const lanes = layout(800).nodes;
		expect(lanes.map((n) => n.lane)).toEqual(order.map((_, i) => i));
		// Lanes only go down: each organisation lies below every one it came from.
		expect(order.indexOf('cwi')).toBeLessThan(order.indexOf('cmi'));
		expect(order.indexOf('cmi')).toBeLessThan(order.indexOf('imt'));
		expect(order.indexOf('pakistani-section')).toBeLessThan(order.indexOf('lal-salaam'));
	});

	it.each([
		{
			name: 'Militant, known from the CWI’s founding until 1992',
			id: 'militant',
			first: 1974,
			last: 1992,
			start: 'known',
			end: 'dated'
		},
		{
			name: 'the IMT, named in 2006, to the source’s present',
			id: 'imt',
			first: 2006,
			last: years.last,
			start: 'dated',
			end: 'none'
		},
		{
			name: 'Izquierda Revolucionaria, one year',
			id: 'izquierda-revolucionaria',
			first: 2010,
			last: 2010,
			start: 'dated',
			end: 'known'
		},
		{
			name: 'Révolution, dated not at all: the present only',
			id: 'revolution',
			first: years.last,
			last: years.last,
			start: 'none',
			end: 'none'
		}
	] as const)('draws $name', ({ id, first, last, start, end }) => {
		const { nodes, x } = layout(800);
		const node = nodes.find((n) => n.id === id)!;
		expect(node).toMatchObject({ x0: x(first), x1: x(last + 1), start, end });
	});

	it('joins each link’s two bars, with its arrow at the organisation the members went to', () => {
		const { nodes, edges } = layout(800);
		const byId = new Map(nodes.map((n) => [n.id, n]));
		expect(edges).toHaveLength(dataset.lineage.links.length);
		for (const edge of edges) {
			const [, x0, y0, at, y1, end] = /^M([\d.]+) ([\d.]+)H([\d.]+)V([\d.]+)(?:H([\d.]+))?$/
				.exec(edge.d)!
				.map(Number);
			const x1 = Number.isNaN(end) ? at! : end!;
			const [giver, receiver] = [byId.get(edge.giver)!, byId.get(edge.receiver)!];
			expect({ id: edge.id, y0, y1 }).toEqual({ id: edge.id, y0: giver.y, y1: receiver.y });
			expect(x0).toBeGreaterThanOrEqual(giver.x0);
			expect(x0).toBeLessThanOrEqual(giver.x1);
			expect(x1).toBeGreaterThanOrEqual(receiver.x0);
			expect(x1).toBeLessThanOrEqual(receiver.x1);
		}
		const split = edges.find((e) => e.id === 'izquierda-revolucionaria-splits-from-imt')!;
		expect(split).toMatchObject({
			giver: 'imt',
			receiver: 'izquierda-revolucionaria',
			dated: true
		});
	});

	it('sets connectors of the same year side by side, so each can be pointed at', () => {
		const xs = layout(800).edges.map((e) => e.x);
		expect(new Set(xs).size).toBe(xs.length);
	});
});
