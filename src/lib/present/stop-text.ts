/**
 * A stop's panel as plain paragraphs for a picture of it (a frame of the tour's video), in the
 * order and with the emphasis the talk's panel gives them: what it says is `stopContent`'s, one
 * owner for both. The source line and the colour key are drawn apart, as on a slide. A
 * family-tree stop has no such panel in the video: its frame is its slide (see tour-slides.ts).
 */
import { whenText } from '$lib/data/chronology';
import type { AtlasEvent } from '$lib/data/schema';
import { m } from '$lib/paraglide/messages';
import { stopContent, type StopBody } from './stop-content';
import type { Stop } from './tour';

/** `kicker`: the small line above; `when`: an event's date, large; `date`: an event's date in a list. */
export type TextRole = 'kicker' | 'when' | 'strong' | 'body' | 'date';

export interface Paragraph {
	role: TextRole;
	text: string;
}

const list = (events: readonly AtlasEvent[]): Paragraph[] =>
	events.flatMap((e) => [
		{ role: 'date', text: whenText(e) },
		{ role: 'body', text: e.text }
	]);

function bodyText(body: StopBody): Paragraph[] {
	switch (body.kind) {
		case 'tree':
			return [
				{ role: 'when', text: body.when },
				{ role: 'body', text: body.line }
			];
		case 'event':
			return [
				{ role: 'when', text: body.when },
				{ role: 'body', text: body.text }
			];
		case 'country':
			return [
				{ role: 'strong', text: body.organisation },
				{ role: 'body', text: body.summary },
				...(body.events.length
					? list(body.events)
					: [{ role: 'body' as const, text: m.talk_panel_undated() }])
			];
		case 'tendency':
			return [{ role: 'body', text: body.summary }, ...list(body.events)];
		case 'world':
			return [{ role: 'body', text: body.summary }];
	}
}

/** The stop's panel, `progress` ("4 / 37") first, as the talk's kicker line shows it. */
export function stopText(stop: Stop, progress: string): Paragraph[] {
	const { statusText, known, body } = stopContent(stop);
	const kicker = [progress, statusText, known].filter((t): t is string => Boolean(t)).join(' · ');
	return [{ role: 'kicker', text: kicker }, ...bodyText(body)];
}
