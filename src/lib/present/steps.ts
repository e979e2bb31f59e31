/**
 * A stop whose panel does not fit the screen at readable type is shown in parts (first the
 * summary, then the dated events), and the keys that move the talk walk through the parts before
 * leaving the stop. How many parts a stop has depends on the audience's screen, so it is learnt
 * after the stop is laid out; going back into a stop lands on its last part once that is known.
 */

export interface Step {
	/** The stop, 0-based. */
	index: number;
	/** The part of the stop's panel shown, 0-based. */
	part: number;
	/** How many parts the stop's panel has on the audience's screen (1 until measured). */
	parts: number;
	/** The part should become the last once the parts are measured (the talk went back). */
	toLast: boolean;
}

export const stepAt = (index: number): Step => ({ index, part: 0, parts: 1, toLast: false });

/** The step after `step` in a tour of `total` stops; the same step at the very end. */
export function stepNext(step: Step, total: number): Step {
	if (step.part + 1 < step.parts) return { ...step, part: step.part + 1, toLast: false };
	return step.index + 1 < total ? stepAt(step.index + 1) : step;
}

/** The step before `step`: the previous part, or the previous stop at its last part. */
export function stepPrevious(step: Step): Step {
	if (step.part > 0) return { ...step, part: step.part - 1, toLast: false };
	return step.index > 0 ? { ...stepAt(step.index - 1), toLast: true } : step;
}

/** `step` once its stop is measured to have `parts` parts (at least one). */
export function withParts(step: Step, parts: number): Step {
	const n = Math.max(1, Math.trunc(parts) || 1);
	const part = step.toLast ? n - 1 : Math.min(step.part, n - 1);
	return { ...step, parts: n, part, toLast: false };
}
