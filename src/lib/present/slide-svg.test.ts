import { describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { STATUSES, statusLabel } from '$lib/data/status';
import { historyTour } from './history';
import { slideSvg, type Slide } from './slide-svg';
import { citedParagraphs, sourceLine, stopTitle } from './stops';
import { defaultTour } from './tour';

const colours = {
	ocean: '#0a0d13',
	paper: '#10141c',
	ink: '#f5f5f2',
	inkSoft: '#c9ccd3',
	rule: 'rgb(74, 81, 96)'
};
const slide: Slide = {
	size: { width: 1920, height: 1080 },
	title: 'France',
	subtitle: null,
	source: 'Source: Wikipedia, “International Marxist Tendency”, ¶6 ¶9 (CC BY-SA 4.0)',
	key: [
		{ label: 'Section', fill: 'rgb(255, 90, 95)' },
		{ label: 'Split away', fill: 'url("#pattern-split")' }
	],
	colours,
	region: [
		[800, 150],
		[1080, 396]
	],
	precision: 4,
	map: '<g><path d="M0 0h4v4z"/></g>',
	patterns: '<pattern id="pattern-split"/>',
	fonts: [
		{ weight: 400, url: 'data:font/woff2;base64,AAAA' },
		{ weight: 700, url: 'data:font/woff2;base64,BBBB' }
	],
	measure: (text, size, weight) => text.length * size * (weight > 400 ? 0.6 : 0.5)
};

/** A small well-formedness check: tags balance, attributes are quoted, text holds no markup. */
function wellFormed(xml: string): string[] {
	const problems: string[] = [];
	const open: string[] = [];
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	for (const [token] of body.matchAll(/<[^>]*>|[^<]+/g)) {
		if (!token.startsWith('<')) {
			if (/&(?!(amp|lt|gt|quot|apos);)/.test(token)) problems.push(`bare & in ${token}`);
			continue;
		}
		const tag = /^<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
		if (!tag) problems.push(`malformed ${token.slice(0, 80)}`);
		else if (tag[1]) {
			if (open.pop() !== tag[2]) problems.push(`unbalanced </${tag[2]}>`);
		} else if (!tag[4]) open.push(tag[2]!);
	}
	return open.length ? [...problems, `unclosed ${open.join(' ')}`] : problems;
}

describe('slideSvg', () => {
	it('is one well-formed SVG document at the asked size, laid out at 1920x1080', () => {
		for (const size of [
			{ width: 1920, height: 1080 },
			{ width: 3840, height: 2160 }
		]) {
			const svg = slideSvg({ ...slide, size });
			expect(wellFormed(svg)).toEqual([]);
			expect(svg).toMatch(
				new RegExp(
					`^<\\?xml[^>]+>\\n<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 1920 1080"`
				)
			);
		}
	});

	it('holds the title, the key, the source line and both embedded font weights', () => {
		const svg = slideSvg(slide);
		expect(svg).toContain('<title>France</title>');
		expect(svg).toMatch(/<text[^>]+font-size="64" font-weight="700"[^>]*>France<\/text>/);
		expect(svg).toMatch(/>Section<\/text>/);
		expect(svg).toMatch(/>Split away<\/text>/);
		expect(svg).toContain('fill="url(#pattern-split-key)"');
		expect(svg).toContain('fill="#ff5a5f"');
		expect(svg).toContain('¶6 ¶9 (CC BY-SA 4.0)</text>');
		expect(svg.match(/@font-face\{font-family:'Atkinson Hyperlegible'/g)).toHaveLength(2);
		expect(svg).toContain('font-weight:700;src:url("data:font/woff2;base64,BBBB") format("woff2")');
		expect(svg).toContain(`font-family="'Atkinson Hyperlegible', sans-serif"`);
	});

	it('shows the region asked for, in the paths’ finer units', () => {
		const svg = slideSvg(slide);
		expect(svg).toMatch(
			/<svg width="1920" height="[\d.]+" viewBox="800 150 280 246" preserveAspectRatio="xMidYMid meet"><g transform="scale\(0.25\)"><g><path/
		);
	});

	it('escapes every text it writes', () => {
		const hostile = `<script>&"'`;
		const svg = slideSvg({
			...slide,
			title: hostile,
			subtitle: hostile,
			source: hostile,
			key: [{ label: hostile, fill: hostile }],
			colours: { ...colours, ink: hostile }
		});
		expect(wellFormed(svg)).toEqual([]);
		expect(svg).not.toContain('<script');
		expect(svg.match(/&lt;script&gt;&amp;&quot;&apos;/g)!.length).toBeGreaterThanOrEqual(5);
	});

	it('wraps a long source line and gives the map less room', () => {
		const long = { ...slide, source: `Source: ${'¶12 '.repeat(60)}` };
		const mapHeight = (svg: string) => Number(/<svg width="1920" height="([\d.]+)"/.exec(svg)![1]);
		const lines = (svg: string) => svg.match(/font-size="24"/g)!.length;
		expect(lines(slideSvg(slide))).toBe(1);
		expect(lines(slideSvg(long))).toBeGreaterThan(1);
		expect(mapHeight(slideSvg(long))).toBeLessThan(mapHeight(slideSvg(slide)));
	});

	it('draws a dashed key entry as an outline, and a subtitle under the title', () => {
		const svg = slideSvg({
			...slide,
			subtitle: '1992',
			key: [{ label: 'Dashed: start not dated in the source', fill: 'none', dashed: true }]
		});
		expect(svg).toMatch(
			/<rect[^>]+fill="none" stroke="#f5f5f2" stroke-width="2.5" stroke-dasharray="6 4"\/>/
		);
		expect(svg).toMatch(/font-size="40" font-weight="700" fill="#c9ccd3">1992<\/text>/);
	});
});

// The slide embeds only the Latin subset of the font (35 kB of the 54 kB of both subsets).
const LATIN =
	/^[\u0020-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2212]*$/;

it('every text a slide can carry is in the embedded Latin subset of the font', () => {
	const stops = [...defaultTour(countries), ...historyTour()];
	const texts = [
		...stops.flatMap((stop) => [stopTitle(stop), sourceLine(citedParagraphs(stop))]),
		...STATUSES.map((s) => statusLabel(s, false))
	];
	for (const t of texts) expect(t).toMatch(LATIN);
});
