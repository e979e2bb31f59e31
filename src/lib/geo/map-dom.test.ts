import { describe, expect, it } from 'vitest';
import {
	backgroundShape,
	coarseCountryTag,
	countryLinkTag,
	escapeAttribute,
	fillCoarseSlot,
	fillSlot,
	MAP_END_ID,
	markSelected,
	parseFrame
} from './map-dom';

const link = {
	href: '/country/br',
	iso2: 'br',
	status: 'section',
	tactic: 'open',
	label: 'Brazil: a section, "Esquerda Marxista"',
	name: 'Brazil',
	tip: { org: 'Esquerda Marxista', then: false, meta: 'Section' }
};

describe('what the build writes', () => {
	it.each([
		{
			name: 'a link with its frame',
			markup: countryLinkTag({
				...link,
				frame: [
					[905.1, 205],
					[975.5, 275]
				]
			}),
			expected:
				'<a href="/country/br" class="country" data-iso="br" data-status="section" data-tactic="open" data-frame="905.1 205 975.5 275" aria-label="Brazil: a section, &quot;Esquerda Marxista&quot;" data-name="Brazil" data-org="Esquerda Marxista" data-meta="Section">'
		},
		{
			name: 'a link without a shape',
			markup: countryLinkTag({ ...link, frame: null }),
			expected: /data-frame=""/
		},
		{
			name: 'a link whose hover card has no organisation line',
			markup: countryLinkTag({
				...link,
				frame: null,
				tip: { org: null, then: true, meta: 'No "known" presence' }
			}),
			expected: / data-name="Brazil" data-org-then="" data-meta="No &quot;known&quot; presence">$/
		},
		{
			name: 'a shape without data',
			markup: backgroundShape('M0 0', 'Côte d’Ivoire & <Co>'),
			expected: '<path d="M0 0" data-name="Côte d’Ivoire &amp; &lt;Co&gt;"/>'
		}
	])('$name', ({ markup, expected }) =>
		typeof expected === 'string' ? expect(markup).toBe(expected) : expect(markup).toMatch(expected)
	);

	it.each([
		{ name: 'a page', html: '<svg><g class="countries" data-geo="countries"></g></svg>' },
		{ name: 'attributes in another order', html: '<g data-geo="countries" class="c"></g>' }
	])('fills the country group of $name', ({ html }) =>
		expect(fillSlot(html, '<a/>')).toMatch(
			/data-geo="countries"[^>]*><a\/><g id="map-end"><\/g><\/g>/
		)
	);

	it('closes the filled group with the end marker the head waits for before it renders', () => {
		const page = fillSlot(
			'<head><title>t</title></head><svg><g class="countries" data-geo="countries"></g></svg>',
			'<a/>'
		);
		expect(page).toContain(`<a/><g id="${MAP_END_ID}"></g></g>`);
		expect(page).toMatch(
			new RegExp(`<link rel="expect" href="#${MAP_END_ID}" blocking="render"></head>`)
		);
	});

	it('leaves a page without a map alone', () =>
		expect(fillSlot('<p>no map</p>', '<a/>')).toBe('<p>no map</p>'));

	it.each([
		{
			name: 'the coarse copy',
			html: '<g data-geo="countries"></g><g data-geo="coarse"></g>',
			expected: '<g data-geo="countries"></g><g data-geo="coarse"><g/></g>'
		},
		{
			name: 'a page without one',
			html: '<g data-geo="countries"></g>',
			expected: '<g data-geo="countries"></g>'
		}
	])('fills only $name', ({ html, expected }) =>
		expect(fillCoarseSlot(html, '<g/>')).toBe(expected)
	);

	it("writes a coarse copy's country as a group, neither a link nor named", () =>
		expect(coarseCountryTag('br')).toBe('<g class="country" data-iso="br">'));

	it.each([
		{ iso2: 'br', expected: 'data-iso="br" aria-current="page"' },
		{ iso2: null, expected: 'data-iso="br">' },
		{ iso2: 'b"', expected: 'data-iso="br">' }
	])('marks $iso2 as the current page', ({ iso2, expected }) =>
		expect(markSelected('<a data-iso="br">', iso2)).toContain(expected)
	);
});

describe('escapeAttribute', () => {
	it.each([
		['plain', 'plain'],
		['a & b', 'a &amp; b'],
		['<"x">', '&lt;&quot;x&quot;&gt;']
	])('%j → %j', (input, expected) => expect(escapeAttribute(input)).toBe(expected));
});

describe('parseFrame', () => {
	it.each([
		{
			value: '905.1 205 975.5 275',
			bounds: [
				[905.1, 205],
				[975.5, 275]
			]
		},
		{
			value: ' 1 2 3 4 ',
			bounds: [
				[1, 2],
				[3, 4]
			]
		},
		{ value: '', bounds: null },
		{ value: undefined, bounds: null },
		{ value: '1 2 3', bounds: null },
		{ value: '1 2 3 NaN', bounds: null },
		{ value: '1 2 3 4 5', bounds: null }
	])('$value → $bounds', ({ value, bounds }) => expect(parseFrame(value)).toEqual(bounds));
});
