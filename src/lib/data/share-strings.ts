/**
 * One copy of each string in a parsed JSON tree. `JSON.parse` makes a string of every value it
 * reads, however often the same text repeats: the dataset's details repeat each quote at every
 * fact that cites it and the source's id at every citation, some 60 kB of the page's heap in
 * copies. The copies are replaced in place by the first one met.
 */
export function shareStrings<T>(tree: T): T {
	const seen = new Map<string, string>();
	const share = (value: unknown): unknown => {
		if (typeof value === 'string') {
			const first = seen.get(value);
			if (first !== undefined) return first;
			seen.set(value, value);
			return value;
		}
		if (typeof value !== 'object' || value === null) return value;
		const node = value as Record<string, unknown>;
		for (const key of Object.keys(node)) node[key] = share(node[key]);
		return value;
	};
	return share(tree) as T;
}
