/**
 * Writing text and paint into a standalone SVG file. The file is read by browsers, slide tools
 * and vector editors, none of which sees the page's stylesheet, so colours are written as plain
 * hex with a separate opacity, which every SVG reader understands (`rgb(…)` and `rgba(…)` are
 * not read everywhere).
 */

const XML: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text or attribute value for XML: markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
	return (
		text
			// eslint-disable-next-line no-control-regex -- these are exactly what XML cannot hold
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[&<>"']/g, (c) => XML[c]!)
	);
}

/** A number for an attribute: two decimals at most, no trailing zeros. */
export const num = (n: number) => String(Math.round(n * 100) / 100);

export interface SvgPaint {
	/** A hex colour, `url(#id)` or `none`. */
	paint: string;
	opacity: number;
}

const hex = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');

/** A computed CSS colour or paint (`rgb(…)`, `rgba(…)`, `url("#id")`, `none`) for an attribute. */
export function svgPaint(css: string): SvgPaint {
	const value = css.trim();
	const url = /^url\(\s*["']?(#[\w-]+)["']?\s*\)/.exec(value);
	if (url) return { paint: `url(${url[1]})`, opacity: 1 };
	const rgb =
		/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value);
	if (rgb) {
		const [, r, g, b, a, percent] = rgb;
		const alpha = a === undefined ? 1 : Number(a) / (percent ? 100 : 1);
		if (alpha === 0) return { paint: 'none', opacity: 1 };
		return { paint: `#${hex(Number(r))}${hex(Number(g))}${hex(Number(b))}`, opacity: alpha };
	}
	if (value === '' || value === 'none' || value === 'transparent')
		return { paint: 'none', opacity: 1 };
	// Hex and named colours pass as they are; anything else is escaped and left to the reader.
	return { paint: escapeXml(value), opacity: 1 };
}

/** Splits `text` at spaces into lines no wider than `width`, as `measure` reckons width. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && measure(longer) > width) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	return line ? [...lines, line] : lines;
}
