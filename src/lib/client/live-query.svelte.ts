import { liveQuery } from 'dexie';

/**
 * Runs `query` as a Dexie live query for as long as the calling component lives, handing
 * each answer to `next`. Dexie runs `query` later, in its own timer, where Svelte sees no
 * reads: reactive values the query depends on go in `inputs`, which is read at once, and a
 * change to them runs the query again.
 */
export function followQuery<T>(
	query: () => T | Promise<T>,
	inputs: (() => unknown) | undefined,
	next: (value: T) => void,
	error: (error: unknown) => void
) {
	$effect(() => {
		inputs?.();
		const subscription = liveQuery(query).subscribe({ next, error });
		return () => subscription.unsubscribe();
	});
}

/**
 * A Dexie query as reactive state: `current` follows the database as it changes. Create it
 * while a component initialises. The answer is deeply reactive; for large lists that are only
 * read, LiveRows (consultations/live-rows.svelte.ts) keeps it as Dexie gives it.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);

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
