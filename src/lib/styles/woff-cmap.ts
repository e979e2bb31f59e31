/**
 * The code points a WOFF 1.0 font maps to a glyph, read from its `cmap` table (formats 4 and
 * 12). A face's `unicode-range` is a promise made by whoever cut the subset; the `cmap` is what
 * the file can draw. A character in the range but not in the `cmap` falls to the next family in
 * the stack, so the two are checked apart. `inflate` is zlib's, passed in to keep this pure.
 */

/** The code points with a glyph (not .notdef) in the font file `woff`. */
export function woffCodePoints(
	woff: Uint8Array,
	inflate: (data: Uint8Array) => Uint8Array
): Set<number> {
	const file = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
	if (file.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
	let cmap: DataView | null = null;
	for (let i = 0; i < file.getUint16(12); i++) {
		const entry = 44 + i * 20;
		if (file.getUint32(entry) !== 0x636d6170) continue; // 'cmap'
		const [offset, compressed, length] = [4, 8, 12].map((at) => file.getUint32(entry + at));
		const raw = woff.subarray(offset!, offset! + compressed!);
		const table = compressed! < length! ? inflate(raw) : raw;
		cmap = new DataView(table.buffer, table.byteOffset, table.byteLength);
	}
	if (!cmap) throw new Error('no cmap table');
	const found = new Set<number>();
	for (let i = 0; i < cmap.getUint16(2); i++) {
		const at = cmap.getUint32(4 + i * 8 + 4);
		const format = cmap.getUint16(at);
		if (format === 4) readFormat4(cmap, at, found);
		if (format === 12) readFormat12(cmap, at, found);
	}
	return found;
}

function readFormat4(t: DataView, at: number, found: Set<number>): void {
	const segments = t.getUint16(at + 6) / 2;
	const ends = at + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const [start, end] = [t.getUint16(starts + s * 2), t.getUint16(ends + s * 2)];
		const delta = t.getUint16(deltas + s * 2);
		const rangeOffset = t.getUint16(rangeOffsets + s * 2);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			const glyph =
				rangeOffset === 0
					? (c + delta) & 0xffff
					: t.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
			if (glyph !== 0) found.add(c);
		}
	}
}

function readFormat12(t: DataView, at: number, found: Set<number>): void {
	for (let g = 0; g < t.getUint32(at + 12); g++) {
		const group = at + 16 + g * 12;
		const [start, end, glyph] = [0, 4, 8].map((o) => t.getUint32(group + o));
		for (let c = start!; c <= end!; c++) if (glyph! + (c - start!) !== 0) found.add(c);
	}
}
