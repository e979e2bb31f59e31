/**
 * A value set inside a sentence (a counter "3 / 24", a stop's title, a name the source gives, a
 * piece of an address) keeps its own direction: in a right-to-left page the sentence around it
 * would otherwise reorder it ("24 / 3") or pull its neighbours' punctuation into it. In markup
 * the value goes in `<bdi>`; a plain string (a page title, a live announcement, a notice) wraps
 * it in U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE, which Unicode defines for
 * exactly this and which no reader sees or hears.
 */
export const FSI = '\u2068';
export const PDI = '\u2069';

/** `text` isolated from the direction of the sentence it is put in. */
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;
