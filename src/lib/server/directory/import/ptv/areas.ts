import { findCounty, findMunicipality, municipalityCode } from '$lib/domain/areas';
import type { Issue } from '../hsds-fields';
import type { PtvService } from './input';

/**
 * A PTV service's area as our counties and municipalities. Nationwide services (also "except
 * Åland") are national: no area. A limited one lists areas: a municipality by its code (our
 * municipality ids are the same Statistics Finland codes; a merged one's old code is read as
 * the current one), a region, sub-region or hospital district by the municipalities PTV lists
 * in it. Each municipality's county is served too; when the municipalities make up whole
 * counties, the service is a county service (counties, no municipalities), as one entered by
 * hand would be.
 */
export function areasOf(service: PtvService, path: string, issues: Issue[]) {
	const none = { countyIds: [] as string[], municipalityIds: [] as string[] };
	if (service.areaType === 'Nationwide' || service.areaType === 'NationwideExceptAlandIslands') {
		return none;
	}
	const codes = new Set<string>();
	const read = (code: string | null | undefined, field: string) => {
		const current = municipalityCode((code ?? '').trim());
		if (current) codes.add(current);
		else issues.push({ field, message: `"${code ?? ''}" is not a municipality code we know` });
	};
	(service.areas ?? []).forEach((area, index) => {
		const at = `${path}.areas.${index}`;
		const listed = area.municipalities ?? [];
		if (area.type === 'Municipality' && area.code) read(area.code, `${at}.code`);
		else if (listed.length === 0) {
			issues.push({ field: `${at}.municipalities`, message: 'the area lists no municipalities' });
		}
		listed.forEach((place, nth) => read(place.code, `${at}.municipalities.${nth}.code`));
	});
	if (codes.size === 0) {
		if ((service.areas ?? []).length === 0) {
			issues.push({
				field: `${path}.areas`,
				message: 'a service that is not nationwide must list its areas'
			});
		}
		return none;
	}
	const countyIds = [...new Set([...codes].map((code) => findMunicipality(code)!.countyId))];
	const whole = countyIds.every((id) =>
		findCounty(id)!.municipalityIds.every((code) => codes.has(code))
	);
	return { countyIds, municipalityIds: whole ? [] : [...codes] };
}
