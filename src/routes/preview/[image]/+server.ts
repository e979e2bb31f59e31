// A preview image per page kind, made at build time: `/preview/world.png` for every page but a
// country's, `/preview/{iso2}.png` for each country's (see $lib/preview).
import { error } from '@sveltejs/kit';
import { countries, countryByIso } from '$lib/data/dataset';
import { previewPng } from '$lib/preview/render.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [
	{ image: 'world.png' },
	...countries.map((c) => ({ image: `${c.iso2}.png` }))
];

export const GET: RequestHandler = ({ params }) => {
	const [, name] = /^([a-z]{2}|world)\.png$/.exec(params.image) ?? [];
	if (!name || (name !== 'world' && countryByIso(name)?.iso2 !== name)) error(404);
	const png = previewPng(name === 'world' ? null : name);
	return new Response(png as BodyInit, {
		headers: { 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
};
