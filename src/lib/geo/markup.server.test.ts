import { loadProse } from '../data/prose-loader';
import { describe, expect, it } from 'vitest';
import { geoArea, geoPath } from 'd3-geo';
import type { FeatureCollection, Polygon } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { countries } from '$lib/data/dataset';
import { STATUSES } from '$lib/data/status';
import { TACTIC_CATEGORIES } from '$lib/data/tactics';
import { decodeRings, ringArea, type Ring } from './encode';
import { inLocale } from '$lib/i18n/in-locale';
import { escapeAttribute } from './map-dom';
import { buildMapMarkup } from './markup.server';
import { fitProjection, MAP_WIDTH } from './projection';
import { MIN_TARGET, TARGET_RADIUS } from './targets';
import { worldFeatures, type CountryFeature } from './world.server';

const markup = buildMapMarkup('', 'en');
const all = worldFeatures();
const { projection } = fitProjection({
	type: 'FeatureCollection',
	features: all
} as FeatureCollection);

function featureNamed(name: string): CountryFeature {
	const found = all.find((f) => f.properties.name === name);
	if (!found) throw new Error(`no feature named ${name}`);
	return found;
}

function boundsOf(rings: Ring[]): [[number, number], [number, number]] {
	const xs = rings.flat().map((p) => p[0]);
	const ys = rings.flat().map((p) => p[1]);
	return [
		[Math.min(...xs), Math.min(...ys)],
		[Math.max(...xs), Math.max(...ys)]
	];
}

/**
 * Checks drawn rings against d3's own projection of the unsimplified feature: they must lie within
 * its bounds and cover the bounds of its largest polygon (small islands may be left out), both to
 * within 3 map units.
 */
function expectPlaced(rings: Ring[], feature: CountryFeature): void {
	const slack = 3;
	expect(rings.length).toBeGreaterThan(0);
	const polygons: Polygon[] =
		feature.geometry.type === 'Polygon'
			? [feature.geometry]
			: feature.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	const main = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
	const [[fx0, fy0], [fx1, fy1]] = geoPath(projection).bounds(feature);
	const [[mx0, my0], [mx1, my1]] = geoPath(projection).bounds(main);
	const [[x0, y0], [x1, y1]] = boundsOf(rings);
	expect(x0).toBeGreaterThanOrEqual(fx0 - slack);
	expect(y0).toBeGreaterThanOrEqual(fy0 - slack);
	expect(x1).toBeLessThanOrEqual(fx1 + slack);
	expect(y1).toBeLessThanOrEqual(fy1 + slack);
	expect(x0).toBeLessThanOrEqual(mx0 + slack);
	expect(y0).toBeLessThanOrEqual(my0 + slack);
	expect(x1).toBeGreaterThanOrEqual(mx1 - slack);
	expect(y1).toBeGreaterThanOrEqual(my1 - slack);
}

interface Link {
	attributes: Record<string, string>;
	inner: string;
}

const attributesOf = (tag: string): Record<string, string> =>
	Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

/** The countries' own links (the rings' hit areas, a layer of links of their own, left out). */
function linksIn(html: string): Link[] {
	return [...html.matchAll(/<a ([^>]*)>(.*?)<\/a>/g)]
		.map((m) => ({ attributes: attributesOf(m[1]!), inner: m[2]! }))
		.filter((link) => link.attributes.class === 'country');
}

const links = linksIn(markup);
const linkFor = (iso2: string): Link => {
	const link = links.find(
		(l) => l.attributes.class === 'country' && l.attributes['data-iso'] === iso2
	);
	if (!link) throw new Error(`no link for ${iso2}`);
	return link;
};
const shapeOf = (link: Link): string => /<path id="shape-\w+" d="([^"]*)"\/>/.exec(link.inner)![1]!;
const count = (text: string, part: string) => text.split(part).length - 1;

