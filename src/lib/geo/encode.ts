/**
 * A d3-geo path context that writes compact SVG path data: integer map units, coordinates
 * relative to the previous point, and rings smaller than a threshold left out. On a map 1920
 * units wide this is a third of the bytes of `geoPath().digits(1)` and looks the same.
 */
export type Ring = Array<[number, number]>;

/** Twice the signed area of a ring (shoelace formula). */
function doubleArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
	}
	return sum;
}

export function ringArea(ring: Ring): number {
	return Math.abs(doubleArea(ring)) / 2;
}

/** Joins numbers the shortest valid way: a minus sign separates as well as a space does. */
function joinNumbers(numbers: number[]): string {
	return numbers.map((n, i) => (i && n >= 0 ? ` ${n}` : `${n}`)).join('');
}

/**
 * Writes rings as "M x y l dx dy … z m dx dy dx dy … z". After "m", SVG reads further pairs as
 * relative line-tos, and each "m" is relative to the start of the ring before it.
 */
export function encodeRings(rings: Ring[]): string {
	let out = '';
	let start: [number, number] | null = null;
	for (const ring of rings) {
		const [x0, y0] = ring[0]!;
		const steps: number[] = [];
		for (let i = 1; i < ring.length; i++) {
			steps.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
		}
		out += start
			? `m${joinNumbers([x0 - start[0], y0 - start[1], ...steps])}z`
			: `M${joinNumbers([x0, y0])}l${joinNumbers(steps)}z`;
		start = [x0, y0];
	}
	return out;
}

/**
 * Collects the rings d3 draws, rounded to whole units, without repeated points; `take()` returns
 * the path data of everything since the last call, dropping rings under `minArea` square units
 * but always keeping a feature's largest ring, so no country disappears. With a `precision`
 * above 1, points are written in 1/precision units (multiplied by it), for maps that zoom in.
 */
export class RingCollector {
	private rings: Ring[] = [];
	private ring: Ring = [];

	constructor(
		private readonly minArea = 0,
		private readonly precision = 1
	) {}

	private round(x: number, y: number): [number, number] {
		return [Math.round(x * this.precision), Math.round(y * this.precision)];
	}

	moveTo(x: number, y: number): void {
		this.ring = [this.round(x, y)];
	}

	lineTo(x: number, y: number): void {
		const point = this.round(x, y);
		const last = this.ring[this.ring.length - 1];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
	}

	closePath(): void {
		const [first] = this.ring;
		const last = this.ring[this.ring.length - 1];
		if (first && last && this.ring.length > 1 && first[0] === last[0] && first[1] === last[1]) {
			this.ring.pop();
		}
		if (this.ring.length >= 3) this.rings.push(this.ring);
		this.ring = [];
	}

	beginPath(): void {}

	arc(): void {}

	/** The rings kept since the last call, in d3's order. */
	takeRings(): Ring[] {
		const rings = this.rings;
		this.rings = [];
		if (!rings.length) return rings;
		const areas = rings.map(ringArea);
		const largest = Math.max(...areas);
		const min = this.minArea * this.precision ** 2;
		return rings.filter((_, i) => areas[i]! >= min || areas[i] === largest);
	}

	take(): string {
		return encodeRings(this.takeRings());
	}
}

/** Reads path data written by `encodeRings` back into absolute rings (for tests and bounds). */
export function decodeRings(d: string): Ring[] {
	const rings: Ring[] = [];
	const tokens = d.match(/[MmLlZz]|-?\d+(?:\.\d+)?/g) ?? [];
	let command = '';
	let start: [number, number] = [0, 0];
	let point: [number, number] = [0, 0];
	let ring: Ring = [];
	for (let i = 0; i < tokens.length;) {
		const token = tokens[i]!;
		if (/[A-Za-z]/.test(token)) {
			command = token;
			i++;
			if (command === 'z' || command === 'Z') {
				rings.push(ring);
				point = start;
			}
			continue;
		}
		const x = Number(token);
		const y = Number(tokens[i + 1]);
		i += 2;
		if (command === 'M' || command === 'm') {
			point = command === 'M' ? [x, y] : [point[0] + x, point[1] + y];
			start = point;
			ring = [point];
			command = command === 'M' ? 'L' : 'l';
		} else {
			point = command === 'L' ? [x, y] : [point[0] + x, point[1] + y];
			ring.push(point);
		}
	}
	return rings;
}
