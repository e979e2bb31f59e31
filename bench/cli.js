// The command-line flags of `npm run bench`.
import { parseArgs } from 'node:util';
import { ROUNDS, THROTTLE } from './config.js';

export const USAGE = `Usage: npm run bench -- [--no-build] [--rounds N] [--throttle N] [--only atlas|baseline]
                           [--lang CODE]

  --no-build        measure the existing build/ instead of running npm run build first
  --rounds N        interleaved rounds per target (default ${ROUNDS}, at least 1)
  --throttle N      CPU slowdown factor (default ${THROTTLE})
  --only TARGET     measure only the atlas or only the baseline
  --lang CODE       the atlas in this language, at /CODE/ (default en, at /)`;

/** @param {string} name @param {string | undefined} text @param {number} fallback @param {number} min */
function numberFlag(name, text, fallback, min) {
	if (text === undefined) return fallback;
	const value = Number(text);
	if (!Number.isFinite(value) || value < min) throw new Error(`--${name} needs a number ≥ ${min}`);
	return value;
}

/** @param {string[]} argv */
export function parseOptions(argv) {
	const { values } = parseArgs({
		args: argv,
		options: {
			'no-build': { type: 'boolean', default: false },
			rounds: { type: 'string' },
			throttle: { type: 'string' },
			only: { type: 'string' },
			lang: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	const only = values.only;
	if (only !== undefined && only !== 'atlas' && only !== 'baseline') {
		throw new Error('--only takes atlas or baseline');
	}
	const lang = values.lang ?? 'en';
	if (!/^[a-z]{2}$/.test(lang)) throw new Error('--lang takes a language code: es, pt, fr, it');
	return {
		help: Boolean(values.help),
		build: !values['no-build'],
		rounds: Math.round(numberFlag('rounds', values.rounds, ROUNDS, 1)),
		throttle: numberFlag('throttle', values.throttle, THROTTLE, 1),
		only: /** @type {'atlas' | 'baseline' | undefined} */ (only),
		lang
	};
}
