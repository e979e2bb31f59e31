/**
 * What a key does in presentation mode. A presentation clicker sends PageDown and PageUp; a
 * keyboard has the rest. Digits typed before Enter jump to that stop.
 */
export type Command =
	| { type: 'next' }
	| { type: 'previous' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'goto'; stop: number }
	| { type: 'fullscreen' }
	| { type: 'blackout' }
	| { type: 'theme' }
	| { type: 'help' }
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
	b: { type: 'blackout' },
	t: { type: 'theme' },
	'?': { type: 'help' },
	s: { type: 'presenter' },
	Escape: { type: 'leave' }
};

export interface KeyResult {
	command: Command | null;
	/** Digits typed so far, waiting for Enter. */
	digits: string;
}

/** The command for `key` given the digits typed before it; digits then Enter jump. */
export function readKey(key: string, digits: string): KeyResult {
	if (/^\d$/.test(key)) return { command: null, digits: (digits + key).slice(-4) };
	if (key === 'Enter' && digits)
		return { command: { type: 'goto', stop: Number(digits) }, digits: '' };
	const command = SIMPLE[key.length === 1 ? key.toLowerCase() : key] ?? SIMPLE[key] ?? null;
	return { command, digits: '' };
}
