import { Dexie, type EntityTable } from 'dexie';
import type { Expert } from '$lib/domain/schemas/expert';

export interface MetaRow {
	key: string;
	value: unknown;
}

/**
 * Reference data (directory, services, taxonomies): a copy of the server's, safe to wipe
 * and download again. The class is apart from its instance so tests open fresh databases.
 */
export class RefDb extends Dexie {
	experts!: EntityTable<Expert, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;

	constructor(name = 'ref') {
		super(name);
		this.version(1).stores({
			experts: 'id, name, countyId, *expertise',
			meta: 'key'
		});
	}
}
