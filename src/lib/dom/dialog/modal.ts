/**
 * A `<dialog>` shown as a modal for as long as it is in the page: a clicker's keys and a tap
 * reach nothing under it. Escape asks its owner to close it (`onclose`) rather than closing it
 * behind the owner's back, so the owner's state stays the one truth of whether it is open.
 */
import type { Attachment } from 'svelte/attachments';

export function modal(onclose: () => void): Attachment<HTMLDialogElement> {
	return (dialog) => {
		const cancel = (event: Event) => {
			event.preventDefault();
			onclose();
		};
		dialog.addEventListener('cancel', cancel);
		dialog.showModal();
		return () => {
			dialog.removeEventListener('cancel', cancel);
			dialog.close();
		};
	};
}
