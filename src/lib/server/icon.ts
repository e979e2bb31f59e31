/**
 * The site's icon, carried inside each page as a data: address (app.html's `%atlas.icon%`).
 * Chromium fetches a page's icon again at every change of address, shallow routing's too: after a
 * click opened a panel, reading and decoding `/favicon.png` from the network was a task of about
 * 20 ms at 4x CPU throttle. From the page's own bytes it costs no such task, for 1.8 kB of HTML.
 * A page made to be framed (the embed) names the file instead: a frame shows no icon and fetches
 * none, so there the 1.8 kB would be carried for nothing. Opened in a tab of its own, an embed
 * page pays the fetch at each change of address, the rare case traded for every frame's bytes.
 */
import icon from '../../../static/favicon.png?inline';

/** The placeholder in app.html. */
export const ICON_SLOT = '%atlas.icon%';

/**
 * `html` with the icon's address in its slot: the icon itself, or for a page made to be framed,
 * `file`, the icon's address on the site.
 */
export function withIcon(html: string, file?: string): string {
	return html.replace(ICON_SLOT, file ?? icon);
}
