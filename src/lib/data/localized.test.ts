import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import {
	addProse,
	localeCountries,
	localeCountry,
	localeDataset,
	localeEvent,
	localeNeighbours
} from './localized';

beforeAll(() => {
	addProse('es', JSON.parse(readFileSync('src/lib/data/translations/es.json', 'utf8')));
});

describe('the dataset in a language', () => {
	it('keeps English as the dataset itself', () => {
		expect(localeDataset('en')).toBe(dataset);
		expect(localeCountry('br', 'en')?.name).toBe('Brazil');
	});

	it.each([
		{ iso2: 'br', name: 'Brasil' },
		{ iso2: 'gb', name: 'Reino Unido' },
		{ iso2: 'MX', name: 'México' }
	])('names $iso2 $name in Spanish, from Intl', ({ iso2, name }) => {
		expect(localeCountry(iso2, 'es')?.name).toBe(name);
	});

	it('writes the prose in Spanish and leaves the English dataset alone', () => {
		const es = localeCountry('br', 'es')!;
		const en = localeCountry('br', 'en')!;
		expect(es.summary).not.toBe(en.summary);
		expect(es.summary).toMatch(/sección/);
		expect(dataset.countries.find((c) => c.iso2 === 'br')!.summary).toBe(en.summary);
	});

	it.each([
		{
			name: "a country's event",
			event: dataset.countries.find((c) => c.iso2 === 'mx')!.events[0]!
		},
		{ name: "the tendency's event", event: dataset.tendency.events[0]! }
	])('tells $name in Spanish from the English one the timeline holds', ({ event }) => {
		const es = localeEvent(event, 'es');
		expect(es.id).toBe(event.id);
		expect(es.date).toBe(event.date);
		expect(es.text).not.toBe(event.text);
		expect(localeEvent(event, 'en')).toBe(event);
	});

	it('orders countries by their names in that language', () => {
		const names = localeCountries('es').map((c) => c.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
		expect(names.indexOf('Reino Unido')).toBeGreaterThan(names.indexOf('México'));
	});

	it('finds neighbours in that order', () => {
		const list = localeCountries('es');
		expect(localeNeighbours(list[1]!.iso2, 'es')).toEqual({ previous: list[0], next: list[2] });
	});

	it('keeps names of organisations as the source gives them', () => {
		const en = localeCountry('br', 'en')!;
		const es = localeCountry('br', 'es')!;
		expect(es.bodies.map((b) => b.name)).toEqual(en.bodies.map((b) => b.name));
	});
});
