import { describe, expect, it } from 'vitest';
import { BODY_SIZE, FLOOR_SIZE, panelCard } from './slide-panel';
import type { Paragraph } from './stop-text';

const colours = { ocean: '#000', paper: '#fff', ink: '#111', inkSoft: '#555', rule: '#888' };
// Half an em a character: a 600-unit card holds about 40 characters a line at 28 units.
const measure = (text: string, size: number) => text.length * size * 0.5;
const box = { x: 1229, y: 40, width: 651, height: 960 };
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');
const sizes = (markup: string) => [...markup.matchAll(/font-size="([\d.]+)"/g)].map((s) => +s[1]!);

describe('panelCard', () => {
	it.each<{ name: string; paragraphs: Paragraph[]; size: number }>([
		{
			name: 'a short panel keeps the talk’s body size',
			paragraphs: [
				{ role: 'kicker', text: '3 / 37 · Section in 2010' },
				{ role: 'when', text: 'January 2010' },
				{ role: 'body', text: words(30) }
			],
			size: BODY_SIZE
		},
		{
			name: 'a long panel is set smaller, never under the floor',
			paragraphs: [{ role: 'body', text: words(260) }],
			size: 22
		},
		{
			name: 'a panel too long even at the floor stays there',
			paragraphs: [{ role: 'body', text: words(2000) }],
			size: FLOOR_SIZE
		}
	])('$name', ({ paragraphs, size }) => {
		const card = panelCard(paragraphs, box, colours, measure);
		expect(card.size).toBe(size);
		expect(Math.min(...sizes(card.markup))).toBeGreaterThanOrEqual(FLOOR_SIZE);
	});

	it('ends what does not fit at the floor in an ellipsis, inside the card', () => {
		const { markup } = panelCard([{ role: 'body', text: words(2000) }], box, colours, measure);
		const ys = [...markup.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((y) => +y[1]!);
		expect(Math.max(...ys)).toBeLessThanOrEqual(box.y + box.height);
		expect(markup).toMatch(/…<\/text>$/);
	});

	it('draws the kicker in the softer ink and a date in bold', () => {
		const { markup } = panelCard(
			[
				{ role: 'kicker', text: '1 / 2' },
				{ role: 'date', text: '2010' },
				{ role: 'body', text: 'An event.' }
			],
			box,
			colours,
			measure
		);
		expect(markup).toMatch(/font-weight="700" fill="#555">1 \/ 2</);
		expect(markup).toMatch(/font-weight="700" fill="#111">2010</);
		expect(markup).toMatch(/font-weight="400" fill="#111">An event.</);
	});
});

describe('the card', () => {
	const height = (markup: string) => +/<rect [^>]*height="([\d.]+)"/.exec(markup)![1]!;

	it('ends under a short panel’s text, and near the box’s foot for a long one', () => {
		const short = panelCard([{ role: 'body', text: 'One line.' }], box, colours, measure);
		expect(height(short.markup)).toBeLessThan(120);
		const long = panelCard([{ role: 'body', text: words(2000) }], box, colours, measure);
		// Whole lines only: the last ends within a line of the box's foot.
		expect(height(long.markup)).toBeLessThanOrEqual(box.height);
		expect(height(long.markup)).toBeGreaterThan(box.height - FLOOR_SIZE * 1.3);
	});
});
