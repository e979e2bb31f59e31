/**
 * The HTML another site pastes to frame the embed: an `<iframe>` with a title (its accessible
 * name: a frame without one is announced as "frame"), a size that shows the map, the year
 * control and the legend without scrolling, and lazy loading, so a page that puts the map far
 * down does not load it until the reader gets there.
 */
import { escapeAttribute } from '$lib/geo/map-dom';

export interface IframeOptions {
	/** The embed's absolute address. */
	src: string;
	/** The frame's accessible name. */
	title: string;
	/** CSS pixels; the width is 100% of the host's column up to this. */
	maxWidth?: number;
	height?: number;
}

export function iframeSnippet({ src, title, maxWidth = 960, height = 640 }: IframeOptions): string {
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` width="100%" height="${height}" loading="lazy"` +
		` style="border: 0; max-width: ${maxWidth}px"></iframe>`
	);
}
