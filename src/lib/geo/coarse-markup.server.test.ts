import { describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { decodeRings } from './encode';
import { buildCoarseMarkup, coarseMarkup } from './coarse-markup.server';
import { buildMapMarkup } from './markup.server';
import { PRESENT_PRECISION } from './projection';
import { DETAIL } from './rings.server';

const coarse = coarseMarkup('en', PRESENT_PRECISION);
const fine = buildMapMarkup('', 'en', DETAIL.present, PRESENT_PRECISION, false);

const shapesOf = (markup: string) =>
	[...markup.matchAll(/<path [^>]*\bd="([^"]*)"/g)].map((m) => m[1]!);
const pointsOf = (markup: string) =>
	shapesOf(markup).reduce((sum, d) => sum + decodeRings(d).flat().length, 0);
const isosOf = (markup: string, tag: RegExp) => [...markup.matchAll(tag)].map((m) => m[1]);

describe("the talk's coarse copy", () => {
	it('has every dataset country, in the map’s order', () =>
		expect(isosOf(coarse, /<g class="country" data-iso="([a-z]{2})">/g)).toEqual(
			isosOf(fine, /<a [^>]*class="country" data-iso="([a-z]{2})"/g)
		));

	it('has as many shapes as the map: none simplified away', () =>
		expect(shapesOf(coarse)).toHaveLength(shapesOf(fine).length));

	it('has under half the map’s points', () =>
		expect(pointsOf(coarse)).toBeLessThan(pointsOf(fine) / 2));

	it.each([
		{ name: 'no link', pattern: /href=/ },
		{ name: 'no name', pattern: /aria-label=|data-name=/ },
		{ name: 'no status of its own (it takes the map’s)', pattern: /data-status=/ },
		{ name: 'nothing to Tab to', pattern: /tabindex=|<a[ >]/ }
	])('holds $name', ({ pattern }) => expect(coarse).not.toMatch(pattern));

	it('draws a ring for each small country the map rings', () =>
		expect(coarse.match(/class="target"/g)?.length).toBe(fine.match(/class="target"/g)?.length));

	it('is as detailed as asked', () =>
		expect(
			pointsOf(buildCoarseMarkup('en', DETAIL.present, DETAIL.present, PRESENT_PRECISION))
		).toBe(pointsOf(fine)));

	it('covers the dataset', () =>
		expect(coarse.match(/<g class="country"/g)).toHaveLength(countries.length));
});
