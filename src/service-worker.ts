/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the whole atlas working with no network once it has been visited: every built asset,
 * static file and prerendered page is cached on install, one cache per build.
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	isOfflineRequest,
	talkAssets,
	type OfflineReply,
	type OfflineRequest
} from './lib/present/offline-needs';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `imt-atlas-${version}`;
/** Hashed or static files: they never change within a build, so the cache answers first. */
const ASSETS = new Set([...build, ...files]);
/**
 * Prerendered pages, keyed as the static host serves them (`/country/br`, no trailing slash).
 * The link-preview images are for other sites' cards, never shown in the atlas: not cached.
 */
const PAGES = new Set(prerendered.filter((path) => !path.startsWith('/preview/')));
const NOT_FOUND = '/404';
/** The not-found page in the address's language (`/es/nowhere` gets `/es/404`), or English's. */
function notFoundFor(path: string): string {
	const prefix = /^\/[^/]+\//.exec(path)?.[0];
	return prefix && PAGES.has(`${prefix}404`) ? `${prefix}404` : NOT_FOUND;
}

/**
 * The embed's pages (`/embed…`, `/es/embed…`) are framed by other sites; a visitor of the atlas
 * does not need them offline, and they would nearly double what installing downloads. They are
 * cached as they are visited instead, so a framed map keeps working offline once seen.
 */
const EMBED_PAGE = /^\/(?:[a-z]{2}\/)?embed(?:\/|$)/;
/** A venue network that accepts connections but never answers must not keep a speaker waiting. */
const NETWORK_TIMEOUT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll([...ASSETS]);
			const { embeds, framedOnly } = await openWindows();
			// Framed by another site, the worker and its cache are that site's alone (the browser
			// partitions storage by the top-level site), where only the embed can ever be shown:
			// the atlas's pages would be downloaded for nothing.
			const atlasPages = framedOnly ? [] : [...PAGES].filter((path) => !EMBED_PAGE.test(path));
			// Pages are revalidated, so an HTTP cache cannot slip a page of an older build in.
			await cache.addAll(
				[...atlasPages, ...embeds].map((path) => new Request(path, { cache: 'no-cache' }))
			);
			// A new build takes over at once rather than when every tab has closed: old and new
			// never mix, because the old cache is deleted as the new worker activates.
			await sw.skipWaiting();
		})()
	);
});

/**
 * The embed's pages the windows installing the worker show, and whether they are all in frames.
 * Their first load came before the worker, so it could not cache them as they were visited.
 */
async function openWindows(): Promise<{ embeds: string[]; framedOnly: boolean }> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const paths = windows.map((client) => new URL(client.url).pathname);
	const embeds = [...new Set(paths.filter((path) => PAGES.has(path) && EMBED_PAGE.test(path)))];
	const framedOnly =
		windows.length > 0 &&
		windows.every((client, i) => client.frameType === 'nested' && EMBED_PAGE.test(paths[i]!));
	return { embeds, framedOnly };
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) event.respondWith(cacheFirst(request, url.pathname));
	else if (PAGES.has(url.pathname) || request.mode === 'navigate')
		event.respondWith(networkFirst(request, url.pathname));
});

/**
 * The talk's help asks whether everything the talk needs is cached (and to fetch what is not):
 * the worker owns the cache and the build's list of files, so it answers.
 */
sw.addEventListener('message', (event) => {
	const port = event.ports[0];
	if (!port || !isOfflineRequest(event.data)) return;
	event.waitUntil(offlineReply(event.data, (reply) => port.postMessage(reply)));
});

async function offlineReply(
	request: OfflineRequest,
	send: (reply: OfflineReply) => void
): Promise<void> {
	const cache = await caches.open(CACHE);
	const needed = [...request.pages.filter((page) => PAGES.has(page)), ...talkAssets(ASSETS)];
	const missingNow = async () => {
		const present = await Promise.all(needed.map((path) => cache.match(path)));
		return needed.filter((_, i) => !present[i]);
	};
	let missing = await missingNow();
	if (request.type === 'imt-offline-fill') {
		// One file at a time, so the help can show progress and a failure spares the rest.
		for (const [i, path] of missing.entries()) {
			await cache.add(new Request(path, { cache: 'no-cache' })).catch(() => undefined);
			send({ type: 'progress', done: i + 1, total: missing.length });
		}
		missing = await missingNow();
	}
	send({ type: 'result', missing, total: needed.length });
}

async function cacheFirst(request: Request, path: string): Promise<Response> {
	const cached = await caches.match(path, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function networkFirst(request: Request, path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	// The query (`?year=`, `?tour=`) is read in the browser: the page is the same file.
	const cached = PAGES.has(path) ? await cache.match(path) : undefined;
	try {
		const response = await withTimeout(fetch(request), cached ? NETWORK_TIMEOUT_MS : null);
		// A captive portal's redirect or a failing host should not replace a page we have.
		if (cached && (response.type === 'opaqueredirect' || response.status >= 500)) return cached;
		if (response.ok && PAGES.has(path) && EMBED_PAGE.test(path))
			await cache.put(path, response.clone());
		return response;
	} catch {
		if (cached) return cached;
		const notFound = await cache.match(notFoundFor(path));
		if (!notFound) return Response.error();
		// Only the type is carried over: the cached body is already decoded, so the original
		// length and encoding headers would be wrong.
		return new Response(notFound.body, {
			status: 404,
			statusText: 'Not Found',
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
}

function withTimeout(response: Promise<Response>, ms: number | null): Promise<Response> {
	if (ms === null) return response;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('network timeout')), ms);
		response.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}
