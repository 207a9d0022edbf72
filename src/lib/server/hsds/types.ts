/**
 * The parts of Open Referral HSDS 3.0 (../shared/hsds-3.0/schema) that Lähelle writes. Absent
 * values are left out, never null: the schemas allow no nulls.
 */
export type HsdsLanguageCode = 'fi' | 'sv' | 'en';

export interface HsdsTaxonomy {
	id: string;
	name: string;
	description: string;
	version?: string;
}

export interface HsdsTaxonomyTerm {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	taxonomy_detail?: HsdsTaxonomy;
	language: string;
}

export interface HsdsAttribute {
	id: string;
	link_id: string;
	link_type: string;
	link_entity: 'service' | 'location';
	taxonomy_term_id: string;
	taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsPhone {
	id: string;
	service_id?: string;
	location_id?: string;
	number: string;
	type?: string;
	description?: string;
}

export interface HsdsSchedule {
	id: string;
	service_id?: string;
	service_at_location_id?: string;
	description: string;
}

export interface HsdsServiceArea {
	id: string;
	service_id: string;
	name: string;
	description: string;
}

export interface HsdsLanguage {
	id: string;
	service_id: string;
	name: string;
	code: string;
}

export interface HsdsCostOption {
	id: string;
	service_id: string;
	option: string;
	currency: string;
	amount?: number;
}

export interface HsdsAddress {
	id: string;
	location_id: string;
	address_1: string;
	city: string;
	state_province: string;
	postal_code: string;
	country: string;
	address_type: 'physical';
}

export interface HsdsLocation {
	id: string;
	location_type: 'physical' | 'virtual';
	organization_id?: string;
	name: string;
	description?: string;
	url?: string;
	addresses?: HsdsAddress[];
	phones?: HsdsPhone[];
	attributes?: HsdsAttribute[];
}

export interface HsdsServiceAtLocation {
	id: string;
	service_id: string;
	location_id: string;
	description?: string;
	schedules?: HsdsSchedule[];
	location: HsdsLocation;
}

export interface HsdsOrganization {
	id: string;
	name: string;
	description: string;
	email?: string;
	website?: string;
	locations: HsdsLocation[];
}

export interface HsdsService {
	id: string;
	organization_id: string;
	name: string;
	description: string;
	url?: string;
	email?: string;
	status: 'active';
	application_process: string;
	fees_description: string;
	eligibility_description: string;
	assured_date: string;
	last_modified: string;
	phones: HsdsPhone[];
	schedules: HsdsSchedule[];
	service_areas: HsdsServiceArea[];
	service_at_locations: HsdsServiceAtLocation[];
	languages: HsdsLanguage[];
	cost_options: HsdsCostOption[];
	attributes: HsdsAttribute[];
	organization?: HsdsOrganization;
}

/** The paged list shape of the HSDS OpenAPI (`components.schemas.Page` plus `contents`). */
export interface HsdsPage<T> {
	total_items: number;
	total_pages: number;
	page_number: number;
	size: number;
	first_page: boolean;
	last_page: boolean;
	empty: boolean;
	contents: T[];
}
