/**
 * Moving through the tour's overview, a grid of its stops read row by row: ← → step one stop,
 * ↑ ↓ one row (the same column), Home and End the first and last. Like the talk's own keys, a
 * step past either end stays there.
 */

/** The stop a key moves to from stop `at` (0-based) of `count` in `columns` columns; null: not a move. */
export function overviewMove(
	key: string,
	at: number,
	count: number,
	columns: number
): number | null {
	const across = Math.max(1, Math.trunc(columns) || 1);
	const from = Math.min(Math.max(at, 0), count - 1);
	const to: Record<string, number> = {
		ArrowRight: from + 1,
		ArrowLeft: from - 1,
		ArrowDown: from + across,
		ArrowUp: from - across,
		Home: 0,
		End: count - 1
	};
	if (!(key in to) || count < 1) return null;
	const target = to[key]!;
	// A row up or down that is not there stays put, as the last row may be short.
	if ((key === 'ArrowDown' || key === 'ArrowUp') && (target < 0 || target >= count)) return from;
	return Math.min(Math.max(target, 0), count - 1);
}
