/**
 * What the dataset is checked against: ISO 3166-1 codes, the atlas's shapes and the source
 * texts. Used by the server at start-up (so by every build) and by the tests.
 */
import countryCodes from 'i18n-iso-countries';
import { shapeIds } from '../geo/world.server';
import { paragraphsOf, type Reference } from '../data/validate';
import imtArticle from '../data/source/international-marxist-tendency.txt?raw';

export const SOURCE_TEXTS: Readonly<Record<string, string>> = { 'wp-imt': imtArticle };

export function reference(): Reference {
	return {
		numericCode: (iso2) => countryCodes.alpha2ToNumeric(iso2.toUpperCase()),
		shapeIds: shapeIds(),
		paragraphs: Object.fromEntries(
			Object.entries(SOURCE_TEXTS).map(([id, text]) => [id, paragraphsOf(text)])
		)
	};
}
