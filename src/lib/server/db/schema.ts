import type { Generated } from 'kysely';

/** Table shapes as the database stores them; JSON lists are kept as text on both dialects. */
export interface ExpertsTable {
	id: string;
	name: string;
	title: string;
	organisation: string;
	county_id: string;
	expertise: string;
	languages: string;
	phone: string | null;
	email: string | null;
	availability: string | null;
	version: number;
	seq: number;
	updated_at: string;
	deleted: Generated<number>;
}

export interface AppMetaTable {
	key: string;
	value: string;
}

export interface CountersTable {
	name: string;
	value: number;
}

export interface Database {
	counters: CountersTable;
	experts: ExpertsTable;
	app_meta: AppMetaTable;
}
