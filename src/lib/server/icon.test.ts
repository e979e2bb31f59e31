import { describe, expect, it } from 'vitest';
import { ICON_SLOT, withIcon } from './icon';

describe('withIcon', () => {
	it('writes the icon as a data: address into its slot', () => {
		const html = withIcon(`<link rel="icon" href="${ICON_SLOT}" />`);
		expect(html).toMatch(/^<link rel="icon" href="data:image\/png;base64,[A-Za-z0-9+/]+=*" \/>$/);
	});
});
