/**
 * What a shared link shows where it is pasted: the page's description and its Open Graph and
 * Twitter card tags, in the page's language. The site has no fixed address (any static host can
 * serve it), so image and page addresses are absolute only when the build is told its origin
 * (`SITE_ORIGIN`, which becomes Kit's `prerender.origin`); otherwise they stay root-relative,
 * which some sites resolve and others ignore.
 */
import type { Locale } from '$lib/paraglide/runtime';

/** Kit's `url.origin` while prerendering when no origin is configured (`prerender.origin`). */
export const UNKNOWN_ORIGIN = 'http://sveltekit-prerender';

/** Open Graph's locale names: the atlas writes British English, and Brazilian Portuguese. */
export const OG_LOCALES: Record<Locale, string> = {
	en: 'en_GB',
	es: 'es_ES',
	pt: 'pt_BR',
	fr: 'fr_FR',
	it: 'it_IT'
};

export interface PageMeta {
	title: string;
	description: string;
	locale: Locale;
	/** The preview image, as a root-relative path; and what it shows, in the page's language. */
	image: { path: string; alt: string; width: number; height: number };
	/** The page's own path, without query: what `og:url` names. */
	path: string;
	/** The site's origin, or null when the build was not told it. */
	origin: string | null;
}

export interface MetaTag {
	/** Open Graph names its tags with `property`, Twitter and HTML with `name`. */
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

/** The origin a page may write into absolute addresses, or null where there is none to trust. */
export const originOf = (url: URL): string | null =>
	url.origin === UNKNOWN_ORIGIN || !/^https?:$/.test(url.protocol) ? null : url.origin;

const absolute = (path: string, origin: string | null) =>
	origin ? new URL(path, origin).href : path;

export function metaTags(page: PageMeta, locales: readonly Locale[]): MetaTag[] {
	const image = absolute(page.image.path, page.origin);
	const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
	const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
	return [
		named('description', page.description),
		og('og:type', 'website'),
		og('og:site_name', 'IMT Atlas'),
		og('og:title', page.title),
		og('og:description', page.description),
		...(page.origin ? [og('og:url', absolute(page.path, page.origin))] : []),
		og('og:locale', OG_LOCALES[page.locale]),
		...locales
			.filter((locale) => locale !== page.locale)
			.map((locale) => og('og:locale:alternate', OG_LOCALES[locale])),
		og('og:image', image),
		og('og:image:type', 'image/png'),
		og('og:image:width', String(page.image.width)),
		og('og:image:height', String(page.image.height)),
		og('og:image:alt', page.image.alt),
		named('twitter:card', 'summary_large_image'),
		named('twitter:title', page.title),
		named('twitter:description', page.description),
		named('twitter:image', image),
		named('twitter:image:alt', page.image.alt)
	];
}
