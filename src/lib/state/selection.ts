/**
 * Which country is open. A click on the map opens the panel at once, without a navigation
 * (shallow routing puts `/country/{iso2}` in the address bar and the choice in history state);
 * a loaded country page opens it from its route. Back and Forward move through both alike.
 */
export function selectedIso(
	state: App.PageState,
	params: Partial<Record<string, string>>
): string | null {
	if (state.selected !== undefined) return state.selected;
	// The address is untrusted input, and country pages exist at lower-case paths only:
	// `/country/BR` gets the static host's 404 page, which must not turn into Brazil's panel
	// once the app starts (the router matches it to the country route).
	const code = params.iso2;
	return code !== undefined && /^[a-z]{2}$/.test(code) ? code : null;
}
