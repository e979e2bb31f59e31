/**
 * A presentation's position and modes, with no DOM: the presentation page, the presenter view
 * and the tests all drive it through its methods. Stops visited stay marked.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { Stop } from './tour';

export type Theme = 'light' | 'dark';

export class Presentation {
	readonly stops: readonly Stop[];
	index = $state(0);
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
		this.visited.add(next);
		return true;
	}

	next = () => this.go(this.index + 1);
	previous = () => this.go(this.index - 1);
	first = () => this.go(0);
	last = () => this.go(this.stops.length - 1);
	/** Jumps to stop `n` as the speaker counts them, from 1. */
	jump = (n: number) => this.go(n - 1);

	toggleBlackout = () => (this.blackout = !this.blackout);
	toggleTheme = () => (this.theme = this.theme === 'dark' ? 'light' : 'dark');
	toggleHelp = () => (this.help = !this.help);
}
