import { findCounty, otAreas } from '$lib/domain/areas';
import { coordinatorToCall, type CoordinatorToCall } from '$lib/domain/duty';
import type { RefDb } from '../db/ref-db';

/**
 * Whom a worker of `countyId` calls now, from the directory copy on the device (so offline
 * too): the county's OT coordinator on duty by the rota, else the OT area's, else the number in
 * the server's settings (domain/duty.ts).
 */
export async function onDutyCoordinator(
	ref: RefDb,
	countyId: string,
	now = Date.now(),
	settingsPhone: string | null = null
): Promise<CoordinatorToCall | null> {
	const areaId = findCounty(countyId)?.areaId;
	const countyIds = otAreas.find((area) => area.id === areaId)?.countyIds ?? [countyId];
	const people = await ref.experts.where('countyId').anyOf(countyIds).toArray();
	return coordinatorToCall(people, countyId, now, settingsPhone);
}
