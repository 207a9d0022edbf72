import { followQuery } from '../live-query.svelte';

/**
 * LiveQuery (../live-query.svelte.ts) for large answers: the rows are kept as Dexie gives
 * them ($state.raw), not wrapped in a deep proxy. With 2 000 consultations a proxy would make every
 * field a board filter reads a tracked signal, which is what made filtering slow.
 */
export class LiveRows<T> {
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);

	constructor(query: () => T | Promise<T>, inputs?: () => unknown) {
		followQuery(
			query,
			inputs,
			(value) => {
				this.current = value;
				this.error = undefined;
			},
			(error) => (this.error = error)
		);
	}
}
