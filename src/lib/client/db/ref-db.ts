import { Dexie, type EntityTable } from 'dexie';
import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';

export interface MetaRow {
	key: string;
	value: unknown;
}

/**
 * Reference data (directory, services): a copy of the server's, safe to wipe and download
 * again. The class is apart from its instance so tests open fresh databases.
 */
export class RefDb extends Dexie {
	experts!: EntityTable<Expert, 'id'>;
	groups!: EntityTable<ExpertGroup, 'id'>;
	units!: EntityTable<Unit, 'id'>;
	organisations!: EntityTable<Organisation, 'id'>;
	services!: EntityTable<Service, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;

	constructor(name = 'ref') {
		super(name);
		this.version(1).stores({
			experts: 'id, name, countyId, *expertise',
			meta: 'key'
		});
		this.version(2).stores({
			experts: 'id, name, countyId, *expertise, *roles',
			groups: 'id, name, countyId',
			units: 'id, name, countyId',
			organisations: 'id, name',
			services: 'id, category, tier, *countyIds, *municipalityIds',
			meta: 'key'
		});
	}
}

export type RefTable = 'experts' | 'groups' | 'units' | 'organisations' | 'services';
export const refTables: RefTable[] = ['experts', 'groups', 'units', 'organisations', 'services'];
