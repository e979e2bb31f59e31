import type { OfflineReply, OfflineRequest } from '$lib/present/offline-needs';

/** What the worker found: the files still missing, out of how many the talk needs. */
export type OfflineResult = Extract<OfflineReply, { type: 'result' }>;

/** How long to wait for a silent worker: checking a few hundred cache entries takes far less. */
const QUIET_MS = 5000;

/** The worker that controls this page, or the one about to; none in private modes or on file://. */
async function activeWorker(): Promise<ServiceWorker | null> {
	if (!('serviceWorker' in navigator)) return null;
	if (navigator.serviceWorker.controller) return navigator.serviceWorker.controller;
	// None registered (blocked, private modes): say so at once rather than after the wait.
	if (!(await navigator.serviceWorker.getRegistration())) return null;
	const ready = navigator.serviceWorker.ready.then((registration) => registration.active);
	const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), QUIET_MS));
	return Promise.race([ready, late]);
}

/**
 * Asks the service worker a question about the offline cache over a channel of its own; null when
 * there is no worker or it stays silent. Progress (while filling) goes to `onprogress`, and each
 * report restarts the wait, so a slow network does not look like a silent worker.
 */
export async function askWorker(
	request: OfflineRequest,
	onprogress?: (done: number, total: number) => void
): Promise<OfflineResult | null> {
	const worker = await activeWorker();
	if (!worker) return null;
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		let timer = setTimeout(() => finish(null), QUIET_MS);
		function finish(result: OfflineResult | null) {
			clearTimeout(timer);
			channel.port1.close();
			resolve(result);
		}
		channel.port1.onmessage = (event: MessageEvent<OfflineReply>) => {
			const reply = event.data;
			if (reply.type === 'result') return finish(reply);
			clearTimeout(timer);
			timer = setTimeout(() => finish(null), QUIET_MS);
			onprogress?.(reply.done, reply.total);
		};
		worker.postMessage(request, [channel.port2]);
	});
}
