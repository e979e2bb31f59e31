/**
 * Copying text for the reader. The Clipboard API is refused on an insecure origin, in a frame
 * without permission, or by the reader's settings: then the text is selected on the page
 * instead, so one keystroke or the context menu copies it, and the caller says so.
 */

/** Whether `text` reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
	try {
		// Absent outside secure contexts: the call then throws and lands in the catch.
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Selects everything inside `element`, as a triple click would. */
export function selectContents(element: Element): void {
	const range = document.createRange();
	range.selectNodeContents(element);
	const selection = getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
}
