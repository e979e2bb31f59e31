/**
 * A message whose sentence holds links or other markup: the message is written whole, with a
 * parameter where each link goes (`"{map} or {list}."`), so a translation can put them in its own
 * word order; the component renders the pieces and puts its markup in the slots. Never glue a
 * sentence from several messages.
 */
export type Piece = { text: string; slot?: undefined } | { slot: string; text?: undefined };

// Characters no message contains, around a slot's name, so any text can stand between slots.
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';

/** The argument to pass a message for `names`: each slot stands for itself until `pieces`. */
export function slotArgs<K extends string>(...names: K[]): Record<K, string> {
	return Object.fromEntries(names.map((n) => [n, `${OPEN}${n}${CLOSE}`])) as Record<K, string>;
}

/** A rendered message cut into its text and its slots, in order. */
export function pieces(message: string): Piece[] {
	return message
		.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`, 'u'))
		.filter((part) => part !== '')
		.map((part) => (part.startsWith(OPEN) ? { slot: part.slice(1, -1) } : { text: part }));
}
