import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fullSession } from './session';

function htmlUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? htmlUnder(join(dir, entry.name))
			: entry.name.endsWith('.html')
				? [join(dir, entry.name)]
				: []
	);
}

/** A policy as a map from directive to its sources, in order. */
function parsePolicy(policy: string): Map<string, string> {
	return new Map(
		policy
			.split(';')
			.map((part) => part.trim().split(/\s+/))
			.filter((words) => words[0])
			.map(([name, ...sources]) => [name!, sources.join(' ')])
	);
}

const metaPolicy = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]+)">/
		.exec(html)?.[1]
		?.replaceAll('&#39;', "'");

test('every prerendered page carries the strict policy in a meta tag, and no inline style', () => {
	const pages = htmlUnder('build');
	expect(pages.length).toBeGreaterThanOrEqual(27);
	for (const file of pages) {
		const html = readFileSync(file, 'utf8');
		const policy = metaPolicy(html);
		expect(policy, `${file}: CSP meta tag`).toBeTruthy();
		const directives = parsePolicy(policy!);
		expect(directives.get('default-src'), file).toBe("'self'");
		expect(directives.get('script-src'), file).toMatch(/^'self'( 'sha256-[\w+/=]+')+$/);
		expect(directives.get('style-src'), file).toBe("'self'");
		expect(directives.get('object-src'), file).toBe("'none'");
		expect(directives.get('base-uri'), file).toBe("'self'");
		expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval/);
		// The meta tag must come before anything it governs.
		expect(html.indexOf('http-equiv="content-security-policy"'), file).toBeLessThan(
			html.search(/<script|<link[^>]+(modulepreload|stylesheet)/)
		);
		// A style attribute in the served markup would be blocked by style-src-attr.
		expect(html, `${file}: style attribute`).not.toMatch(/<[^>]+\sstyle=/);
	}
});

test('every inline script of a page is allowed by its hash, and only those', () => {
	for (const file of htmlUnder('build')) {
		const html = readFileSync(file, 'utf8');
		const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);
		const hashes = scripts.map(
			(text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
		);
		const allowed = parsePolicy(metaPolicy(html)!).get('script-src')!.split(' ').slice(1);
		expect(allowed.sort(), file).toEqual(hashes.sort());
	}
});

test('the headers file adds frame-ancestors and agrees with the meta policy', () => {
	const headers = readFileSync('build/_headers', 'utf8');
	const header = /^\s+Content-Security-Policy:\s*(.+)$/m.exec(headers)?.[1];
	expect(header).toBeTruthy();
	const fromHeader = parsePolicy(header!);
	const fromMeta = parsePolicy(metaPolicy(readFileSync('build/index.html', 'utf8'))!);
	expect(fromHeader.get('frame-ancestors')).toBe("'none'");
	expect(header).not.toMatch(/unsafe-inline|unsafe-eval/);
	for (const [name, sources] of fromHeader) {
		if (name !== 'frame-ancestors') expect(sources, name).toBe(fromMeta.get(name));
	}
	expect(headers).toMatch(/^\s+X-Content-Type-Options: nosniff$/m);
	expect(headers).toMatch(/^\s+Referrer-Policy: no-referrer$/m);
	expect(headers).toMatch(
		/^\/_app\/immutable\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m
	);
});

test('the served pages carry the headers', async ({ request }) => {
	for (const path of ['/', '/country/br', '/no/such/page']) {
		const response = await request.get(path);
		expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
	}
	expect((await request.get('/_headers')).status()).toBe(404);
});

test('a full session raises no CSP violation', async ({ page }) => {
	// A whole visit of some ten pages: on a loaded 2-core machine it can outlast the default 30 s.
	test.slow();
	// Each page records what it sees on window; the binding carries it across navigations.
	const violations: string[] = [];
	await page.exposeFunction('reportCspViolation', (violation: string) =>
		violations.push(violation)
	);
	await page.addInitScript(() => {
		const record = window as unknown as {
			cspViolations: string[];
			reportCspViolation: (violation: string) => void;
		};
		record.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			const violation = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`;
			record.cspViolations.push(violation);
			record.reportCspViolation(violation);
		});
	});
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
	});
	const steps = await fullSession(page);
	// The session ran to its end (a step that fails throws before it is recorded).
	expect(steps.at(-1)).toBe('leave the presentation');
	expect(
		await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
	).toEqual([]);
	expect(violations).toEqual([]);
});
