/**
 * What a key does in presentation mode. A presentation clicker sends PageDown and PageUp, `.` or
 * `b` to blank the screen, and F5 (or Shift+F5) then Escape from its start/stop button; a keyboard
 * has the rest. Escape never leaves: the window uses it to close an overlay, end a detour or
 * leave full screen, in that order, since a clicker sends it. Leaving is Q, which no clicker sends. Digits typed before Enter jump
 * to that stop. Keys taught from the speaker's own clicker (clicker.ts) come before all of these.
 */
import { clickerCommand, type Learned } from './clicker';

export type Command =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; stop: number }
	| { type: 'fullscreen' }
	| { type: 'start' }
	| { type: 'escape' }
	| { type: 'blackout' }
	| { type: 'theme' }
	| { type: 'help' }
	| { type: 'overview' }
	| { type: 'find' }
	| { type: 'presenter' }
	| { type: 'leave' };

const SIMPLE: Record<string, Command> = {
	ArrowRight: { type: 'next' },
	ArrowDown: { type: 'next' },
	' ': { type: 'next' },
	PageDown: { type: 'next' },
	Enter: { type: 'next' },
	ArrowLeft: { type: 'previous' },
	ArrowUp: { type: 'previous' },
	PageUp: { type: 'previous' },
	Backspace: { type: 'previous' },
	Home: { type: 'first' },
	End: { type: 'last' },
	f: { type: 'fullscreen' },
	// PowerPoint's keys, which clickers send: start the show (from here, with Shift).
	F5: { type: 'start' },
	Escape: { type: 'escape' },
	b: { type: 'blackout' },
	'.': { type: 'blackout' },
	t: { type: 'theme' },
	'?': { type: 'help' },
	o: { type: 'overview' },
	// A question from the audience: find a country and take a detour there (detour.ts).
	'/': { type: 'find' },
	s: { type: 'presenter' },
	q: { type: 'leave' }
};

export interface KeyResult {
	command: Command | null;
	/** Digits typed so far, waiting for Enter. */
	digits: string;
}

/**
 * The command for `key` given the digits typed before it; digits then Enter jump. `learned` are
 * the keys taught from the speaker's clicker, which win over the built-in ones.
 */
export function readKey(key: string, digits: string, learned: Learned = {}): KeyResult {
	const taught = clickerCommand(learned, key);
	if (taught) return { command: { type: taught }, digits: '' };
	if (/^\d$/.test(key)) return { command: null, digits: (digits + key).slice(-4) };
	if (key === 'Enter' && digits)
		return { command: { type: 'goto', stop: Number(digits) }, digits: '' };
	const command = SIMPLE[key.length === 1 ? key.toLowerCase() : key] ?? SIMPLE[key] ?? null;
	return { command, digits: '' };
}
