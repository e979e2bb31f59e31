import { describe, expect, it } from 'vitest';
import { metaTags, originOf, type PageMeta } from './meta';

const LOCALES = ['en', 'es', 'pt', 'fr', 'it'] as const;
const page = (over: Partial<PageMeta> = {}): PageMeta => ({
	title: 'Brasil · IMT Atlas',
	description: 'Brasil en IMT Atlas.',
	locale: 'es',
	image: { path: '/preview/br.png', alt: 'Mapa de Brasil', width: 1200, height: 630 },
	path: '/es/country/br',
	origin: 'https://atlas.example',
	...over
});
const content = (tags: ReturnType<typeof metaTags>, key: string) =>
	tags.filter((t) => t.key === key).map((t) => t.content);

describe('metaTags', () => {
	it.each([
		{ key: 'description', expected: ['Brasil en IMT Atlas.'] },
		{ key: 'og:title', expected: ['Brasil · IMT Atlas'] },
		{ key: 'og:description', expected: ['Brasil en IMT Atlas.'] },
		{ key: 'og:url', expected: ['https://atlas.example/es/country/br'] },
		{ key: 'og:locale', expected: ['es_ES'] },
		{ key: 'og:locale:alternate', expected: ['en_GB', 'pt_BR', 'fr_FR', 'it_IT'] },
		{ key: 'og:image', expected: ['https://atlas.example/preview/br.png'] },
		{ key: 'og:image:width', expected: ['1200'] },
		{ key: 'og:image:height', expected: ['630'] },
		{ key: 'og:image:alt', expected: ['Mapa de Brasil'] },
		{ key: 'twitter:card', expected: ['summary_large_image'] },
		{ key: 'twitter:image', expected: ['https://atlas.example/preview/br.png'] }
	])('$key', ({ key, expected }) => {
		expect(content(metaTags(page(), LOCALES), key)).toEqual(expected);
	});

	it('names Open Graph tags by property and the rest by name', () => {
		for (const tag of metaTags(page(), LOCALES)) {
			expect(tag.attribute).toBe(tag.key.startsWith('og:') ? 'property' : 'name');
		}
	});

	it('keeps addresses root-relative, and leaves out og:url, when the origin is unknown', () => {
		const tags = metaTags(page({ origin: null }), LOCALES);
		expect(content(tags, 'og:image')).toEqual(['/preview/br.png']);
		expect(content(tags, 'og:url')).toEqual([]);
	});

	it('gives English pages British English', () => {
		expect(content(metaTags(page({ locale: 'en' }), LOCALES), 'og:locale')).toEqual(['en_GB']);
	});
});

describe('originOf', () => {
	it.each([
		{ url: 'http://sveltekit-prerender/country/br', expected: null },
		{ url: 'https://atlas.example/es', expected: 'https://atlas.example' },
		{ url: 'http://127.0.0.1:4173/', expected: 'http://127.0.0.1:4173' },
		{ url: 'file:///home/a/index.html', expected: null }
	])('$url', ({ url, expected }) => {
		expect(originOf(new URL(url))).toBe(expected);
	});
});
