import { describe, expect, it } from 'vitest';
import { iframeSnippet } from './iframe-snippet';

describe('iframeSnippet', () => {
	it.each([
		{
			name: 'the whole map',
			options: { src: 'https://atlas.example/embed', title: 'IMT Atlas' },
			expected:
				'<iframe src="https://atlas.example/embed" title="IMT Atlas" width="100%" height="640" loading="lazy" style="border: 0; max-width: 960px"></iframe>'
		},
		{
			name: 'a country at a year, in Spanish, with its own size',
			options: {
				src: 'https://atlas.example/es/embed/country/br?year=2010',
				title: 'IMT Atlas: Brasil',
				maxWidth: 720,
				height: 560
			},
			expected:
				'<iframe src="https://atlas.example/es/embed/country/br?year=2010" title="IMT Atlas: Brasil" width="100%" height="560" loading="lazy" style="border: 0; max-width: 720px"></iframe>'
		}
	])('$name', ({ options, expected }) => expect(iframeSnippet(options)).toBe(expected));

	it('escapes what would break out of an attribute', () => {
		const html = iframeSnippet({
			src: 'https://a.example/embed?x="><script>',
			title: 'A "B" & <C>'
		});
		expect(html).toContain('src="https://a.example/embed?x=&quot;&gt;&lt;script&gt;"');
		expect(html).toContain('title="A &quot;B&quot; &amp; &lt;C&gt;"');
		expect(html.match(/<iframe/g)).toHaveLength(1);
	});
});
