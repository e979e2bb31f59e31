import { describe, expect, it } from 'vitest';
import { YEARS } from '$lib/data/year-statuses';
import { tourVideoName, videoCodec, videoName, videoYears, type VideoCodec } from './video-plan';

const SPAN = { first: 1964, last: 2026 };

describe('videoYears', () => {
	it.each([
		[2009, 2011, [2009, 2010, 2011]],
		[2011, 2009, [2009, 2010, 2011]],
		[2019, 2019, [2019]],
		[1900, 1966, [1964, 1965, 1966]],
		[2025, 3000, [2025, 2026]],
		[2009.6, 2010.2, [2010]]
	])('%s to %s', (from, to, years) => expect(videoYears(from, to, SPAN)).toEqual(years));

	it("covers the atlas's whole timeline, one year each", () => {
		const years = videoYears(YEARS.first, YEARS.last, YEARS);
		expect(years[0]).toBe(YEARS.first);
		expect(years.at(-1)).toBe(YEARS.last);
		expect(years).toHaveLength(YEARS.last - YEARS.first + 1);
	});
});

describe('videoName', () => {
	it.each([
		[[1964, 1965, 2026], 'imt-atlas-1964-2026.webm'],
		[[2019], 'imt-atlas-2019.webm']
	])('%j → %s', (years, name) => expect(videoName(years)).toBe(name));
});

describe('videoCodec', () => {
	it.each<[VideoCodec[], VideoCodec | null]>([
		[['vp9', 'vp8'], 'vp9'],
		[['vp8'], 'vp8'],
		[[], null]
	])('with %j → %s', (codecs, codec) => expect(videoCodec((c) => codecs.includes(c))).toBe(codec));
});

describe('tourVideoName', () => {
	it.each([
		[null, 'imt-atlas-tour.webm'],
		['history', 'imt-atlas-tour-history.webm'],
		['gb,br', 'imt-atlas-tour-gb-br.webm'],
		['GB, br ,', 'imt-atlas-tour-gb-br.webm'],
		[',,', 'imt-atlas-tour.webm']
	])('%j → %s', (tour, name) => expect(tourVideoName(tour)).toBe(name));
});
