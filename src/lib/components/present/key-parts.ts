/**
 * The help writes a row's keys inside its text in square brackets ("[Home] / [End]"), so that a
 * row stays one string to translate; this splits it into the words and the keys, each key then
 * shown as a `<kbd>`. A bracket with nothing in it, or one left open, is text.
 */

export interface KeyPart {
	/** The words, or the key's name. */
	text: string;
	/** Whether it names a key. */
	key: boolean;
}

const KEY = /\[([^\]]+)\]/g;

/** The parts of a help row, in order: "[Home] / [End]" is Home (key), " / ", End (key). */
export function keyParts(row: string): KeyPart[] {
	const parts: KeyPart[] = [];
	let from = 0;
	for (const match of row.matchAll(KEY)) {
		if (match.index > from) parts.push({ text: row.slice(from, match.index), key: false });
		parts.push({ text: match[1]!, key: true });
		from = match.index + match[0].length;
	}
	if (from < row.length) parts.push({ text: row.slice(from), key: false });
	return parts;
}
