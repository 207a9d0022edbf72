import { error } from '@sveltejs/kit';
import { StatsParams } from '$lib/domain/api/requests';
import type { Locale } from '$lib/domain/locale';
import type { Actor } from '$lib/domain/roles';
import { areaCounties, mayReadStats } from '$lib/domain/stats/area';
import type { StatsQuery } from '$lib/domain/stats/compute';
import { parseOrFail } from '../http';

export interface StatsRequest {
	query: StatsQuery;
	area: string;
	suppress: boolean;
	locale: Locale;
}

/**
 * Reads `?from=&to=&area=&suppress=&lang=` (area defaults to the caller's own county): 400 for
 * anything malformed or an unknown area, 403 for an area the caller may not read.
 */
export function statsRequest(url: URL, actor: Actor): StatsRequest {
	const entries = [...url.searchParams];
	const params = parseOrFail(StatsParams, Object.fromEntries(entries));
	if (new Set(entries.map(([key]) => key)).size !== entries.length) {
		error(400, { message: 'Give each parameter once.', code: 'invalid_input' });
	}
	const area = params.area ?? actor.countyId;
	const countyIds = areaCounties(area);
	if (!countyIds) {
		error(400, { message: `No county or OT area is called "${area}".`, code: 'unknown_area' });
	}
	if (!mayReadStats(actor, countyIds)) {
		error(403, { message: 'Your role does not allow this.', code: 'forbidden' });
	}
	return {
		query: { from: params.from, to: params.to, countyIds },
		area,
		suppress: params.suppress === '1' || params.suppress === 'true',
		locale: params.lang ?? 'fi'
	};
}
