/**
 * Finds CSS declarations that name a physical side where a reading direction is meant
 * (`margin-left`, `padding-right`, `left: 0`, `text-align: right`, `float: left`, …). A layout
 * written with logical properties (`margin-inline-start`) turns round by itself under
 * `dir="rtl"`; a physical one stays put, so each that remains must be physical on purpose.
 */

/** One physical declaration: its property, its value and its 1-based line in the source. */
export interface PhysicalDeclaration {
	property: string;
	value: string;
	line: number;
}

/** Properties whose name carries a side. */
const SIDED =
	/^(?:(?:margin|padding|scroll-margin|scroll-padding)-(?:left|right)|border-(?:left|right)(?:-(?:width|style|color))?|border-(?:top|bottom)-(?:left|right)-radius|left|right)$/;

/** Properties whose keyword value carries a side. */
const SIDED_VALUE: Record<string, RegExp> = {
	'text-align': /^(?:left|right)$/,
	float: /^(?:left|right)$/,
	clear: /^(?:left|right)$/
};

/** Shorthands whose four values run top, right, bottom, left. */
const FOUR_SIDED =
	/^(?:margin|padding|inset|scroll-margin|scroll-padding|border-(?:width|style|color))$/;

/** `margin: 0 0 0 -2rem`: a shorthand whose right and left differ names its sides too. */
function lopsided(property: string, value: string): boolean {
	if (!FOUR_SIDED.test(property)) return false;
	// Top-level words only: a calc(…) is one value.
	const parts = value.match(/(?:[^\s(]+|\([^)]*\))+/g) ?? [];
	return parts.length === 4 && parts[1] !== parts[3];
}

/** The CSS of a source: a stylesheet whole, a Svelte component's `<style>` blocks only. */
function styleOf(source: string, kind: 'css' | 'svelte'): string {
	if (kind === 'css') return source;
	// Everything outside <style> is blanked but its line breaks kept, so lines still count true.
	return source.replace(
		/(^|<\/style>)([\s\S]*?)(<style[^>]*>|$)/g,
		(_, open: string, outside: string, close: string) =>
			open + outside.replace(/[^\n]/g, ' ') + close
	);
}

/** The physical declarations in `source`, comments skipped. */
export function physicalDeclarations(
	source: string,
	kind: 'css' | 'svelte'
): PhysicalDeclaration[] {
	const css = styleOf(source, kind).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
	const found: PhysicalDeclaration[] = [];
	for (const m of css.matchAll(/(?<=[{;\s])([a-z-]+)\s*:\s*([^;{}]+?)\s*(?=[;}])/g)) {
		const property = m[1]!;
		const value = m[2]!;
		if (!SIDED.test(property) && !SIDED_VALUE[property]?.test(value) && !lopsided(property, value))
			continue;
		found.push({ property, value, line: css.slice(0, m.index).split('\n').length });
	}
	return found;
}
