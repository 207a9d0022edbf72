import { RecDb } from './rec-db';
import { RefDb } from './ref-db';

// One instance of each database per page; Dexie opens it on first use.
let ref: RefDb | undefined;
let rec: RecDb | undefined;

export function refDb(): RefDb {
	return (ref ??= new RefDb());
}

export function recDb(): RecDb {
	return (rec ??= new RecDb());
}
