/**
 * The light scheme's colours as the stylesheet gives them (`palette.css`, the one place they are
 * written), for images drawn outside a page: a preview image has no stylesheet to resolve
 * `var(--status-section)` with.
 */

/** Every custom property of the stylesheet's first block (the light scheme), by name. */
export function lightColours(css: string): Map<string, string> {
	const block = /\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
	const colours = new Map<string, string>();
	for (const [, name, value] of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) {
		colours.set(name!, value!.trim());
	}
	return colours;
}

/** The colour `name`, or an error naming it: a renamed property must not turn a fill black. */
export function colour(colours: ReadonlyMap<string, string>, name: string): string {
	const value = colours.get(name);
	if (!value) throw new Error(`palette.css has no --${name} in its light scheme`);
	return value;
}
