/**
 * The pseudo-locales' build (`ATLAS_PSEUDO=1`, browser tests only; see `pseudo.ts`). From the
 * English, each such build writes a throwaway inlang project under `.pseudo/` (git-ignored):
 * English and the two pseudo-locales, their messages, and the facts' prose in them. Only that
 * build's Paraglide compile reads the project, and only its prose loader sees the prose (the
 * virtual module of `scripts/pseudo-plugin.js`, empty in every other build), so nothing of it
 * can reach the site's build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import atlas from '../data/atlas.json';
import type { Dataset } from '../data/schema';
import { proseOf } from '../data/translatable';
import { PSEUDO_LOCALES, pseudoMessages, pseudoProse } from './pseudo';

export const PSEUDO_DIR = '.pseudo';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const writeJson = (file: string, value: unknown) =>
	writeFileSync(file, JSON.stringify(value, null, '\t') + '\n');

/** Writes `.pseudo/` from the English; returns its inlang project's path. */
export function writePseudoProject(root: string): string {
	const dir = join(root, PSEUDO_DIR);
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['project.inlang', 'messages', 'translations'])
		mkdirSync(join(dir, sub), { recursive: true });
	const settings = readJson(join(root, 'project.inlang/settings.json'));
	const english = readJson(join(root, 'messages', `${settings.baseLocale}.json`));
	const prose = proseOf(atlas as unknown as Dataset);
	writeJson(join(dir, 'messages', `${settings.baseLocale}.json`), english);
	for (const locale of PSEUDO_LOCALES) {
		writeJson(join(dir, 'messages', `${locale}.json`), pseudoMessages(english, locale));
		writeJson(join(dir, 'translations', `${locale}.json`), pseudoProse(prose, locale));
	}
	// Paths in an inlang project are relative to the folder that holds it.
	writeJson(join(dir, 'project.inlang/settings.json'), {
		...settings,
		locales: [settings.baseLocale, ...PSEUDO_LOCALES],
		modules: (settings.modules as string[]).map((m) => relative(dir, join(root, m))),
		'plugin.inlang.messageFormat': { pathPattern: './messages/{locale}.json' }
	});
	return join(dir, 'project.inlang');
}
