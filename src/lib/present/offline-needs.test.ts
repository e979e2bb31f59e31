import { describe, expect, it } from 'vitest';
import { assetKind, countByKind, isOfflineRequest, talkAssets, talkPages } from './offline-needs';

describe('talkPages', () => {
	it.each([
		['/present', ['/present', '/present/presenter', '/present/print']],
		['/es/present', ['/es/present', '/es/present/presenter', '/es/present/print']]
	])('%s', (stage, pages) => expect(talkPages(stage)).toEqual(pages));
});

describe('assetKind', () => {
	it.each([
		['/_app/immutable/chunks/Bx3k9.js', 'script'],
		['/_app/immutable/entry/start.Cq1.mjs', 'script'],
		['/_app/immutable/assets/0.D1v.css', 'style'],
		['/_app/immutable/assets/atkinson-hyperlegible-latin-700-normal.Bq.woff2', 'font'],
		['/_app/immutable/assets/atkinson.woff', 'font'],
		['/favicon.png', 'image'],
		['/icon-512.png', 'image'],
		['/_app/version.json', 'other'],
		['/_headers', 'page'],
		['/present', 'page'],
		['/es/present/print', 'page'],
		['/present?tour=history', 'page']
	])('%s is a %s', (path, kind) => expect(assetKind(path)).toBe(kind));
});

describe('talkAssets', () => {
	it('keeps what a page loads, not the host files or the version stamp', () => {
		expect(
			talkAssets([
				'/_app/immutable/chunks/a.js',
				'/_app/immutable/assets/b.css',
				'/_app/immutable/assets/c.woff2',
				'/favicon.png',
				'/_app/version.json',
				'/_headers',
				'/_redirects'
			])
		).toEqual([
			'/_app/immutable/chunks/a.js',
			'/_app/immutable/assets/b.css',
			'/_app/immutable/assets/c.woff2',
			'/favicon.png'
		]);
	});
});

describe('countByKind', () => {
	it('counts each kind once per file, pages first', () => {
		expect(
			countByKind(['/a.css', '/es/present', '/b.js', '/c.js', '/d.woff2', '/es/present/print'])
		).toEqual([
			['page', 2],
			['script', 2],
			['style', 1],
			['font', 1]
		]);
	});
	it('is empty for nothing missing', () => expect(countByKind([])).toEqual([]));
});

describe('isOfflineRequest', () => {
	it.each([
		[{ type: 'imt-offline-check', pages: ['/present'] }, true],
		[{ type: 'imt-offline-fill', pages: [] }, true],
		[{ type: 'imt-offline-check', pages: ['https://elsewhere.example/x'] }, false],
		[{ type: 'imt-offline-check', pages: [3] }, false],
		[{ type: 'skip-waiting' }, false],
		[null, false],
		['imt-offline-check', false]
	])('%j → %s', (value, ok) => expect(isOfflineRequest(value)).toBe(ok));
});
