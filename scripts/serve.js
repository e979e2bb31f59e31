// A small static server for the built site, shaped like a static host: gzip when the client
// accepts it, `/country/br` served from `build/country/br.html`, `404.html` with status 404 for
// anything else (or the page a 404 rule of `build/_redirects` names, so `/es/nowhere` gets the
// Spanish one), and the headers of `build/_headers` (Netlify / Cloudflare Pages format, neither
// file itself served). Used by the browser tests, the benchmark and speakers presenting offline.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8; header=present',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.csv',
	'.svg',
	'.txt',
	'.webmanifest'
]);

const HEADERS_FILE = '_headers';
const REDIRECTS_FILE = '_redirects';

/** A host's path pattern (`*` matches anything) as a regular expression. @param {string} glob */
const globPattern = (glob) =>
	new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);

/** @param {string} root @param {string} path */
async function resolveFile(root, path) {
	const clean = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
	if (clean === HEADERS_FILE || clean === REDIRECTS_FILE) return null;
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const candidate of candidates) {
		const file = resolve(root, candidate);
		if (file !== root && !file.startsWith(root + sep)) return null;
		try {
			if ((await stat(file)).isFile()) return file;
		} catch {
			// try the next candidate
		}
	}
	return null;
}

/**
 * Reads the host's `_headers` rules: a path pattern (`*` matches anything) on its own line,
 * then indented `Name: value` lines, or `! Name` to take off a header a wider rule set (a later
 * rule's value replaces an earlier one's); `#` starts a comment.
 * @param {string} root
 * @returns {Promise<{ pattern: RegExp, headers: Record<string, string | null> }[]>}
 */
async function readHeaderRules(root) {
	let text;
	try {
		text = await readFile(join(root, HEADERS_FILE), 'utf8');
	} catch {
		return [];
	}
	/** @type {{ pattern: RegExp, headers: Record<string, string | null> }[]} */
	const rules = [];
	/** @type {Record<string, string | null> | null} */
	let headers = null;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			headers = {};
			rules.push({ pattern: globPattern(line.trim()), headers });
		} else if (headers && line.trim().startsWith('!')) {
			// `! Name` detaches a header that an earlier, wider rule set.
			headers[line.trim().slice(1).trim().toLowerCase()] = null;
		} else if (headers && line.includes(':')) {
			const colon = line.indexOf(':');
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
		}
	}
	return rules;
}

/**
 * Reads the host's `_redirects` rules that answer with another page and status 404
 * (`/es/*  /es/404.html  404`, Netlify's format): each language's not-found page. Other rules
 * are not the atlas's and are left to the host.
 * @param {string} root
 * @returns {Promise<{ pattern: RegExp, page: string }[]>}
 */
async function readNotFoundRules(root) {
	let text;
	try {
		text = await readFile(join(root, REDIRECTS_FILE), 'utf8');
	} catch {
		return [];
	}
	return text
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter(([from, , status]) => from && !from.startsWith('#') && status === '404')
		.map(([from, to]) => ({ pattern: globPattern(String(from)), page: String(to) }));
}

/**
 * The headers the rules give `pathname`, in file order: a later rule's value replaces an earlier
 * one's, and a detached header (null) is left out.
 * @param {{ pattern: RegExp, headers: Record<string, string | null> }[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
function hostHeaders(rules, pathname) {
	const merged = Object.assign(
		{},
		...rules.filter((r) => r.pattern.test(pathname)).map((r) => r.headers)
	);
	return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
}

/**
 * Serves `root` on `host:port` (port 0 picks a free one).
 * @param {{ root?: string, port?: number, host?: string, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ root = 'build', port = 4173, host = '127.0.0.1', gzip = true } = {}) {
	const base = resolve(root);
	const cache = new Map();
	const rules = await readHeaderRules(base);
	const notFoundRules = await readNotFoundRules(base);
	/** @param {string} file @param {boolean} wantsGzip */
	async function body(file, wantsGzip) {
		const key = `${file}:${wantsGzip}`;
		if (!cache.has(key)) {
			const raw = await readFile(file);
			cache.set(key, wantsGzip ? gzipSync(raw, { level: 9 }) : raw);
		}
		return cache.get(key);
	}
	const server = createServer(async (req, res) => {
		let status = 200;
		let file;
		let pathname = '/';
		try {
			pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
			file = await resolveFile(base, pathname === '/' ? 'index.html' : pathname);
		} catch {
			file = null;
		}
		if (!file) {
			status = 404;
			const rule = notFoundRules.find((r) => r.pattern.test(pathname));
			file = join(base, rule ? rule.page : '404.html');
		}
		const ext = extname(file);
		const wantsGzip =
			gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
		try {
			const data = await body(file, wantsGzip);
			res.writeHead(status, {
				'content-type': TYPES[ext] ?? 'application/octet-stream',
				'content-length': data.length,
				'cache-control': file.includes(`${sep}_app${sep}immutable${sep}`)
					? 'public, max-age=31536000, immutable'
					: 'no-cache',
				...(wantsGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
				...hostHeaders(rules, pathname)
			});
			res.end(req.method === 'HEAD' ? undefined : data);
		} catch {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		}
	});
	await new Promise((done) => server.listen(port, host, () => done(undefined)));
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://${host}:${actualPort}`,
		// A browser keeps idle connections open: closing means gone, so they are cut too.
		close: () =>
			new Promise((done) => {
				server.close(() => done(undefined));
				server.closeAllConnections();
			})
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	// SERVE_ROOT: another build folder (the browser tests serve build-pseudo/ beside build/).
	const root = process.env.SERVE_ROOT ?? 'build';
	const { url } = await serve({ root, port });
	console.log(`IMT Atlas: serving ${root}/ at ${url} (Ctrl+C to stop)`);
}
