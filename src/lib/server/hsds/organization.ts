import { countyName } from '$lib/domain/areas';
import type { Locale } from '$lib/domain/locale';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Unit } from '$lib/domain/schemas/unit';
import { splitAddress } from './addresses';
import { hsdsId } from './ids';
import { organisationTypeLabels, pick } from './labels';
import type { HsdsAddress, HsdsLocation, HsdsOrganization } from './types';

/** A physical address in HSDS form (its required parts may be empty when we do not know them). */
export function toHsdsAddress(locationId: string, text: string, countyId?: string): HsdsAddress {
	const parts = splitAddress(text);
	return {
		id: hsdsId(locationId, 'address'),
		location_id: locationId,
		address_1: parts.street,
		city: parts.city,
		state_province: countyId ? countyName(countyId, 'fi') : '',
		postal_code: parts.postalCode,
		country: 'FI',
		address_type: 'physical'
	};
}

/** A unit (kivijalkayksikkö) is a place of its organisation: an HSDS physical location. */
export function unitToLocation(unit: Unit, lang: Locale): HsdsLocation {
	return {
		id: unit.id,
		location_type: 'physical',
		organization_id: unit.organisationId,
		name: unit.name,
		description: pick(unit.description, lang),
		...(unit.address ? { addresses: [toHsdsAddress(unit.id, unit.address, unit.countyId)] } : {}),
		...(unit.phone
			? {
					phones: [
						{
							id: hsdsId(unit.id, 'phone'),
							location_id: unit.id,
							number: unit.phone,
							type: 'voice'
						}
					]
				}
			: {})
	};
}

/** An organisation; `units` are the units the caller may see (its own are picked here). */
export function toHsdsOrganization(
	organisation: Organisation,
	units: Unit[],
	lang: Locale
): HsdsOrganization {
	return {
		id: organisation.id,
		name: organisation.name,
		// HSDS requires a description and ours has none: its kind says what it is.
		description: organisationTypeLabels[organisation.type][lang],
		...(organisation.email ? { email: organisation.email } : {}),
		...(organisation.website ? { website: organisation.website } : {}),
		locations: units
			.filter((unit) => unit.organisationId === organisation.id)
			.map((unit) => unitToLocation(unit, lang))
	};
}
