import { findCounty, findOtArea, otAreas } from '../areas';
import type { Locale } from '../locale';
import { countyAccess } from '../county-access';
import type { Actor } from '../roles';

/** The counties an area code stands for: a county, or every county of an OT area. */
export function areaCounties(area: string): string[] | null {
	if (findCounty(area)) return [area];
	return findOtArea(area)?.countyIds ?? null;
}

/**
 * Whether the actor may see statistics over these counties: admins anywhere, coordinators
 * where they may read records (own county, and their OT area); field workers never.
 */
export function mayReadStats(actor: Actor, countyIds: readonly string[]): boolean {
	if (actor.role === 'worker') return false;
	return countyIds.every((countyId) => countyAccess(actor, countyId) !== 'none');
}

/** Area codes the actor may choose: OT areas first, each followed by its counties. */
export function statsAreas(actor: Actor): string[] {
	const codes: string[] = [];
	for (const area of otAreas) {
		if (mayReadStats(actor, area.countyIds)) codes.push(area.id);
		for (const countyId of area.countyIds) {
			if (mayReadStats(actor, [countyId])) codes.push(countyId);
		}
	}
	return codes;
}

/** The display name of an area code in a language. */
export function areaName(area: string, locale: Locale): string {
	return findCounty(area)?.name[locale] ?? findOtArea(area)?.name[locale] ?? area;
}
