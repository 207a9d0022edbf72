import Dexie from 'dexie';

/**
 * Makes a Dexie database behave like a phone whose storage is full: every write fails as
 * Chrome and Dexie fail it — the transaction aborts, and Dexie's AbortError carries the
 * browser's QuotaExceededError inside (`inner`). Reads still work. Register before the
 * database opens (its first query).
 */
export function fillDisk(db: Dexie) {
	db.use({
		stack: 'dbcore',
		name: 'full-disk',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: () =>
						Promise.reject(
							new Dexie.AbortError(
								'Transaction aborted',
								new DOMException(
									'The current transaction exceeded its quota.',
									'QuotaExceededError'
								)
							)
						)
				};
			}
		})
	});
}
