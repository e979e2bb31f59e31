/**
 * One window's part in a talk: the tour read from the address, the position in it, and the
 * channel to the talk's other windows. The audience page and the presenter view both hold one;
 * whatever either does, the other follows. A presenter view whose address names no tour and no
 * stop first looks for the talk already running (see join.ts) rather than start its own.
 */
import { countries } from '$lib/data/dataset';
import { Presentation } from './controller.svelte';
import type { Command } from './keys';
import { readAddress, type TalkAddress } from './address';
import { detourMove } from './detour';
import { chooseTalk, tourParams } from './join';
import {
	DEFAULT_TOUR,
	findTalks,
	joinSync,
	type Sync,
	type SyncState,
	type TalkFound
} from './sync';
import { defaultTour } from './tour';

/** How a window's Talk reads and moves the detour in its address (see Talk.bindDetour). */
export interface DetourBinding {
	read: () => string | null;
	write: (iso2: string | null, replace: boolean) => void;
}

export class Talk {
	show = $state(new Presentation(defaultTour(countries)));
	/** What the address asked for that the talk could not follow, until the talk first moves. */
	notices = $state<string[]>([]);
	/** The tour as the address gives it (null for the default), kept in links and messages. */
	tour = $state<string | null>(null);
	/** Still looking for a talk to join; the window shows none yet. */
	looking = $state(false);
	/** The talks found, for the speaker to choose from (none: no talk answered); null once chosen. */
	choice = $state<TalkFound[] | null>(null);
	#sync: Sync | null = null;
	#address: TalkAddress | null = null;
	#stopLooking = () => {};
	#find = 0;
	#detour: DetourBinding = { read: () => null, write: () => {} };
	/** The detour the other windows were last told of, or told this one of. */
	#detourTold: string | null = null;

	/**
	 * A detour lives in the window's address, not here: `read` gives the address's, `write` takes
	 * the address to another (or to none, `replace` saying it must not go back in the history).
	 */
	bindDetour(binding: DetourBinding) {
		this.#detour = binding;
		this.#detourTold = binding.read();
	}

	/** The address's detour is now `iso2` (the speaker's own, Back, or another window's): tell the others. */
	detourShown(iso2: string | null) {
		if (iso2 === this.#detourTold) return;
		this.#detourTold = iso2;
		this.#sync?.send(this.#state());
	}

	/**
	 * Reads `?tour=` and `?stop=` and joins the other windows of the same tour. With `find` (the
	 * presenter view) and an address naming neither, it first looks `find` ms for the talk running.
	 */
	start(params: URLSearchParams, find = 0): () => void {
		const address = (this.#address = readAddress(params, countries));
		this.#find = find;
		if (find > 0 && !params.has('tour') && !params.has('stop')) this.look();
		else this.#begin(address, address.stopGiven ? address.index : null);
		return () => {
			this.#stopLooking();
			this.#sync?.close();
			this.#sync = null;
		};
	}

	/** Looks for the talks running; joins the one found, or asks the speaker to choose. */
	look() {
		this.choice = null;
		this.looking = true;
		this.#stopLooking = findTalks(this.#find, (found) => {
			this.looking = false;
			const decision = chooseTalk(found);
			if (decision.kind === 'join') this.join(decision.talk);
			else this.choice = decision.talks;
		});
	}

	/** Follows the talk `found`, where it is now. */
	join(found: TalkFound) {
		const address = readAddress(tourParams(found.tour), countries);
		this.#begin({ ...address, notices: [] }, null);
		this.#apply(found.state);
	}

	/** Starts the talk the address asks for, taking any window of its tour there. */
	startOwn() {
		const address = this.#address!;
		this.#begin(address, address.index);
	}

	// A window opened on a stop of its own (a shared link, a reload) takes the others there;
	// one opened without asks where the talk is.
	#begin({ stops, index, tour, notices }: TalkAddress, announce: number | null) {
		this.choice = null;
		this.notices = notices;
		this.tour = tour;
		this.show = new Presentation(stops, index);
		this.#sync?.close();
		this.#sync = joinSync(
			tour ?? DEFAULT_TOUR,
			() => this.#state(),
			(state) => this.#apply(state),
			announce
		);
	}

	/** The speaker has read the notices, or moved on. */
	dismissNotices() {
		if (this.notices.length) this.notices = [];
	}

	/** Whether this window lays out the audience's panel, and so owns how many parts a stop has. */
	measures = false;

	#state(): SyncState {
		const { index, blackout, part, parts, step } = this.show;
		return { index, blackout, part: step.toLast ? -1 : part, parts, detour: this.#detour.read() };
	}

	#apply({ index, blackout, part, parts, detour = null }: SyncState) {
		if (detour !== this.#detour.read()) {
			this.#detourTold = detour;
			this.#detour.write(detour, false);
		}
		if (index !== this.show.index) this.dismissNotices();
		this.show.go(index);
		if (Number.isInteger(part))
			this.show.showPart(part!, this.measures || !Number.isInteger(parts) ? undefined : parts);
		this.show.blackout = blackout === true;
	}

	/** The audience's screen needs `parts` parts for the current stop; the other windows learn it. */
	measured(parts: number) {
		const before = this.show.parts;
		const pending = this.show.step.toLast;
		this.show.setParts(parts);
		if (this.show.parts !== before || pending) this.#sync?.send(this.#state());
	}

	/** Runs a command that moves the talk; returns false for those the window handles itself. */
	act(command: Command): boolean {
		const show = this.show;
		const move = this.#detour.read() ? detourMove(command.type) : 'keep';
		if (move === 'return') {
			// The address changes, then the window calls detourShown, which tells the others.
			this.#detour.write(null, false);
			return true;
		}
		// Ended in place, before the talk moves on, so the others hear one state: the new stop.
		if (move === 'end') {
			this.#detour.write(null, true);
			this.#detourTold = null;
		}
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
		if (after.index !== before.index) this.dismissNotices();
		const moved = after.index !== before.index || after.part !== before.part;
		if (moved || move === 'end' || after.blackout !== before.blackout) this.#sync?.send(after);
		return true;
	}

	/** The address of this talk at its current stop, for the URL bar and for the other window. */
	search(): string {
		// Codes are letters and commas, which need no escaping, so the shared link stays legible.
		return `?${this.tour ? `tour=${this.tour}&` : ''}stop=${this.show.index + 1}`;
	}
}
