/**
 * Runs `work` once the next frame has been painted: a task queued from an animation-frame
 * callback runs after that frame's paint. Work that can wait a frame (focus, content below the
 * fold) then does not delay what the user is waiting to see. Returns a function that cancels it.
 */
export function afterNextPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		timer = setTimeout(work, 0);
	});
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
