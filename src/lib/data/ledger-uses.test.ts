import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { usesOf } from './ledger-uses';

const gb = dataset.countries.find((c) => c.iso2 === 'gb')!;
const event1983 = gb.events.find((e) => e.date === '1983')!;
const tendencyEvent = dataset.tendency.events[0]!;
const renamed = dataset.lineage.links.find((l) => l.id === 'cmi-renamed-imt')!;

describe('usesOf', () => {
	it.each([
		{ name: 'no facts', paths: [], expected: [] },
		{ name: 'a fact that does not exist', paths: ['gb/events/nothing-here'], expected: [] },
		{
			name: "a country's dated event and undated organisation",
			paths: [`gb/events/${event1983.id}`, `gb/bodies/${gb.bodies[0]!.id}`],
			expected: [{ iso2: 'gb', facts: [{ kind: 'events', date: '1983' }, { kind: 'bodies' }] }]
		},
		{
			name: 'the tendency before the countries, whatever the ledger order',
			paths: [`gb/events/${event1983.id}`, `tendency/events/${tendencyEvent.id}`],
			expected: [
				{ iso2: null, facts: [{ kind: 'events', date: '1964' }] },
				{ iso2: 'gb', facts: [{ kind: 'events', date: '1983' }] }
			]
		},
		{
			name: 'the family tree between the tendency and the countries, links by their date',
			paths: [
				`gb/events/${event1983.id}`,
				`lineage/links/${renamed.id}`,
				'lineage/organisations/socialist-party-england-wales',
				`tendency/events/${tendencyEvent.id}`
			],
			expected: [
				{ iso2: null, facts: [{ kind: 'events', date: '1964' }] },
				{
					iso2: null,
					lineage: true,
					facts: [{ kind: 'links', date: '2006' }, { kind: 'organisations' }]
				},
				{ iso2: 'gb', facts: [{ kind: 'events', date: '1983' }] }
			]
		}
	])('groups $name by page', ({ paths, expected }) => {
		expect(usesOf(paths, dataset)).toEqual(expected);
	});
});
