/**
 * The server's epoch (README, sync): a random id that changes whenever the server's database
 * may have gone back in time (a restore). A device that meets a new one re-sends what the
 * server lost. `n` counts the epochs of this database, so a field's stamp can say in which one
 * it was written (the id is for the wire; the count only for comparing inside one database).
 */
export interface ServerEpoch {
	id: string;
	n: number;
}

/** The stored form (app_meta), read back strictly: anything else is a corrupt database. */
export function parseEpoch(value: string): ServerEpoch {
	const parsed: unknown = JSON.parse(value);
	if (
		typeof parsed === 'object' &&
		parsed !== null &&
		typeof Reflect.get(parsed, 'id') === 'string' &&
		Number.isSafeInteger(Reflect.get(parsed, 'n'))
	) {
		return { id: Reflect.get(parsed, 'id') as string, n: Reflect.get(parsed, 'n') as number };
	}
	throw new Error(`the stored sync epoch is not one: ${value.slice(0, 80)}`);
}

export const formatEpoch = (epoch: ServerEpoch): string => JSON.stringify(epoch);
