/**
 * Two pseudo-locales for the browser tests, made from the English at build time and never part of
 * the site (`ATLAS_PSEUDO=1`, see `pseudo-build.server.ts`). A string that reaches the screen
 * without passing through the messages or the facts' translations stays plain English in them,
 * which a test can see; and they stress the layout as real languages would:
 * - `en-XA`, accented: every letter accented, the whole in `[ ]`, about 40 % longer (French or
 *   Italian often run that much past the English);
 * - `ar-XB`, right to left: every letter a Hebrew one, so the page is laid out and its text
 *   ordered as in a real right-to-left language, numbers and Latin names mixed in; arrows are
 *   mirrored, as a translator would ("← Previous" points right).
 * Placeholders (`{count}`) pass through untouched.
 */

export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
export type PseudoLocale = (typeof PSEUDO_LOCALES)[number];

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const ACCENTED_LOWER = 'áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýž';
const ACCENTED_UPPER = 'ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const HEBREW = 'אבגדהוזחטיכלמנסעפצקרשתךםןף';
const MIRRORED: Record<string, string> = { '←': '→', '→': '←', '‹': '›', '›': '‹' };
// Padding words, in the accented letters, so a long string still breaks between words.
const PADDING = ' ŏñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ'.repeat(40);
const GROWTH = 0.4;

/** `char` in the pseudo-locale's letters; anything but a Latin letter stays. */
function letter(char: string, locale: PseudoLocale): string {
	const lower = LOWER.indexOf(char.toLowerCase());
	if (lower < 0) return locale === 'ar-XB' ? (MIRRORED[char] ?? char) : char;
	if (locale === 'ar-XB') return HEBREW[lower]!;
	return char === LOWER[lower] ? ACCENTED_LOWER[lower]! : ACCENTED_UPPER[lower]!;
}

/** The text outside `{placeholders}` run through `each`, the placeholders kept as they are. */
function outsidePlaceholders(text: string, each: (char: string) => string): string {
	let out = '';
	let depth = 0;
	for (const char of text) {
		if (char === '{') depth++;
		out += depth > 0 ? char : each(char);
		if (char === '}') depth = Math.max(0, depth - 1);
	}
	return out;
}

/** One string of English in `locale`'s pseudo-language. */
export function pseudoText(text: string, locale: PseudoLocale): string {
	const letters = outsidePlaceholders(text, (char) => letter(char, locale));
	if (locale === 'ar-XB' || !text.trim()) return letters;
	const pad = Math.round(text.length * GROWTH) - 2;
	return `[${letters}${pad > 0 ? PADDING.slice(0, pad).trimEnd() : ''}]`;
}

type MessageValue = string | readonly unknown[] | Readonly<Record<string, unknown>>;

/**
 * A message of `messages/en.json` in `locale`: a plain string, or Paraglide's variants
 * (`[{ declarations, selectors, match: { "count=one": "…" } }]`), whose texts are in `match`.
 */
export function pseudoMessage(value: MessageValue, locale: PseudoLocale): MessageValue {
	if (typeof value === 'string') return pseudoText(value, locale);
	if (Array.isArray(value)) return value.map((v) => pseudoMessage(v as MessageValue, locale));
	const record = value as Readonly<Record<string, unknown>>;
	if (!('match' in record)) return record;
	const match = record.match as Record<string, string>;
	return {
		...record,
		match: Object.fromEntries(Object.entries(match).map(([k, v]) => [k, pseudoText(v, locale)]))
	};
}

/** Every message of a messages file in `locale`; `$schema` stays. */
export function pseudoMessages(
	messages: Readonly<Record<string, MessageValue>>,
	locale: PseudoLocale
): Record<string, MessageValue> {
	return Object.fromEntries(
		Object.entries(messages).map(([key, value]) => [
			key,
			key === '$schema' ? value : pseudoMessage(value, locale)
		])
	);
}

/** The facts' prose (`proseOf(dataset)`) in `locale`. */
export function pseudoProse(
	prose: Readonly<Record<string, string>>,
	locale: PseudoLocale
): Record<string, string> {
	return Object.fromEntries(Object.entries(prose).map(([k, v]) => [k, pseudoText(v, locale)]));
}
