import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { locales, type Locale } from '$lib/domain/locale';
import type { Actor } from '$lib/domain/roles';
import { areaCounties, mayReadStats } from '$lib/domain/stats/area';
import type { StatsQuery } from '$lib/domain/stats/compute';
import { isDay } from '$lib/domain/stats/finnish-time';
import { parseOrFail } from '../http';

/** The longest range one request may ask for (its month list stays small). */
const MAX_YEARS = 20;

const Day = z.string().refine(isDay, 'Expected a day written YYYY-MM-DD.');
const Params = z
	.strictObject({
		from: Day,
		to: Day,
		area: z.string().min(1).max(60).optional(),
		suppress: z.enum(['0', '1', 'true', 'false']).optional(),
		lang: z.enum(locales).optional()
	})
	.refine((params) => params.from <= params.to, {
		message: '`from` must not be after `to`.',
		path: ['to']
	})
	.refine(
		(params) => Number(params.to.slice(0, 4)) - Number(params.from.slice(0, 4)) <= MAX_YEARS,
		{
			message: `The range may span at most ${MAX_YEARS} years.`,
			path: ['from']
		}
	);

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
	const params = parseOrFail(Params, Object.fromEntries(entries));
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
