/**
 * Runs `work` when the browser is idle, or after `timeout` ms at the latest; where there is no
 * requestIdleCallback (Safari), after a timer of a second. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(work, Math.min(timeout, 1000));
	return () => clearTimeout(timer);
}
