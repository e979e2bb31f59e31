/**
 * A presentation's position and modes, with no DOM: the presentation page, the presenter view
 * and the tests all drive it through its methods. Stops visited stay marked.
 */
import { SvelteSet } from 'svelte/reactivity';
import { stepNext, stepPrevious, withParts, type Step } from './steps';
import type { Stop } from './tour';

export type Theme = 'light' | 'dark';

export class Presentation {
	readonly stops: readonly Stop[];
	index = $state(0);
	/** The part of a stop too long for the screen, shown one at a time (see steps.ts). */
	part = $state(0);
	parts = $state(1);
	#toLast = false;
	readonly visited = new SvelteSet<number>();
	blackout = $state(false);
	theme = $state<Theme>('dark');
	help = $state(false);

	get stop(): Stop {
		return this.stops[this.index]!;
	}

	/** "4 / 22", as the speaker and the audience see it. */
	get progress(): string {
		return `${this.index + 1} / ${this.stops.length}`;
	}

	get atStart(): boolean {
		return this.index === 0;
	}

	get atEnd(): boolean {
		return this.index === this.stops.length - 1;
	}

	constructor(stops: readonly Stop[], start = 0) {
		if (!stops.length) throw new Error('a presentation needs at least one stop');
		this.stops = stops;
		this.index = Math.min(Math.max(Math.trunc(start) || 0, 0), stops.length - 1);
		this.visited.add(this.index);
	}

	/** Moves to stop `index` (0-based), clamped to the tour; returns whether it moved. */
	go(index: number): boolean {
		const next = Math.min(Math.max(Math.trunc(index), 0), this.stops.length - 1);
		if (!Number.isFinite(next) || next === this.index) return false;
		this.index = next;
		this.part = 0;
		this.parts = 1;
		this.#toLast = false;
		this.visited.add(next);
		return true;
	}

	get step(): Step {
		return { index: this.index, part: this.part, parts: this.parts, toLast: this.#toLast };
	}

	#walk(to: Step): boolean {
		if (to.index === this.index && to.part === this.part) return false;
		this.go(to.index);
		this.part = to.part;
		this.parts = to.parts;
		this.#toLast = to.toLast;
		return true;
	}

	/** Next part of the stop, or the next stop. */
	next = () => this.#walk(stepNext(this.step, this.stops.length));
	/** Previous part of the stop, or the previous stop at its last part. */
	previous = () => this.#walk(stepPrevious(this.step));
	/** The audience's screen shows the current stop in `parts` parts. */
	setParts = (parts: number) => {
		const step = withParts(this.step, parts);
		this.parts = step.parts;
		this.part = step.part;
		this.#toLast = false;
	};
	/**
	 * Shows part `part` of the current stop, as another window of the talk asks; -1 is the last
	 * part once the stop is measured. `parts` is kept from the window's own measure if it has one.
	 */
	showPart = (part: number, parts: number = this.parts) => {
		this.parts = Math.max(1, Math.trunc(parts) || 1);
		this.#toLast = part === -1;
		this.part = Math.min(Math.max(Math.trunc(part) || 0, 0), this.parts - 1);
	};
	first = () => this.go(0);
	last = () => this.go(this.stops.length - 1);
	/** Jumps to stop `n` as the speaker counts them, from 1. */
	jump = (n: number) => this.go(n - 1);

	toggleBlackout = () => (this.blackout = !this.blackout);
	toggleTheme = () => (this.theme = this.theme === 'dark' ? 'light' : 'dark');
	toggleHelp = () => (this.help = !this.help);
}
