/**
 * One window's part in a talk: the tour read from the address, the position in it, and the
 * channel to the talk's other windows. The audience page and the presenter view both hold one;
 * whatever either does, the other follows.
 */
import { countries } from '$lib/data/dataset';
import { Presentation } from './controller.svelte';
import type { Command } from './keys';
import { joinSync, type Sync, type SyncState } from './sync';
import { HISTORY, historyTour } from './history';
import { defaultTour, parseStop, parseTour } from './tour';

export class Talk {
	show = $state(new Presentation(defaultTour(countries)));
	/** Codes in `?tour=` that are not in the atlas, for a notice. */
	skipped = $state<string[]>([]);
	/** The tour as the address gives it (null for the default), kept in links and messages. */
	tour = $state<string | null>(null);
	#sync: Sync | null = null;

	/** Reads `?tour=` and `?stop=` and joins the other windows of the same tour. */
	start(params: URLSearchParams): () => void {
		const param = params.get('tour');
		const history = param?.trim().toLowerCase() === HISTORY;
		const parsed = history ? { stops: historyTour(), skipped: [] } : parseTour(param, countries);
		const stops = parsed?.stops ?? defaultTour(countries);
		this.skipped = parsed?.skipped ?? [];
		// Kept as the codes that worked, so the address a speaker shares is clean.
		const codes = stops.flatMap((s) => (s.kind === 'country' ? [s.iso2] : []));
		this.tour = history ? HISTORY : parsed && stops[0]?.kind === 'country' ? codes.join(',') : null;
		this.show = new Presentation(stops, parseStop(params.get('stop'), stops.length));
		this.#sync = joinSync(
			this.tour ?? 'default',
			() => this.#state(),
			(state) => this.#apply(state)
		);
		return () => {
			this.#sync?.close();
			this.#sync = null;
		};
	}

	#state(): SyncState {
		return { index: this.show.index, blackout: this.show.blackout };
	}

	#apply({ index, blackout }: SyncState) {
		this.show.go(index);
		this.show.blackout = blackout === true;
	}

	/** Runs a command that moves the talk; returns false for those the window handles itself. */
	act(command: Command): boolean {
		const show = this.show;
		const before = this.#state();
		switch (command.type) {
			case 'next':
				show.next();
				break;
			case 'previous':
				show.previous();
				break;
			case 'first':
				show.first();
				break;
			case 'last':
				show.last();
				break;
			case 'goto':
				show.jump(command.stop);
				break;
			case 'blackout':
				show.toggleBlackout();
				break;
			case 'theme':
				show.toggleTheme();
				return true;
			case 'help':
				show.toggleHelp();
				return true;
			default:
				return false;
		}
		const after = this.#state();
		if (after.index !== before.index || after.blackout !== before.blackout) this.#sync?.send(after);
		return true;
	}

	/** The address of this talk at its current stop, for the URL bar and for the other window. */
	search(): string {
		// Codes are letters and commas, which need no escaping, so the shared link stays legible.
		return `?${this.tour ? `tour=${this.tour}&` : ''}stop=${this.show.index + 1}`;
	}
}
