import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { describe, expect, it } from 'vitest';
import { countries } from '$lib/data/dataset';
import { readAddress, readTour } from './address';
import { historyTour } from './history';
import { lineageTour } from './tree-stops';
import { defaultTour } from './tour';

const read = (query: string) => readAddress(new URLSearchParams(query), countries);
const DEFAULT = defaultTour(countries).length;

describe('readTour', () => {
	it.each([
		{ name: 'no tour: the default', query: '', stops: defaultTour(countries), tour: null },
		{
			name: 'an empty tour: the default',
			query: 'tour=',
			stops: defaultTour(countries),
			tour: null
		},
		{
			name: 'codes in any case, one unknown',
			query: 'tour=gb,zz,BR',
			stops: [{ kind: 'country', iso2: 'gb' }, { kind: 'country', iso2: 'br' }, { kind: 'world' }],
			tour: 'gb,br'
		},
		{
			name: 'the chronological tour',
			query: 'tour=history',
			stops: historyTour(),
			tour: 'history'
		},
		{
			name: 'the chronological tour, any case',
			query: 'tour=%20History%20',
			stops: historyTour(),
			tour: 'history'
		},
		{
			name: 'the family tree alone',
			query: 'tour=Lineage',
			stops: lineageTour(),
			tour: 'lineage'
		},
		{
			name: 'nothing known: the default',
			query: 'tour=%3Cscript%3E',
			stops: defaultTour(countries),
			tour: null
		}
	])('$name', ({ query, stops, tour }) => {
		const read = readTour(new URLSearchParams(query), countries);
		expect(read.stops).toEqual(stops);
		expect(read.tour).toBe(tour);
	});
});

describe('readAddress', () => {
	it.each([
		{ query: '', length: DEFAULT, index: 0, stopGiven: false, notices: [] },
		{ query: 'stop=4', length: DEFAULT, index: 3, stopGiven: true, notices: [] },
		{ query: 'stop=04', length: DEFAULT, index: 3, stopGiven: true, notices: [] },
		{ query: 'stop=', length: DEFAULT, index: 0, stopGiven: false, notices: [] },
		{ query: 'tour=gb,br&stop=3', length: 3, index: 2, stopGiven: true, notices: [] },
		{
			query: 'tour=gb,zz,br',
			length: 3,
			index: 0,
			stopGiven: false,
			notices: ['Not in the atlas, so left out of the tour: zz.']
		},
		{
			query: 'tour=zz,..%2Fx',
			length: DEFAULT,
			index: 0,
			stopGiven: false,
			notices: [
				'Not in the atlas, so left out of the tour: zz, ../x (nothing was left, so this is the default tour).'
			]
		},
		{
			query: 'stop=abc',
			length: DEFAULT,
			index: 0,
			stopGiven: false,
			notices: [`This tour has no stop “abc” (1 to ${DEFAULT}): it opens on stop 1.`]
		},
		{
			query: 'tour=gb&stop=99999',
			length: 2,
			index: 0,
			stopGiven: false,
			notices: ['This tour has no stop “99999” (1 to 2): it opens on stop 1.']
		},
		{
			query: 'stop=2&stop=5',
			length: DEFAULT,
			index: 1,
			stopGiven: true,
			notices: ['The address gives 2 stops: the talk opens on the first.']
		},
		{
			query: 'tour=fr&tour=gb',
			length: 2,
			index: 0,
			stopGiven: false,
			notices: ['The address names 2 tours: the talk follows the first.']
		}
	])(
		'?$query: $length stops, opens on index $index',
		({ query, length, index, stopGiven, notices }) => {
			const address = read(query);
			expect(address.stops).toHaveLength(length);
			expect(address.index).toBe(index);
			expect(address.stopGiven).toBe(stopGiven);
			expect(address.notices).toEqual(notices);
		}
	);

	it('echoes address text cut short, marked so, and lists at most eight unknown codes', () => {
		const long = 'x'.repeat(100);
		const [stop] = read(`stop=${long}`).notices;
		expect(stop).toContain(`“${'x'.repeat(40)}…”`);
		const [code] = read(`tour=${'y'.repeat(100)},fr`).notices;
		expect(code).toContain(`${'y'.repeat(40)}…`);
		expect(code).not.toContain('y'.repeat(41));
		const codes = Array.from({ length: 12 }, (_, i) => `q${i}`).join(',');
		expect(read(`tour=${codes},fr`).notices[0]).toMatch(/q7, and 4 more\.$/);
	});

	it('writes its notices in the language of the page', () => {
		const english = getLocale;
		overwriteGetLocale(() => 'es');
		try {
			expect(read('tour=zz&stop=99').notices).toEqual([
				'No están en el atlas y quedan fuera del recorrido: zz (no quedaba nada, así que este es el recorrido predeterminado).',
				`Este recorrido no tiene parada «99» (de 1 a ${DEFAULT}): empieza en la parada 1.`
			]);
		} finally {
			overwriteGetLocale(english);
		}
	});
});
