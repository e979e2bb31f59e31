/**
 * Which talk a presenter view joins when its address names no tour and no stop: the talk running
 * in this browser, if there is exactly one; otherwise the speaker chooses. Windows of one talk
 * answer alike (they are kept in step), so answers that agree are one talk.
 */
import { DEFAULT_TOUR, type TalkFound } from './sync';

export type JoinDecision =
	| { kind: 'join'; talk: TalkFound }
	/** None answered, or talks at different places: the speaker picks one, or starts afresh. */
	| { kind: 'ask'; talks: TalkFound[] };

const placeOf = ({ tour, state }: TalkFound) =>
	`${tour}\n${state.index}\n${Math.max(state.part ?? 0, 0)}`;

/** The talks found, one per place (tour, stop and part), in the order they answered. */
export function distinctTalks(found: readonly TalkFound[]): TalkFound[] {
	const seen = new Map<string, TalkFound>();
	for (const talk of found) if (!seen.has(placeOf(talk))) seen.set(placeOf(talk), talk);
	return [...seen.values()];
}

export function chooseTalk(found: readonly TalkFound[]): JoinDecision {
	const talks = distinctTalks(found);
	return talks.length === 1 ? { kind: 'join', talk: talks[0]! } : { kind: 'ask', talks };
}

/** The address that opens the tour a talk's messages name (`?tour=…`, nothing for the default). */
export function tourParams(tour: string): URLSearchParams {
	return new URLSearchParams(tour === DEFAULT_TOUR ? '' : { tour });
}
