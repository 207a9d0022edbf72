import type { RefDb } from '../db/ref-db';

/**
 * The on-duty coordinator of a county from the local directory: the person to call now in a
 * high-risk situation. Falls back to any OT coordinator of the county with a phone.
 */
export async function onDutyCoordinator(
	ref: RefDb,
	countyId: string
): Promise<{ id: string; name: string; phone: string } | null> {
	const people = await ref.experts.where('countyId').equals(countyId).toArray();
	const withPhone = people.filter((person) => !!person.phone);
	const chosen =
		withPhone.find((person) => person.onDuty) ??
		withPhone.find((person) => person.roles.includes('ot-coordinator'));
	return chosen ? { id: chosen.id, name: chosen.name, phone: chosen.phone! } : null;
}
