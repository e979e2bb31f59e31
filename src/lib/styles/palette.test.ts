import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '$lib/data/status';
import { TACTIC_CATEGORIES } from '$lib/data/tactics';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const css = read('./palette.css');
const patterns = read('../components/map/Patterns.svelte');

/** Lightness L* (CIELAB, D65) of an sRGB colour written #rrggbb. */
function lightness(hex: string): number {
	const linear = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const [r, g, b] = linear as [number, number, number];
	const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
	const f = y > 216 / 24389 ? Math.cbrt(y) : ((24389 / 27) * y + 16) / 116;
	return 116 * f - 16;
}

/** The colour custom properties set in a piece of CSS, `--status-section` → `#8f1d21`. */
const coloursIn = (text: string) =>
	new Map(
		[...text.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [
			m[1]!,
			m[2]!.toLowerCase()
		])
	);

const darkAt = css.indexOf('@media (prefers-color-scheme: dark)');
const light = coloursIn(css.slice(0, darkAt));
/** Each scheme's colours: the dark block re-points what it names, the rest stays light. */
const schemes = [
	{ name: 'light', colours: light },
	{ name: 'dark', colours: new Map([...light, ...coloursIn(css.slice(darkAt))]) }
];

/**
 * The classes filled with a pattern, read from the CSS rules (`[data-status='split'] … { fill:
 * url(#pattern-split) }`), each with the colour its pattern is drawn on in Patterns.svelte.
 */
function patterned(scheme: 'status' | 'tactic'): Map<string, string> {
	const found = new Map<string, string>();
	const rules = css.matchAll(
		new RegExp(`\\[data-${scheme}='([\\w-]+)'\\][^{]*\\{\\s*fill:\\s*url\\(#([\\w-]+)\\)`, 'g')
	);
	for (const [, key, id] of rules) {
		const pattern = new RegExp(`<pattern[^>]*id="${id}"[\\s\\S]*?<rect class="([\\w-]+)"`).exec(
			patterns
		);
		if (!pattern) throw new Error(`Patterns.svelte has no pattern #${id}`);
		const base = new RegExp(`\\.${pattern[1]}\\s*\\{\\s*fill:\\s*var\\((--[\\w-]+)\\)`).exec(
			patterns
		);
		if (!base) throw new Error(`Patterns.svelte gives .${pattern[1]} no colour`);
		found.set(key!, base[1]!);
	}
	return found;
}

describe('lightness', () => {
	it.each([
		{ name: 'white', input: '#ffffff', expected: 100 },
		{ name: 'black', input: '#000000', expected: 0 },
		{ name: 'middle grey', input: '#808080', expected: 53.585 },
		{ name: 'red', input: '#ff0000', expected: 53.241 },
		{ name: 'green', input: '#00ff00', expected: 87.735 },
		{ name: 'blue', input: '#0000ff', expected: 32.297 },
		{ name: 'a very dark grey (the linear part of the curve)', input: '#010101', expected: 0.274 }
	])('gives $name L* $expected', ({ input, expected }) => {
		expect(lightness(input)).toBeCloseTo(expected, 2);
	});
});

it('has a dark scheme that re-points every map colour', () => {
	expect(darkAt).toBeGreaterThan(0);
	const dark = coloursIn(css.slice(darkAt));
	for (const variable of light.keys()) expect(dark.has(variable), variable).toBe(true);
});

describe.each(
	schemes.flatMap(({ name, colours }) => [
		{
			name,
			colours,
			scheme: 'status' as const,
			keys: STATUSES,
			expectedPatterns: ['split', 'predecessor']
		},
		{
			name,
			colours,
			scheme: 'tactic' as const,
			keys: TACTIC_CATEGORIES,
			expectedPatterns: ['inside-party', 'campaign']
		}
	])
)('the $scheme palette on a $name screen', ({ colours, scheme, keys, expectedPatterns }) => {
	const withPattern = patterned(scheme);
	const flat = keys.filter((key) => !withPattern.has(key));
	const colourOf = (key: string) => {
		const variable = withPattern.get(key) ?? `--${scheme}-${key}`;
		const hex = colours.get(variable);
		if (!hex) throw new Error(`palette.css has no colour ${variable}`);
		return { variable, hex, lightness: lightness(hex) };
	};
	const pairs = flat.flatMap((a, i) => flat.slice(i + 1).map((b) => ({ a, b })));

	it('gives every class a colour', () => {
		for (const key of keys)
			expect(colours.get(`--${scheme}-${key}`), key).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('patterns the classes Patterns.svelte draws, on their own colours', () => {
		expect([...withPattern.keys()].sort()).toEqual([...expectedPatterns].sort());
		for (const [key, variable] of withPattern) expect(variable).toBe(`--${scheme}-${key}`);
	});

	it.each(pairs)('keeps flat $a and $b at least 10 L* apart', ({ a, b }) => {
		const [ca, cb] = [colourOf(a), colourOf(b)];
		const difference = Math.abs(ca.lightness - cb.lightness);
		expect(
			difference,
			`${ca.variable} ${ca.hex} (L* ${ca.lightness.toFixed(1)}) vs ${cb.variable} ${cb.hex} (L* ${cb.lightness.toFixed(1)})`
		).toBeGreaterThanOrEqual(10);
	});

	it.each(expectedPatterns)(
		'keeps the base colour of patterned %s at least 10 L* from none',
		(key) => {
			const [c, none] = [colourOf(key), colourOf('none')];
			const difference = Math.abs(c.lightness - none.lightness);
			expect(
				difference,
				`${c.variable} ${c.hex} (L* ${c.lightness.toFixed(1)}) vs ${none.variable} ${none.hex} (L* ${none.lightness.toFixed(1)})`
			).toBeGreaterThanOrEqual(10);
		}
	);
});
