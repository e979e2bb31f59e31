/**
 * Reads the `@font-face` rules of a stylesheet: which family, weight and style each serves, from
 * which file, for which code points (`unicode-range`). A browser asks a face only for the code
 * points in its range, so the ranges say which characters a shipped typeface can draw at all.
 */

/** One `@font-face` rule. `ranges` are inclusive code point pairs; no `unicode-range` is all. */
export interface FontFace {
	family: string;
	weight: string;
	style: string;
	/** The first `url()` of `src`, as written. */
	url: string;
	ranges: [number, number][];
}

const ALL: [number, number][] = [[0, 0x10ffff]];

/** `U+0100-02BA`, `U+20AC` or `U+4??` as an inclusive pair. */
function range(token: string): [number, number] {
	const [lo, hi = lo] = token.trim().replace(/^U\+/i, '').split('-') as [string, string?];
	if (lo.includes('?')) {
		return [parseInt(lo.replace(/\?/g, '0'), 16), parseInt(lo.replace(/\?/g, 'F'), 16)];
	}
	return [parseInt(lo, 16), parseInt(hi, 16)];
}

/** The `@font-face` rules in `css`, in order. */
export function fontFaces(css: string): FontFace[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
		const get = (name: string) =>
			new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body!)?.[1]?.trim();
		const unicodeRange = get('unicode-range');
		return {
			family: (get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
			weight: get('font-weight') ?? '400',
			style: get('font-style') ?? 'normal',
			url: /url\(\s*['"]?([^'")]+)/.exec(get('src') ?? '')?.[1] ?? '',
			ranges: unicodeRange ? unicodeRange.split(',').map(range) : ALL
		};
	});
}

/** Whether `codePoint` lies in one of `ranges`. */
export function inRanges(ranges: readonly [number, number][], codePoint: number): boolean {
	return ranges.some(([lo, hi]) => lo <= codePoint && codePoint <= hi);
}
