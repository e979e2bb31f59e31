import { describe, expect, it } from 'vitest';
import { dataset, source } from '../dataset';
import { buildTime, dataPackage } from './package';

describe('dataPackage', () => {
	const built = new Date('2026-12-02T23:30:00Z');
	const data = dataPackage(dataset, built);

	it('carries every country and the tendency, as the dataset has them', () => {
		expect(data.countries).toEqual(dataset.countries);
		expect(data.tendency).toEqual(dataset.tendency);
	});

	it('names the licence, its attribution and the sources', () => {
		expect(data.licence).toEqual({ name: 'CC BY-SA 4.0', url: source.licenceUrl });
		expect(data.attribution).toContain(source.url);
		expect(data.attribution).toContain('Wikipedia contributors');
		expect(data.sources[0]!.url).toBe(source.url);
	});

	it('gives the day of the build in UTC and the latest dated event', () => {
		expect(data.built).toBe('2026-12-02');
		expect(data.describesUntil).toMatch(/^2019/);
	});

	it('is plain JSON: it survives a round trip unchanged', () => {
		expect(JSON.parse(JSON.stringify(data))).toEqual(data);
	});
});

describe('buildTime', () => {
	const now = () => new Date('2030-01-01T00:00:00Z');
	it.each([
		{ name: 'SOURCE_DATE_EPOCH wins', epoch: '1764633600', expected: '2025-12-02' },
		{ name: 'unset: now', epoch: undefined, expected: '2030-01-01' },
		{ name: 'malformed: now', epoch: 'yesterday', expected: '2030-01-01' }
	])('$name', ({ epoch, expected }) => {
		expect(buildTime(epoch, now).toISOString().slice(0, 10)).toBe(expected);
	});
});
