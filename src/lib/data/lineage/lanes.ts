/**
 * The family tree laid out on a time axis, computed once at build time: one lane per
 * organisation, in the tree's order (`treeOrder`, so each lane lies below those it came from),
 * its bar from the first to the last year the source dates it, and each link a connector across
 * the lanes at its date. A lane layout of our own rather than a layered-graph library such as
 * d3-dag: the time axis already fixes every x, which is the hard half of what such a library
 * solves, and the layers it would choose (longest path, Sugiyama) ignore dates, so a split in
 * 2016 could stand left of one in 1992. What is left, one row per organisation, is a sort.
 * Years are whole, as the map reads them (`statusAt`): a bar covers every year its dates touch.
 */
import { periodBounds } from '../periods';
import type { Lineage, LineageLink } from '../schema';
import type { YearSpan } from '../timeline';
import { parseDate } from '../dates';
import { earlierLater, receiverOf, treeOrder } from './graph';

export interface LaneOptions {
	/** The drawing's width, in its own units (the SVG's viewBox). */
	width: number;
	/** Label text size, in the same units. */
	fontSize: number;
	/** How wide a label of `text` is drawn; an estimate must not be short of the real width. */
	measure: (text: string) => number;
	/** Each organisation's label, in the reader's language. */
	labelOf: (id: string) => string;
}

export interface LaidNode {
	id: string;
	lane: number;
	/** The bar, from the start of its first year to the end of its last. */
	x0: number;
	x1: number;
	/** The bar's centre line. */
	y: number;
	/** How the bar's ends are known: dated, from a first or last mention, or not at all. */
	start: 'dated' | 'known' | 'none';
	end: 'dated' | 'known' | 'none';
	label: { text: string; x: number; y: number; width: number };
}

export interface LaidEdge {
	id: string;
	type: LineageLink['type'];
	/** The organisation members went from, and the one they went to (`receiverOf`). */
	giver: string;
	receiver: string;
	/** Where the connector crosses the lanes. */
	x: number;
	/**
	 * The connector, from the giver's bar to the receiver's, for an arrow at its end: across the
	 * lanes at `x`, and along a lane where `x` falls outside a bar (a renaming the source does not
	 * date reaches the new name's bar, which it dates later).
	 */
	d: string;
	/** False when the source gives no date and the connector stands where the later bar starts. */
	dated: boolean;
}

export interface LaneLayout {
	width: number;
	height: number;
	/** The plot's left and right edges: the axis runs from `years.first` to the end of `years.last`. */
	left: number;
	right: number;
	/** Where the axis line and its tick labels are. */
	axisY: number;
	/** The x of the start of `year`. */
	x: (year: number) => number;
	/** Years with a tick, every ten from the first, up to the last. */
	ticks: number[];
	nodes: LaidNode[];
	edges: LaidEdge[];
}

// Room at each side for a tick's or the cursor's year, centred on its line.
const PAD = 20;
const BAR = 8;
/** Room between a label and the connector that lands at its bar's start. */
const LABEL_INSET = 5;

export function laneLayout(lineage: Lineage, years: YearSpan, options: LaneOptions): LaneLayout {
	const { width, fontSize, measure, labelOf } = options;
	const left = PAD;
	const right = width - PAD;
	const span = years.last + 1 - years.first;
	const x = (year: number) =>
		Math.round((left + ((year - years.first) / span) * (right - left)) * 10) / 10;
	const laneHeight = Math.ceil(fontSize * 1.3 + BAR + 6);
	const axisY = Math.ceil(fontSize * 1.6);
	const top = axisY + 6;

	const nodes = treeOrder(lineage).map((o, lane): LaidNode => {
		const { start, end } = periodBounds(o);
		const first = Math.max(years.first, start?.year ?? years.last);
		const last = Math.min(years.last, end?.year ?? years.last);
		const [x0, x1] = [x(first), x(last + 1)];
		const y = Math.round((top + lane * laneHeight + fontSize * 1.3 + BAR / 2) * 10) / 10;
		const text = labelOf(o.id);
		const labelWidth = measure(text);
		const labelX = Math.max(left, Math.min(x0 + LABEL_INSET, right - labelWidth));
		return {
			id: o.id,
			lane,
			x0,
			x1,
			y,
			start: start === null ? 'none' : start.field === 'from' ? 'dated' : 'known',
			end: end === null ? 'none' : end.field === 'to' ? 'dated' : 'known',
			label: { text, x: labelX, y: y - BAR / 2 - 4, width: labelWidth }
		};
	});
	const byId = new Map(nodes.map((n) => [n.id, n]));
	return {
		width,
		height: top + nodes.length * laneHeight + PAD,
		left,
		right,
		axisY,
		x,
		// Ticks within the years drawn: none at the axis's end, the start of the year after.
		ticks: Array.from({ length: Math.floor((span - 1) / 10) + 1 }, (_, i) => years.first + i * 10),
		nodes,
		edges: spread(
			lineage.links.flatMap((link) => crossingOf(link, byId, x, years)),
			x
		)
	};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

interface Crossing {
	link: LineageLink;
	giver: LaidNode;
	receiver: LaidNode;
	x: number;
}

function crossingOf(
	link: LineageLink,
	byId: Map<string, LaidNode>,
	x: (year: number) => number,
	years: YearSpan
): Crossing[] {
	const [from, to] = [byId.get(link.from), byId.get(link.to)];
	if (!from || !to) return [];
	const receiver = receiverOf(link) === link.from ? from : to;
	const giver = receiver === from ? to : from;
	const year = link.date ? parseDate(link.date)?.year : undefined;
	// Undated, the connector stands where the later organisation's bar starts, within the
	// earlier one's years.
	const pair = earlierLater(link);
	const [earlier, later] = pair ? [byId.get(pair[0])!, byId.get(pair[1])!] : [giver, receiver];
	const at =
		year === undefined
			? clamp(later.x0, earlier.x0, earlier.x1)
			: x(clamp(year, years.first, years.last));
	return [{ link, giver, receiver, x: at }];
}

/**
 * Connectors in the same year stand side by side, a few units apart, so each can be seen and
 * pointed at; the first keeps the year's start.
 */
function spread(crossings: Crossing[], x: (year: number) => number): LaidEdge[] {
	const step = Math.min(4, (x(1) - x(0)) / 3);
	const seen = new Map<number, number>();
	return crossings.map(({ link, giver, receiver, x: base }) => {
		const key = Math.round(base * 100);
		const count = seen.get(key) ?? 0;
		seen.set(key, count + 1);
		const at = base + count * step;
		const leave = clamp(at, giver.x0, giver.x1);
		const land = clamp(at, receiver.x0, receiver.x1);
		// Ending on the vertical stroke where it can, so the arrow points into the bar.
		const d = `M${leave} ${giver.y}H${at}V${receiver.y}` + (land === at ? '' : `H${land}`);
		return {
			id: link.id,
			type: link.type,
			giver: giver.id,
			receiver: receiver.id,
			x: at,
			d,
			dated: link.date !== null
		};
	});
}
