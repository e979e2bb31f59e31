/**
 * Every language shares the routes: `/es/country/br` is routed as `/country/br`, and the locale
 * is read from the address again wherever a message is rendered (Paraglide's `url` strategy).
 */
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
