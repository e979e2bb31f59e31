// A small static server for the built site, shaped like a static host: gzip when the client
// accepts it, `/country/br` served from `build/country/br.html`, and `404.html` with status 404
// for anything else. Used by the browser tests, the benchmark and speakers presenting offline.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/** @param {string} root @param {string} path */
async function resolveFile(root, path) {
	const clean = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
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
 * Serves `root` on `host:port` (port 0 picks a free one).
 * @param {{ root?: string, port?: number, host?: string, gzip?: boolean }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serve({ root = 'build', port = 4173, host = '127.0.0.1', gzip = true } = {}) {
	const base = resolve(root);
	const cache = new Map();
	/** @param {string} file */
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
		try {
			const { pathname } = new URL(req.url ?? '/', 'http://localhost');
			file = await resolveFile(base, pathname === '/' ? 'index.html' : pathname);
		} catch {
			file = null;
		}
		if (!file) {
			status = 404;
			file = join(base, '404.html');
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
				...(wantsGzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {})
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
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const { url } = await serve({ port });
	console.log(`IMT Atlas: serving build/ at ${url} (Ctrl+C to stop)`);
}
