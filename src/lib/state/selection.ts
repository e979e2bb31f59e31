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
	return params.iso2?.toLowerCase() ?? null;
}
