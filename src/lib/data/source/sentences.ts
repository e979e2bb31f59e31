/**
 * Splits the source into the sentences the ledger accounts for, numbered within their paragraph
 * ("5.3" is the third sentence of paragraph 5). The article lost the space after footnoted
 * sentences ("(IMT).Woods is editor"), so a full stop followed directly by a capital also ends a
 * sentence; a stop inside double quotes does not, so a quoted speech stays one sentence.
 */

export interface Sentence {
	/** `paragraph.sentence`, both counted from 1. */
	id: string;
	para: number;
	text: string;
	/** Where the sentence starts and ends (exclusive) in its paragraph's text. */
	start: number;
	end: number;
}

const TERMINAL = /[.!?]/;
const CLOSER = /["”’)]/;
const OPENER = /[\p{Lu}"“(]/u;

/** Offsets in `text` at which a new sentence starts, after the first. */
function boundaries(text: string): number[] {
	const starts: number[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (char === '"') quoted = !quoted;
		if (!TERMINAL.test(char)) continue;
		// An initial ("J. Smith") is not the end of a sentence.
		if (/(?:^|[\s(])\p{Lu}$/u.test(text.slice(Math.max(0, i - 2), i))) continue;
		let j = i + 1;
		while (j < text.length && CLOSER.test(text[j]!)) {
			if (text[j] === '"') quoted = !quoted;
			j++;
		}
		let k = j;
		while (k < text.length && /\s/.test(text[k]!)) k++;
		// A stop inside a quotation ends a sentence only where the quotation closes.
		if (!quoted && k < text.length && OPENER.test(text[k]!)) starts.push(k);
		i = j - 1;
	}
	return starts;
}

/** The sentences of one paragraph (numbered from 1 within it). */
export function sentencesOfParagraph(text: string, para: number): Sentence[] {
	const cuts = [0, ...boundaries(text), text.length];
	const sentences: Sentence[] = [];
	for (let n = 0; n + 1 < cuts.length; n++) {
		const start = cuts[n]!;
		const end = start + text.slice(start, cuts[n + 1]).trimEnd().length;
		sentences.push({ id: `${para}.${n + 1}`, para, text: text.slice(start, end), start, end });
	}
	return sentences;
}

/** Every sentence of the source, in order, given its paragraphs (paragraph 1 first). */
export function sentencesOf(paragraphs: readonly string[]): Sentence[] {
	return paragraphs.flatMap((text, i) => sentencesOfParagraph(text, i + 1));
}

/** The sentences of paragraph `para` that a quote found at `at` overlaps, in order. */
export function sentencesUnder(
	sentences: readonly Sentence[],
	para: number,
	at: number,
	length: number
): Sentence[] {
	return sentences.filter((s) => s.para === para && s.start < at + length && at < s.end);
}
