/**
 * A stop's panel drawn on a slide (a frame of the tour's video): its paragraphs on a card
 * beside the map, as tall as they need, at the talk's own type size for 1920x1080 (28 px) when they fit, a step
 * smaller when they do not, and never under the talk's floor of 20 px; what still does not
 * fit at the floor ends in an ellipsis rather than run off the card.
 */
import { card, INSET, textLines, type Colours, type Measure } from './slide-cards';
import type { Paragraph, TextRole } from './stop-text';
import { wrapText } from './svg-text';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Each role's size against the body's, its weight and whether it is in the softer ink. */
const LOOK: Record<TextRole, { scale: number; weight: number; soft: boolean }> = {
	kicker: { scale: 0.75, weight: 700, soft: true },
	when: { scale: 1.6, weight: 700, soft: false },
	strong: { scale: 1, weight: 700, soft: false },
	body: { scale: 1, weight: 400, soft: false },
	date: { scale: 1, weight: 700, soft: false }
};
export const [BODY_SIZE, FLOOR_SIZE, LEADING] = [28, 20, 1.3];

interface Line {
	text: string;
	y: number;
	size: number;
	weight: number;
	soft: boolean;
}

/** The lines at body size `body`, from the card's inner top; and the height they take. */
function layout(paragraphs: readonly Paragraph[], body: number, width: number, measure: Measure) {
	const lines: Line[] = [];
	let y = 0;
	paragraphs.forEach(({ role, text }, i) => {
		const { scale, weight, soft } = LOOK[role];
		const size = Math.max(FLOOR_SIZE, body * scale);
		// A date sits close over its event; other paragraphs are apart.
		if (i > 0) y += paragraphs[i - 1]!.role === 'date' ? body * 0.15 : body * 0.6;
		for (const line of wrapText(text, width, (t) => measure(t, size, weight))) {
			lines.push({ text: line, y, size, weight, soft });
			y += size * LEADING;
		}
	});
	return { lines, height: y };
}

/** The card, and the body size it was drawn at. */
export function panelCard(
	paragraphs: readonly Paragraph[],
	box: Box,
	colours: Colours,
	measure: Measure
): { markup: string; size: number } {
	const [inner, room] = [box.width - 2 * INSET, box.height - 2 * INSET];
	let size = BODY_SIZE;
	let { lines, height } = layout(paragraphs, size, inner, measure);
	while (height > room && size > FLOOR_SIZE) {
		size -= 2;
		({ lines, height } = layout(paragraphs, size, inner, measure));
	}
	const kept = lines.filter((line) => line.y + line.size * LEADING <= room + 0.5);
	const last = kept.at(-1);
	if (last && kept.length < lines.length) last.text = `${last.text.replace(/[\s.,;:]*$/, '')}…`;
	const text = kept.map((line) =>
		textLines(
			[line.text],
			[box.x + INSET, box.y + INSET + line.y],
			[line.size, line.weight],
			line.soft ? colours.inkSoft : colours.ink,
			LEADING
		)
	);
	// The card ends under its text, as the title's does: a short panel leaves the map in view.
	const used = last ? last.y + last.size * LEADING : 0;
	const cardHeight = Math.min(box.height, used + 2 * INSET);
	return { markup: card(box.x, box.y, box.width, cardHeight, colours) + text.join(''), size };
}
