import { describe, expect, it } from 'vitest';
import { countryByIso } from '$lib/data/dataset';
import { statusOf } from '$lib/data/status';
import { yearStatuses } from '$lib/data/year-statuses';
import { HISTORY_EVENTS } from './history';
import { stopContent } from './stop-content';
import { treeStopLine } from './stops';
import type { Stop } from './tour';

describe('stopContent', () => {
	it.each<{ stop: Stop; body: string; status: 'some' | 'none' | 'any' }>([
		{ stop: { kind: 'world' }, body: 'world', status: 'none' },
		{ stop: { kind: 'tendency' }, body: 'tendency', status: 'none' },
		{ stop: { kind: 'country', iso2: 'gb' }, body: 'country', status: 'some' },
		{ stop: { kind: 'event', n: 0 }, body: 'event', status: 'any' },
		{ stop: { kind: 'tree', n: 0 }, body: 'tree', status: 'none' }
	])('a $stop.kind stop has a $body body', ({ stop, body, status }) => {
		const content = stopContent(stop);
		expect(content.body.kind).toBe(body);
		if (status === 'some') expect(content.status).not.toBeNull();
		if (status === 'none') expect([content.status, content.statusText]).toEqual([null, null]);
	});

	it('gives a country stop the status it has today, in the present tense', () => {
		const gb = countryByIso('gb')!;
		const content = stopContent({ kind: 'country', iso2: 'gb' });
		expect(content.status).toBe(statusOf(gb));
		expect(content.statusText).not.toMatch(/\d{4}/);
	});

	it('gives a dated event about a country the status at the end of its year, year named', () => {
		const n = HISTORY_EVENTS.findIndex((h) => h.iso2 && yearStatuses(h.year).get(h.iso2));
		expect(n).toBeGreaterThanOrEqual(0);
		const history = HISTORY_EVENTS[n]!;
		const content = stopContent({ kind: 'event', n });
		expect(content.status).toBe(yearStatuses(history.year).get(history.iso2!)!.status);
		expect(content.statusText).toContain(String(history.year));
	});

	it('tells a family-tree moment by the branch line the tree draws', () => {
		const body = stopContent({ kind: 'tree', n: 0 }).body;
		expect(body).toEqual({
			kind: 'tree',
			when: expect.any(String),
			line: treeStopLine({ kind: 'tree', n: 0 })
		});
	});
});
