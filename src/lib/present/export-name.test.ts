import { describe, expect, it } from 'vitest';
import { exportName, slug } from './export-name';

describe('slug', () => {
	it.each([
		['France', 'france'],
		['United Kingdom', 'united-kingdom'],
		["Côte d'Ivoire", 'cote-d-ivoire'],
		['The tendency worldwide', 'the-tendency-worldwide'],
		['  São Tomé & Príncipe!  ', 'sao-tome-principe'],
		['<script>&"\'', 'script'],
		['../../etc/passwd', 'etc-passwd'],
		['Россия', 'stop'],
		['', 'stop'],
		['a'.repeat(80), 'a'.repeat(60)]
	])('%j → %s', (title, expected) => expect(slug(title)).toBe(expected));
});

describe('exportName', () => {
	it.each([
		[4, 'France', 'svg', undefined, 'imt-atlas-04-france.svg'],
		[4, 'France', 'png', { width: 1920, height: 1080 }, 'imt-atlas-04-france-1920x1080.png'],
		[12, 'Brazil', 'png', { width: 3840, height: 2160 }, 'imt-atlas-12-brazil-3840x2160.png'],
		[123, 'Pakistan', 'svg', undefined, 'imt-atlas-123-pakistan.svg'],
		[
			1,
			'International Marxist Tendency',
			'svg',
			undefined,
			'imt-atlas-01-international-marxist-tendency.svg'
		]
	] as const)('stop %i, %s, %s %o → %s', (number, title, ext, size, expected) =>
		expect(exportName(number, title, ext, size)).toBe(expected)
	);
});
