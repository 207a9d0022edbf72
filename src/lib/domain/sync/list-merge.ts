/**
 * Lists of items with ids (a case's answers given) merge item by item when two people
 * changed them at once, instead of one list overwriting the other or becoming a conflict:
 * the server's items stay, each in its place, the device's version of an item replaces the
 * server's, and the device's new items come after. Nothing anyone wrote is lost; an item one
 * side removed while the other changed the list comes back, to be removed again.
 */
export function mergeById<T extends { id: string }>(
	server: readonly T[],
	incoming: readonly T[]
): T[] {
	const byId = new Map(server.map((item) => [item.id, item]));
	for (const item of incoming) byId.set(item.id, item);
	return [...byId.values()];
}

/** Whether a value is a list of items with string ids (what mergeById merges). */
export function isIdList(value: unknown): value is { id: string }[] {
	return (
		Array.isArray(value) &&
		value.every(
			(item) =>
				typeof item === 'object' &&
				item !== null &&
				typeof (item as { id?: unknown }).id === 'string'
		)
	);
}