/** Width and height of the largest ring, which is what a pointer has to land on. */
function mainSize(rings: Ring[]): number {
	const main = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
	const xs = main.map((p) => p[0]);
	const ys = main.map((p) => p[1]);
	return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

describe('buildMapMarkup', () => {
	it('puts the countries without data in one group, then one link per dataset country', () => {
		expect(markup).toMatch(
			/^<g class="land">(<path d="[^"]*" data-name="[^"]+"\/>)+<\/g>(<g class="hits">.*?<\/g>)?(<a .*?<\/a>)+$/
		);
		expect(links).toHaveLength(countries.length);
	});

	it('links the countries in list order, so Tab follows the list', () => {
		expect(links.map((l) => l.attributes['data-iso'])).toEqual(countries.map((c) => c.iso2));
	});

	it.each(countries.map((c) => ({ name: c.name, iso2: c.iso2 })))(
		'draws $name ($iso2) once, as a link to its page',
		({ name, iso2 }) => {
			expect(count(markup, `class="country" data-iso="${iso2}"`)).toBe(1);
			expect(count(markup, `id="shape-${iso2}"`)).toBe(1);
			const { attributes, inner } = linkFor(iso2);
			expect(attributes.href).toBe(`/country/${iso2}`);
			expect(attributes.class).toBe('country');
			expect(STATUSES).toContain(attributes['data-status']);
			expect(TACTIC_CATEGORIES).toContain(attributes['data-tactic']);
			expect(attributes['aria-label']?.startsWith(`${name}: `)).toBe(true);
			const numeric = countryCodes.alpha2ToNumeric(iso2.toUpperCase());
			expectPlaced(
				decodeRings(shapeOf({ attributes, inner })),
				all.find((f) => f.id === numeric)!
			);
			// Named once, on its link, for the hover card: never also drawn as a shape without data.
			expect(attributes['data-name']).toBe(name);
			expect(count(markup, `data-name="${escapeAttribute(name)}"`)).toBe(1);
			expect(attributes['data-meta']).toBeTruthy();
		}
	);

	it('prefixes links with the base path', () => {
		const based = linksIn(buildMapMarkup('/imt-atlas', 'en'));
		expect(based.map((l) => l.attributes.href)).toEqual(
			countries.map((c) => `/imt-atlas/country/${c.iso2}`)
		);
	});

	it('labels a link with its status and the organisation that speaks for it now', () => {
		expect(linkFor('br').attributes['aria-label']).toBe(
			'Brazil: section, Esquerda Marxista (Marxist Left)'
		);
		expect(linkFor('fr').attributes['aria-label']).toBe('France: section, Révolution');
		expect(linkFor('se').attributes['aria-label']).toBe(
			'Sweden: split away, not named in the source'
		);
	});

	it('labels the links in the language of the page', () => {
		const spanish = linksIn(inLocale('es', () => buildMapMarkup('', 'es')));
		const link = (iso2: string) => spanish.find((l) => l.attributes['data-iso'] === iso2)!;
		expect(link('se').attributes.href).toBe('/es/country/se');
		expect(link('se').attributes['aria-label']).toMatch(/: escisión, sin nombre en la fuente$/);
		expect(link('br').attributes['aria-label']).toMatch(
			/: sección, Esquerda Marxista \(Marxist Left\)$/
		);
	});

	describe('hit targets for countries too small to point at', () => {
		const sizes = countries.map((c) => ({
			iso2: c.iso2,
			size: mainSize(decodeRings(shapeOf(linkFor(c.iso2))))
		}));
		const small = sizes.filter((s) => s.size < MIN_TARGET).map((s) => s.iso2);

		it('finds El Salvador small and Brazil not', () => {
			expect(small).toContain('sv');
			expect(small).not.toContain('br');
		});

		it.each(sizes)(
			'gives $iso2 ($size units across) a target only if under MIN_TARGET',
			({ iso2, size }) => {
				const circles = [...linkFor(iso2).inner.matchAll(/<circle class="target" ([^>]*)\/>/g)];
				expect(circles).toHaveLength(size < MIN_TARGET ? 1 : 0);
			}
		);

		it.each(small)('centres the target of %s on its main land', (iso2) => {
			const rings = decodeRings(shapeOf(linkFor(iso2)));
			const main = rings.reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
			const circle = attributesOf(
				/<circle class="target" ([^>]*)\/>/.exec(linkFor(iso2).inner)![1]!
			);
			const [cx, cy, r] = [Number(circle.cx), Number(circle.cy), Number(circle.r)];
			expect(r).toBe(TARGET_RADIUS);
			expect(cx).toBeGreaterThanOrEqual(Math.min(...main.map((p) => p[0])));
			expect(cx).toBeLessThanOrEqual(Math.max(...main.map((p) => p[0])));
			expect(cy).toBeGreaterThanOrEqual(Math.min(...main.map((p) => p[1])));
			expect(cy).toBeLessThanOrEqual(Math.max(...main.map((p) => p[1])));
		});
	});

	describe('countries without data', () => {
		const background = [...markup.matchAll(/<path d="([^"]*)" data-name="([^"]*)"\/>/g)].map(
			(m) => ({ d: m[1]!, name: m[2]! })
		);

		it('gives every drawn country a non-empty shape', () => {
			const empty = background.filter((b) => b.d === '').map((b) => b.name);
			expect(empty).toEqual([]);
		});

		it.each([
			{ name: 'Germany', input: 'Germany' },
			{ name: 'India', input: 'India' },
			{ name: 'Japan', input: 'Japan' },
			{ name: 'South Africa', input: 'South Africa' },
			{ name: 'Indonesia', input: 'Indonesia' },
			// world-atlas gives Ashmore and Cartier Is. Australia's id, 036: the two must not clash.
			{ name: 'Australia, which shares its ISO id', input: 'Australia' }
		])('draws $name where d3 puts it', ({ input }) => {
			const drawn = background.find((b) => b.name === input);
			expect(drawn).toBeDefined();
			expectPlaced(decodeRings(drawn!.d), featureNamed(input));
		});

		it('draws each name once, even where two shapes share an id', () => {
			const names = background.map((b) => b.name);
			expect(names.filter((name) => name === 'Australia')).toHaveLength(1);
			expect(new Set(names).size).toBe(names.length);
		});

		it('names each shape as world-atlas does, escaped for the attribute', () => {
			const atlasNames = new Set(all.map((f) => escapeAttribute(f.properties.name)));
			expect(background.filter((b) => !atlasNames.has(b.name))).toEqual([]);
		});
	});
});

describe('escapeAttribute', () => {
	it.each([
		{ name: 'plain text', input: 'Brazil', expected: 'Brazil' },
		{ name: 'an apostrophe, left as it is', input: "Côte d'Ivoire", expected: "Côte d'Ivoire" },
		{ name: 'an ampersand', input: 'Trinidad & Tobago', expected: 'Trinidad &amp; Tobago' },
		{ name: 'quotes', input: 'the "Militant"', expected: 'the &quot;Militant&quot;' },
		{ name: 'angle brackets', input: '<b>', expected: '&lt;b&gt;' },
		{ name: 'an escape already written', input: '&amp;', expected: '&amp;amp;' }
	])('escapes $name', ({ input, expected }) => {
		expect(escapeAttribute(input)).toBe(expected);
	});
});

describe('zoom frames', () => {
	const html = buildMapMarkup('', 'en');

	it.each(countries.map((c) => ({ iso2: c.iso2 })))(
		'$iso2 carries the bounds a zoom should frame, inside the map',
		({ iso2 }) => {
			const frame = new RegExp(`data-iso="${iso2}"[^>]*data-frame="([^"]+)"`).exec(html)?.[1];
			expect(frame).toBeDefined();
			const [x0, y0, x1, y1] = frame!.split(' ').map(Number);
			expect(x0).toBeLessThanOrEqual(x1!);
			expect(y0).toBeLessThanOrEqual(y1!);
			expect(x0).toBeGreaterThanOrEqual(0);
			expect(x1).toBeLessThanOrEqual(MAP_WIDTH);
		}
	);
});

describe('the map in another language', () => {
	it('links to the Spanish pages and names countries in Spanish', async () => {
		await loadProse('es');
		const html = buildMapMarkup('', 'es');
		const spanish = linksIn(html);
		const gb = spanish.find((l) => l.attributes['data-iso'] === 'gb')!;
		expect(gb.attributes.href).toBe('/es/country/gb');
		expect(gb.attributes['aria-label']).toMatch(/^Reino Unido: /);
		expect(html).toContain('data-name="Zimbabue"');
		// Building a whole map takes seconds on a loaded machine.
	}, 30_000);
});
