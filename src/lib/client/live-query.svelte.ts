import { liveQuery } from 'dexie';

/**
 * A Dexie query as reactive state: `current` follows the database as it changes. Create it
 * while a component initialises; reactive values read by `query` re-run it when they change.
 */
export class LiveQuery<T> {
	current = $state<T | undefined>(undefined);
	error = $state<unknown>(undefined);

	constructor(query: () => T | Promise<T>) {
		$effect(() => {
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
