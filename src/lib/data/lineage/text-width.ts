/**
 * How wide a label will be drawn, estimated without a browser: the diagram is laid out at build
 * time. Generous on purpose (the widths of DejaVu Sans, the widest of the site's fallback fonts,
 * rounded up), so a label placed by the estimate is never cut off by the real text;
 * `tests/e2e/lineage.spec.ts` measures the real labels.
 */
const NARROW = /[ijlrtf.,'’:;!|()[\] ]/;
const WIDE = /[A-ZÀ-ÖØ-Þmw]/;

export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += NARROW.test(char) ? 0.36 : WIDE.test(char) ? 0.8 : 0.62;
	return Math.ceil(ems * fontSize);
}
