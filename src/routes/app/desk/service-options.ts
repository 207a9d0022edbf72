import { countyName, municipalityName } from '$lib/domain/areas';
import type { Locale } from '$lib/domain/locale';
import type { TypeaheadOption } from '$lib/domain/typeahead';
import type { RefDb } from '$lib/client/db/ref-db';
import { hasDirectory, refreshDirectory } from '$lib/client/directory/refresh';

/**
 * The local directory's services as typeahead choices for "referred to a service": the name
 * in the UI's language (others also match), where it serves as the hint, and the services of
 * the coordinator's own county first. Read from the device, so it works offline; a device
 * that has never downloaded the directory fetches it first (when it can).
 */
export async function serviceOptions(
	db: RefDb,
	locale: Locale,
	ownCountyId: string | undefined
): Promise<TypeaheadOption[]> {
	if (!(await hasDirectory(db))) await refreshDirectory(db).catch(() => undefined);
	const services = await db.services.toArray();
	return services.map((service) => {
		const label = service.name[locale] || service.name.fi;
		const places =
			service.municipalityIds.length > 0 && service.municipalityIds.length <= 3
				? service.municipalityIds.map((id) => municipalityName(id, locale))
				: service.countyIds.map((id) => countyName(id, locale));
		return {
			value: service.id,
			label,
			keys: [service.name.fi, service.name.sv, service.name.en].filter(
				(name) => name && name !== label
			),
			hint: places.join(', '),
			rank: ownCountyId && service.countyIds.includes(ownCountyId) ? 0 : 1
		};
	});
}
