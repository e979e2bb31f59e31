// Dataset strings are always text. A country whose every string is hostile renders, through the
// real panel components, with nothing of it turned into markup, script or a link target.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { countryByIso } from '$lib/data/dataset';
import type { Country } from '$lib/data/schema';
import CountryPanel from './CountryPanel.svelte';
import YearEvents from '$lib/components/timeline/YearEvents.svelte';

const HOSTILE = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'"><svg onload=alert(1)>',
	'مرحبا بالعالم \u202Egnp.exe\u202C שלום',
	'✊🏽🌍👩‍👩‍👧‍👦 ' + 'Z\u0337\u0322\u031Ba\u0335l\u0336g\u0337o\u0336'.repeat(20),
	'W'.repeat(400)
];

/** Brazil with every string replaced by a hostile one, in turn. */
function hostileCountry(): Country {
	const brazil = structuredClone(countryByIso('br')!);
	let i = 0;
	const next = () => HOSTILE[i++ % HOSTILE.length]!;
	brazil.name = next();
	brazil.summary = next();
	for (const body of brazil.bodies)
		Object.assign(body, { name: next(), gloss: next(), note: next() });
	for (const tactic of brazil.tactics) {
		tactic.summary = next();
		if (tactic.party) tactic.party.name = next();
		tactic.ended = next();
	}
	for (const event of brazil.events) event.text = next();
	for (const cite of [...brazil.bodies, ...brazil.tactics, ...brazil.events].flatMap((x) => x.cite))
		cite.quote = next();
	return brazil;
}

/** Every real tag in server output: text can hold no `<`, since Svelte escapes it as `&lt;`. */
function tagsOf(body: string) {
	return [...body.matchAll(/<([a-z][\w-]*)\b([^>]*)>/gi)].map(([, name, attributes]) => ({
		name: name!.toLowerCase(),
		// Attribute names, once the quoted values (which hold the dataset's text) are taken out.
		attributes: [...attributes!.replace(/"[^"]*"/g, '').matchAll(/([\w:-]+)\s*=/g)].map(([, a]) =>
			a!.toLowerCase()
		),
		hrefs: [...attributes!.matchAll(/href="([^"]*)"/g)].map(([, h]) => h!)
	}));
}

describe('hostile dataset strings', () => {
	const { body } = render(CountryPanel, {
		props: { country: hostileCountry(), onclose: () => {} }
	});

	const tags = tagsOf(body);

	it('never become elements, event handlers or script links', () => {
		expect(tags.length).toBeGreaterThan(20);
		const names = new Set(tags.map((t) => t.name));
		for (const bad of ['script', 'img', 'iframe', 'object', 'embed'])
			expect(names).not.toContain(bad);
		expect(tags.flatMap((t) => t.attributes).filter((a) => a.startsWith('on'))).toEqual([]);
		for (const href of tags.flatMap((t) => t.hrefs)) expect(href).toMatch(/^\/|^#|^https:/);
	});

	it.each(HOSTILE.slice(0, 4))('%s is shown as text, escaped', (text) => {
		// Svelte escapes & and < in text, which is all it takes for no tag to open.
		expect(body).toContain(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
	});

	it('keeps long unicode whole: right-to-left text, emoji and combining marks', () => {
		expect(body).toContain(HOSTILE[4]);
		expect(body).toContain(HOSTILE[5]);
	});
});

describe("hostile strings in the year's events", () => {
	const brazil = hostileCountry();
	const { body } = render(YearEvents, {
		props: {
			year: 2015,
			groups: [{ iso2: 'br', name: brazil.name, events: brazil.events }],
			onselect: () => {}
		}
	});

	it('show as text, with no element, handler or script link made of them', () => {
		expect(body).toContain(HOSTILE[0]!.replaceAll('<', '&lt;'));
		const tags = tagsOf(body);
		const names = tags.map((t) => t.name);
		for (const bad of ['script', 'img', 'svg']) expect(names).not.toContain(bad);
		expect(tags.flatMap((t) => t.attributes).filter((a) => a.startsWith('on'))).toEqual([]);
		const hrefs = tags.flatMap((t) => t.hrefs);
		expect(hrefs).toContain('/country/br?year=2015');
		for (const href of hrefs) expect(href).toMatch(/^\/(country\/br\?year=2015|sources#)/);
	});
});

describe('no component renders raw HTML', () => {
	const svelteFiles = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory()
				? svelteFiles(join(dir, entry.name))
				: entry.name.endsWith('.svelte')
					? [join(dir, entry.name)]
					: []
		);

	// The raw-HTML tag of Svelte, with any spacing the compiler accepts after its brace.
	const rawHtmlTag = /\{\s*@html\b/;

	it.each(svelteFiles('src'))('%s has no raw-HTML tag', (file) => {
		expect(readFileSync(file, 'utf8')).not.toMatch(rawHtmlTag);
	});
});
