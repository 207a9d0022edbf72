import type { RecDb } from './rec-db';

/** Hands out a records database when it is first needed, and can tell whether it exists. */
export interface RecDbSource {
	readonly name: string;
	open(): Promise<RecDb>;
}

/**
 * The page's records database, with Dexie (≈30 kB gzip) downloaded on first use: a device
 * that nobody has signed in on opens the sign-in page without it.
 */
export const pageRecDb: RecDbSource = {
	name: 'rec',
	open: () => import('./open').then(({ recDb }) => recDb())
};

/** A database already open (tests, or code that holds one). */
export function openRecDb(db: RecDb): RecDbSource {
	return { name: db.name, open: async () => db };
}

/**
 * Whether the database exists, asked without opening (and so creating) it. Browsers without
 * `indexedDB.databases()` answer true, and the database is opened to look.
 */
export async function recDbExists(source: RecDbSource): Promise<boolean> {
	if (typeof indexedDB.databases !== 'function') return true;
	const databases = await indexedDB.databases();
	return databases.some((database) => database.name === source.name);
}
