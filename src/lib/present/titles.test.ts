import { describe, expect, it } from 'vitest';
import { FSI, PDI } from '$lib/i18n/bidi';
import { inLocale } from '$lib/i18n/in-locale';
import { locales } from '$lib/paraglide/runtime';
import {
	detourAnnouncement,
	detourPageTitle,
	presenterPageTitle,
	stopAnnouncement,
	stopPageTitle
} from './titles';
import { m } from '$lib/paraglide/messages';

/** The text between each isolate's marks, in order; fails on an unbalanced or nested mark. */
function isolated(text: string): string[] {
	const runs: string[] = [];
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === FSI) {
			expect(open, `nested isolate in "${text}"`).toBe(-1);
			open = i;
		} else if (text[i] === PDI) {
			expect(open, `isolate closed before it opened in "${text}"`).toBeGreaterThanOrEqual(0);
			runs.push(text.slice(open + 1, i));
			open = -1;
		}
	}
	expect(open, `isolate left open in "${text}"`).toBe(-1);
	return runs;
}

const TITLE = 'Workers’ International League';

describe('the talk’s titles and announcements isolate their counter and title', () => {
	it.each(locales.map((locale) => ({ locale })))('$locale', ({ locale }) => {
		inLocale(locale, () => {
			expect(isolated(stopPageTitle(TITLE, '3 / 24')).sort()).toEqual(['3 / 24', TITLE].sort());
			expect(isolated(stopAnnouncement('3 / 24', TITLE)).sort()).toEqual(['3 / 24', TITLE].sort());
			expect(isolated(presenterPageTitle('3 / 24'))).toEqual(['3 / 24']);
			// A detour's title is isolated as one, the country within it as it stands.
			const detour = m.talk_detour_title({ country: TITLE });
			expect(isolated(detourPageTitle(TITLE, '3 / 24')).sort()).toEqual(['3 / 24', detour].sort());
			expect(isolated(detourAnnouncement(TITLE, 3))).toEqual([TITLE]);
		});
	});
});
