/**
 * Registers the service worker once the page has loaded, as Kit's own registration does, but
 * quietly where the browser refuses it: a frame on another site when the reader's browser
 * blocks third-party storage (private windows, blocked third-party cookies), where the page
 * then simply works online. Kit's registration leaves that refusal as an uncaught error.
 */
import { asset } from '$app/paths';
import { dev } from '$app/environment';

export function registerWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(asset('/service-worker.js'), { type: dev ? 'module' : 'classic' })
			.catch(() => undefined);
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
