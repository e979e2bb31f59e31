/**
 * File names for a stop saved as a slide. The stop's number comes first, so a folder of exports
 * sorts in tour order; the title is folded to plain ASCII, so the name survives any file system,
 * mail client or slide tool.
 */

export interface Size {
	width: number;
	height: number;
}

/** The sizes a slide is saved at: a 1080p projector, and 4K for large screens and print. */
export const PNG_SIZES: readonly Size[] = [
	{ width: 1920, height: 1080 },
	{ width: 3840, height: 2160 }
];

/** "Côte d'Ivoire" → "cote-d-ivoire"; a title with no letter or digit left becomes "stop". */
export function slug(title: string): string {
	const ascii = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-');
	return ascii.slice(0, 60).replace(/^-+|-+$/g, '') || 'stop';
}

/** "imt-atlas-04-france.svg", or "imt-atlas-04-france-3840x2160.png" with a pixel size. */
export function exportName(number: number, title: string, ext: 'svg' | 'png', size?: Size): string {
	const n = String(Math.max(0, Math.trunc(number))).padStart(2, '0');
	const pixels = size ? `-${size.width}x${size.height}` : '';
	return `imt-atlas-${n}-${slug(title)}${pixels}.${ext}`;
}
