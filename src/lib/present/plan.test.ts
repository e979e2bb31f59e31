import { describe, expect, it } from 'vitest';
import { formatElapsed } from './clock';
import { PLAN_KEY, planLeft, readPlan, storedPlan, storePlan } from './plan';

describe('readPlan', () => {
	it.each([
		{ text: '30', minutes: 30 },
		{ text: ' 45 ', minutes: 45 },
		{ text: '20.4', minutes: 20 },
		{ text: '600', minutes: 600 },
		{ text: '601', minutes: null },
		{ text: '0', minutes: null },
		{ text: '-5', minutes: null },
		{ text: '', minutes: null },
		{ text: 'abc', minutes: null },
		{ text: null, minutes: null }
	])('"$text" is $minutes minutes', ({ text, minutes }) => expect(readPlan(text)).toBe(minutes));
});

describe('planLeft, as the presenter view shows it', () => {
	it.each([
		{ name: 'at the start', elapsed: 0, minutes: 30, over: false, shown: '30:00' },
		{ name: 'half a second in', elapsed: 500, minutes: 30, over: false, shown: '30:00' },
		{ name: 'a second in', elapsed: 1_000, minutes: 30, over: false, shown: '29:59' },
		{ name: 'just before the end', elapsed: 1_799_500, minutes: 30, over: false, shown: '0:01' },
		{ name: 'exactly at the end', elapsed: 1_800_000, minutes: 30, over: false, shown: '0:00' },
		{ name: 'past the end', elapsed: 1_865_000, minutes: 30, over: true, shown: '1:05' },
		{ name: 'a clock gone backwards', elapsed: -4_000, minutes: 1, over: false, shown: '1:00' },
		{ name: 'a long talk', elapsed: 0, minutes: 90, over: false, shown: '1:30:00' }
	])('$name: $shown', ({ elapsed, minutes, over, shown }) => {
		const left = planLeft(elapsed, minutes);
		expect(left.over).toBe(over);
		expect(formatElapsed(left.ms)).toBe(shown);
	});
});

describe('kept on this browser', () => {
	it('round-trips, and null forgets', () => {
		const map = new Map<string, string>();
		const storage = {
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k)
		};
		storePlan(storage, 25);
		expect(map.get(PLAN_KEY)).toBe('25');
		expect(storedPlan(storage)).toBe(25);
		storePlan(storage, null);
		expect(storedPlan(storage)).toBeNull();
	});
});
