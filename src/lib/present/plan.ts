/**
 * The time the speaker plans for the talk, set in the presenter view and kept on this browser
 * for the next talk; against the talk's clock it says how long is left, or how far over it is.
 */
import { recall, remember, type Remembering } from './remembered';

export const PLAN_KEY = 'imt-atlas-present-plan';
/** Ten hours: longer is a typo, not a talk. */
export const MAX_PLAN_MINUTES = 600;

/** Whole minutes from what the speaker typed, or null for none (empty, zero, not a number, too long). */
export function readPlan(text: string | null | undefined): number | null {
	const minutes = Number(text?.trim() || NaN);
	if (!Number.isFinite(minutes)) return null;
	const whole = Math.round(minutes);
	return whole >= 1 && whole <= MAX_PLAN_MINUTES ? whole : null;
}

export interface PlanLeft {
	/** Past the planned time. */
	over: boolean;
	/** Time left (rounded up to a second, so a countdown shows 0:00 only when it is up), or time over. */
	ms: number;
}

/** How the talk stands `elapsed` ms in against a plan of `minutes`. */
export function planLeft(elapsed: number, minutes: number): PlanLeft {
	const left = minutes * 60_000 - Math.max(0, elapsed);
	if (left >= 0) return { over: false, ms: Math.ceil(left / 1000) * 1000 };
	return { over: true, ms: -left };
}

export const storedPlan = (storage: Remembering | undefined) => readPlan(recall(storage, PLAN_KEY));

/** Keeps the plan; null forgets it. */
export const storePlan = (storage: Remembering | undefined, minutes: number | null) =>
	remember(storage, PLAN_KEY, minutes === null ? null : String(minutes));
