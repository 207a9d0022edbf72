import { liveQuery } from 'dexie';

/**
 * A Dexie query as reactive state: `current` follows the database as it changes. Create it
 * while a component initialises. Dexie runs `query` later, in its own timer, where Svelte
 * sees no reads: reactive values the query depends on go in `inputs`, which is read at once,
 * and a change to them runs the query again.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);

	constructor(query: () => T | Promise<T>, inputs?: () => unknown) {
		$effect(() => {
			inputs?.();
			const subscription = liveQuery(query).subscribe({
				next: (value) => {
					this.current = value;
					this.error = undefined;
				},
				error: (error: unknown) => {
					this.error = error;
				}
			});
			return () => subscription.unsubscribe();
		});
	}
}
