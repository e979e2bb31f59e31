// In-page instrumentation, installed before any page script runs so both pages are watched
// identically from navigation start. Node calls into it through `window.__bench`.
//
// "Painted" everywhere means: the condition held at the start of a frame (a requestAnimationFrame
// callback, which runs before that frame's style, layout and paint), and the time is taken when
// the main thread is done producing that frame: a task posted from the callback runs right after
// the frame's rendering steps. It is posted with scheduler.postTask at 'user-blocking' priority
// (MessageChannel where that is missing) so that parser or script tasks already queued behind the
// frame do not delay the reading; setTimeout would also be clamped.

/**
 * Runs in the page via `page.addInitScript(installProbes, { shapes, minShapes })`; it must be
 * self-contained, since Playwright sends only its source.
 * @param {{ shapes: string, minShapes: number }} options
 */
export function installProbes({ shapes, minShapes }) {
	/** @typedef {{ selector: string, text?: string, visible?: boolean }} Condition */

	/** @param {(time: number) => void} done */
	function afterThisFrame(done) {
		const scheduler = /** @type {any} */ (window).scheduler;
		if (scheduler?.postTask) {
			scheduler.postTask(() => done(performance.now()), { priority: 'user-blocking' });
			return;
		}
		const channel = new MessageChannel();
		channel.port1.onmessage = () => done(performance.now());
		channel.port2.postMessage(null);
	}

	/** @param {Element} element */
	function isVisible(element) {
		const rect = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		return (
			rect.width > 0 &&
			rect.height > 0 &&
			style.visibility !== 'hidden' &&
			style.display !== 'none' &&
			Number(style.opacity) > 0
		);
	}

	/** @param {Condition} condition */
	function ready({ selector, text, visible }) {
		return [...document.querySelectorAll(selector)].some(
			(element) =>
				(!text || (element.textContent ?? '').includes(text)) && (!visible || isVisible(element))
		);
	}

	/**
	 * Resolves with the time the first frame in which `check()` holds is painted, or null.
	 * @param {() => boolean} check @param {number} timeoutMs @returns {Promise<number | null>}
	 */
	function whenPainted(check, timeoutMs) {
		const deadline = performance.now() + timeoutMs;
		return new Promise((resolve) => {
			const tick = () => {
				if (check()) afterThisFrame(resolve);
				else if (performance.now() > deadline) resolve(null);
				else requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
	}

	const bench = {
		/** @type {{ start: number, duration: number }[]} */
		longTasks: [],
		/** @type {number | null} */
		mapPainted: null,
		/** @type {Promise<Record<string, unknown>>} */
		probe: Promise.resolve({ error: 'no probe armed' }),
		shapes: () => document.querySelectorAll(shapes).length,
		ready,
		result: () => bench.probe,

		/** Paint and long-task figures of the load so far. */
		timing() {
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			return {
				fcp: fcp ? fcp.startTime : null,
				mapPainted: bench.mapPainted,
				longTasks: bench.longTasks.length,
				longTaskMs: bench.longTasks.reduce((sum, task) => sum + task.duration, 0)
			};
		},

		/** Resolves after `count` frames. @param {number} count */
		frames(count) {
			return new Promise((resolve) => {
				const tick = () => (--count > 0 ? requestAnimationFrame(tick) : resolve(null));
				requestAnimationFrame(tick);
			});
		},

		/**
		 * Times from the first of `events` (window, capture phase) to the frame painting `condition`.
		 * @param {string[]} events @param {Condition} condition @param {number} timeoutMs
		 */
		arm(events, condition, timeoutMs) {
			bench.probe = new Promise((resolve) => {
				/** @type {number | null} */
				let start = null;
				/** @param {Event} event */
				const onEvent = (event) => {
					if (start !== null) return;
					start = event.timeStamp;
					const from = start;
					for (const type of events) window.removeEventListener(type, onEvent, true);
					whenPainted(() => ready(condition), timeoutMs).then((end) => {
						if (end === null) {
							resolve({ error: `${condition.selector} not painted within ${timeoutMs} ms` });
							return;
						}
						const requests = performance
							.getEntriesByType('resource')
							.filter((entry) => entry.startTime >= from && entry.startTime <= end).length;
						resolve({ start: from, end, requests });
					});
				};
				for (const type of events) window.addEventListener(type, onEvent, true);
				setTimeout(() => {
					if (start === null) resolve({ error: `no ${events.join('/')} event` });
				}, timeoutMs);
			});
		},

		/** Total long-task time starting in [from, to). @param {number} from @param {number} to */
		longTaskTime(from, to) {
			return bench.longTasks
				.filter((task) => task.start >= from && task.start < to)
				.reduce((sum, task) => sum + task.duration, 0);
		},

		/**
		 * A viewport point that hits `selector` (or an element inside it), scrolling it into view
		 * if needed; null if none of a grid of points across its box does.
		 * @param {string} selector
		 */
		pointOn(selector) {
			const target = document.querySelector(selector);
			if (!target) return null;
			let box = target.getBoundingClientRect();
			if (box.top < 0 || box.bottom > innerHeight || box.left < 0 || box.right > innerWidth) {
				target.scrollIntoView({ block: 'center', inline: 'center' });
				box = target.getBoundingClientRect();
			}
			const steps = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
			for (const fy of steps) {
				for (const fx of steps) {
					const x = box.left + box.width * fx;
					const y = box.top + box.height * fy;
					const hit = document.elementFromPoint(x, y);
					if (hit && (hit === target || target.contains(hit))) return { x, y };
				}
			}
			return null;
		},

		/** A viewport corner outside the map, to rest the pointer on between interactions. */
		restingPoint() {
			const corners = /** @type {[number, number][]} */ ([
				[2, 2],
				[innerWidth - 3, 2],
				[2, innerHeight - 3],
				[innerWidth - 3, innerHeight - 3]
			]);
			const map = document.querySelector(shapes)?.closest('svg');
			const free = corners.find(([x, y]) => {
				const hit = document.elementFromPoint(x, y);
				return !hit || !map || !map.contains(hit);
			});
			const [x, y] = free ?? [2, 2];
			return { x, y };
		},

		/**
		 * Frame callback times from the first of `events` until the page settles: no running animation and
		 * no DOM change for `quietFrames` frames, or `maxMs`. Returns the active part.
		 * @param {string[]} events @param {number} maxMs @param {number} quietFrames
		 */
		recordFrames(events, maxMs, quietFrames) {
			bench.probe = new Promise((resolve) => {
				let changed = false;
				const observer = new MutationObserver(() => (changed = true));
				/** @param {Event} event */
				const onEvent = (event) => {
					for (const type of events) window.removeEventListener(type, onEvent, true);
					observer.observe(document, { subtree: true, childList: true, attributes: true });
					const start = event.timeStamp;
					/** @type {number[]} */
					const frames = [];
					let lastActive = start;
					let quiet = 0;
					// The callback's own time, not rAF's frame timestamp: a main thread too busy
					// to produce frames shows up as long gaps only in the former.
					const tick = () => {
						const now = performance.now();
						const animating = document
							.getAnimations()
							.some((animation) => animation.playState === 'running');
						frames.push(now);
						if (animating || changed) {
							lastActive = now;
							quiet = 0;
						} else quiet += 1;
						changed = false;
						if (quiet >= quietFrames || now - start > maxMs) {
							observer.disconnect();
							const active = frames.filter((time) => time <= lastActive);
							resolve({ start, end: lastActive, frames: active });
						} else requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
				};
				for (const type of events) window.addEventListener(type, onEvent, true);
			});
		}
	};
	Object.defineProperty(window, '__bench', { value: bench });

	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
			}
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// no Long Tasks API: the long-task figures stay at zero
	}

	const watcher = new MutationObserver(() => {
		if (bench.shapes() < minShapes) return;
		watcher.disconnect();
		requestAnimationFrame(() => afterThisFrame((time) => (bench.mapPainted = time)));
	});
	watcher.observe(document, { childList: true, subtree: true });
}
