import { describe, expect, it } from 'vitest';
import { ICON_SLOT, withIcon } from './icon';

describe('withIcon', () => {
	it('writes the icon as a data: address into its slot', () => {
		const html = withIcon(`<link rel="icon" href="${ICON_SLOT}" />`);
		expect(html).toMatch(/^<link rel="icon" href="data:image\/png;base64,[A-Za-z0-9+/]+=*" \/>$/);
	});

	it('names the file for a page made to be framed', () => {
		const html = withIcon(`<link rel="icon" href="${ICON_SLOT}" />`, '/base/favicon.png');
		expect(html).toBe('<link rel="icon" href="/base/favicon.png" />');
	});
});
