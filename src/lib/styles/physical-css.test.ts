import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { physicalDeclarations } from './physical-css';

describe('physicalDeclarations', () => {
	const rows: {
		name: string;
		source: string;
		kind: 'css' | 'svelte';
		expected: string[];
	}[] = [
		{
			name: 'a side in the name',
			source: 'a { margin-left: 1em; }',
			kind: 'css',
			expected: ['margin-left: 1em']
		},
		{
			name: 'border longhands',
			source: 'a{border-right-color:red}',
			kind: 'css',
			expected: ['border-right-color: red']
		},
		{
			name: 'offsets',
			source: 'a {\n\tleft: 0;\n\tright: 2px;\n}',
			kind: 'css',
			expected: ['left: 0', 'right: 2px']
		},
		{
			name: 'a side in the value',
			source: 'p { text-align: right; float: left; }',
			kind: 'css',
			expected: ['text-align: right', 'float: left']
		},
		{
			name: 'logical properties pass',
			source: 'a { margin-inline-start: 1em; inset-inline-end: 0; text-align: start; }',
			kind: 'css',
			expected: []
		},
		{
			name: 'centred and top pass',
			source: 'p { text-align: center; top: 0; border-top: 1px solid; }',
			kind: 'css',
			expected: []
		},
		{
			name: 'selectors and media queries are not declarations',
			source: '@media (max-width: 600px) { a:hover { color: red; } }',
			kind: 'css',
			expected: []
		},
		{
			name: 'comments are skipped',
			source: '/* margin-left: 1em; */ a { top: 0; }',
			kind: 'css',
			expected: []
		},
		{
			name: 'a four-value shorthand with another left than right',
			source: 'a { margin: 0.8rem 0 0 -2rem; padding: 1px calc(1px + 2vw) 0 calc(1px + 2vw); }',
			kind: 'css',
			expected: ['margin: 0.8rem 0 0 -2rem']
		},
		{
			name: 'shorthands with both sides alike',
			source: 'a { margin: 0 auto; padding: 5vmin 3.5vmin 4vmin; inset: 0; }',
			kind: 'css',
			expected: []
		},
		{
			name: 'script in a component is not CSS',
			source: '<script>\nconst s = { left: 0 };\n</script>\n<style>\na { right: 0; }\n</style>',
			kind: 'svelte',
			expected: ['right: 0']
		},
		{
			name: 'markup in a component is not CSS',
			source: '<p style="x">left: 0;</p>',
			kind: 'svelte',
			expected: []
		}
	];
	for (const { name, source, kind, expected } of rows) {
		it(name, () => {
			const found = physicalDeclarations(source, kind).map((d) => `${d.property}: ${d.value}`);
			expect(found).toEqual(expected);
		});
	}

	it('counts lines from the top of the file', () => {
		const source =
			'<script>\n\tlet a = 1;\n</script>\n\n<style>\n\tp {\n\t\tpadding-right: 1px;\n\t}\n</style>';
		expect(physicalDeclarations(source, 'svelte')).toEqual([
			{ property: 'padding-right', value: '1px', line: 7 }
		]);
	});
});

/**
 * What stays physical on purpose, and why: places on the map, positions computed in px, and the
 * timeline. Anything else with a physical side fails, so a `margin-left` cannot come back.
 */
const ALLOWED: { file: string; property: string; reason: string }[] = [
	{
		file: 'src/lib/components/map/Tooltip.svelte',
		property: 'left',
		reason: 'placed from the pointer x in px by a transform from the top left corner'
	},
	{
		file: 'src/lib/components/map/Tooltip.svelte',
		property: 'margin-left',
		reason: 'the gap to the pointer, dropped when the card flips to its left'
	},
	{
		file: 'src/lib/components/map/Tooltip.svelte',
		property: 'margin',
		reason: 'the same gap to the pointer, below and to the right of it, as a shorthand'
	},
	{
		file: 'src/lib/components/timeline/YearControl.svelte',
		property: 'inset',
		reason: 'a timeline runs left to right in every language; the track is direction: ltr'
	},
	{
		file: 'src/lib/components/map/ZoomControls.svelte',
		property: 'left',
		reason: 'over the South Pacific, a place on the map'
	},
	{
		file: 'src/lib/components/present/PresentMap.svelte',
		property: 'left',
		reason: "pinned to the camera transform's origin, map geometry"
	},
	{
		file: 'src/lib/components/timeline/YearControl.svelte',
		property: 'left',
		reason: 'a timeline runs left to right in every language; the track is direction: ltr'
	}
];

describe('the layout turns round for a right-to-left language', () => {
	const root = fileURLToPath(new URL('../../..', import.meta.url));
	const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.svelte') || f.endsWith('.css'))
		.map((f) =>
			relative(root, join(root, 'src', f))
				.split('\\')
				.join('/')
		)
		.sort();
	const found = files.flatMap((file) =>
		physicalDeclarations(
			readFileSync(join(root, file), 'utf8'),
			file.endsWith('.css') ? 'css' : 'svelte'
		).map((d) => ({ file, ...d }))
	);

	it('reads the components and stylesheets', () => {
		expect(files).toContain('src/lib/styles/app.css');
		expect(files).toContain('src/lib/components/map/Tooltip.svelte');
	});

	it('has no physical side outside the allow-list', () => {
		const unexplained = found
			.filter((d) => !ALLOWED.some((a) => a.file === d.file && a.property === d.property))
			.map((d) => `${d.file}:${d.line} ${d.property}: ${d.value}`);
		expect(unexplained).toEqual([]);
	});

	it('allows nothing that is no longer there', () => {
		const stale = ALLOWED.filter(
			(a) => !found.some((d) => d.file === a.file && d.property === a.property)
		).map((a) => `${a.file} ${a.property}`);
		expect(stale).toEqual([]);
	});
});
