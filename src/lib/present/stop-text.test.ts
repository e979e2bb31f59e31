import { describe, expect, it } from 'vitest';
import { whenText } from '$lib/data/chronology';
import { countryByIso, dataset } from '$lib/data/dataset';
import { HISTORY_EVENTS, historyTour } from './history';
import { stopText } from './stop-text';
import { keyEvents } from './stops';
import type { Stop } from './tour';

const roles = (stop: Stop) => stopText(stop, '1 / 2').map((p) => p.role);

describe('stopText', () => {
	it.each<{ name: string; stop: Stop; expected: string[] }>([
		{
			name: 'a dated event: its date, large, then the event',
			stop: { kind: 'event', n: 0 },
			expected: ['kicker', 'when', 'body']
		},
		{
			name: 'the world: how many countries the map shows',
			stop: { kind: 'world' },
			expected: ['kicker', 'body']
		},
		{
			name: 'the tendency: its summary, then its first three dated events',
			stop: { kind: 'tendency' },
			expected: ['kicker', 'body', 'date', 'body', 'date', 'body', 'date', 'body']
		}
	])('$name', ({ stop, expected }) => expect(roles(stop)).toEqual(expected));

	it('gives a country its organisation, summary and latest dated events, each date over its event', () => {
		const gb = countryByIso('gb')!;
		const text = stopText({ kind: 'country', iso2: 'gb' }, '2 / 3');
		expect(text[0]).toEqual({ role: 'kicker', text: expect.stringMatching(/^2 \/ 3 · /) });
		expect(text[1]!.role).toBe('strong');
		expect(text[2]).toEqual({ role: 'body', text: gb.summary });
		const events = keyEvents(gb.events, 3);
		expect(text.slice(3)).toEqual(
			events.flatMap((e) => [
				{ role: 'date', text: whenText(e) },
				{ role: 'body', text: e.text }
			])
		);
	});

	it('tells every stop of the chronological tour in words of the dataset, none empty', () => {
		for (const stop of historyTour()) {
			const text = stopText(stop, '1 / 37');
			expect(text.every((p) => p.text.trim().length > 0)).toBe(true);
		}
		const first = stopText({ kind: 'event', n: 0 }, '1 / 37');
		expect(first[2]!.text).toBe(HISTORY_EVENTS[0]!.event.text);
		expect(first[0]!.text).toMatch(/^1 \/ 37/);
	});

	it('keeps the tendency’s summary as its first paragraph after the kicker', () => {
		expect(stopText({ kind: 'tendency' }, '1 / 2')[1]!.text).toBe(dataset.tendency.summary[0]);
	});
});
