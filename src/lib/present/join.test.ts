import { describe, expect, it } from 'vitest';
import { chooseTalk, tourParams } from './join';
import type { TalkFound } from './sync';

const at = (tour: string, index: number, part?: number, blackout = false): TalkFound => ({
	tour,
	state: { index, blackout, ...(part === undefined ? {} : { part, parts: 2 }) }
});

describe('chooseTalk', () => {
	const cases: { name: string; found: TalkFound[]; expected: ReturnType<typeof chooseTalk> }[] = [
		{ name: 'no talk answered: ask', found: [], expected: { kind: 'ask', talks: [] } },
		{
			name: 'one talk: join it',
			found: [at('history', 3)],
			expected: { kind: 'join', talk: at('history', 3) }
		},
		{
			name: "a talk's audience and presenter windows answer alike: one talk",
			found: [at('gb,br', 3), at('gb,br', 3)],
			expected: { kind: 'join', talk: at('gb,br', 3) }
		},
		{
			name: 'a last part not yet measured (-1) is the same place as the first',
			found: [at('default', 2, 0), at('default', 2, -1)],
			expected: { kind: 'join', talk: at('default', 2, 0) }
		},
		{
			name: 'one tour at two stops: ask',
			found: [at('default', 3), at('default', 7)],
			expected: { kind: 'ask', talks: [at('default', 3), at('default', 7)] }
		},
		{
			name: 'one stop in two parts: ask',
			found: [at('default', 3, 0), at('default', 3, 1)],
			expected: { kind: 'ask', talks: [at('default', 3, 0), at('default', 3, 1)] }
		},
		{
			name: 'two tours at the same stop number: ask, once each',
			found: [at('history', 3), at('default', 3), at('history', 3)],
			expected: { kind: 'ask', talks: [at('history', 3), at('default', 3)] }
		}
	];
	for (const { name, found, expected } of cases)
		it(name, () => expect(chooseTalk(found)).toEqual(expected));
});

describe('tourParams', () => {
	it.each([
		['default', ''],
		['history', 'tour=history'],
		['gb,br', 'tour=gb%2Cbr']
	])('%s opens as ?%s', (tour, query) => expect(tourParams(tour).toString()).toBe(query));
});
