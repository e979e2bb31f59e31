import { describe, expect, it } from 'vitest';
import { formatElapsed } from './clock';

describe('formatElapsed', () => {
	it.each([
		[0, '0:00'],
		[999, '0:00'],
		[65_000, '1:05'],
		[59 * 60_000 + 59_999, '59:59'],
		[3_600_000, '1:00:00'],
		[3_729_000, '1:02:09'],
		[-5_000, '0:00']
	])('%i ms reads %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});
