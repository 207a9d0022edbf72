import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { locales, type Locale } from '$lib/domain/locale';
import type { Actor } from '$lib/domain/roles';
import { areaCounties, mayReadStats } from '$lib/domain/stats/area';
import type { StatsQuery } from '$lib/domain/stats/compute';
import { isDay } from '$lib/domain/stats/finnish-time';
import { statsRangeMessages, statsRangeProblem } from '$lib/domain/stats/range';
import { parseOrFail } from '../http';

const Day = z.string().refine(isDay, 'Expected a day written YYYY-MM-DD.');
const Params = z
	.strictObject({
		from: Day,
		to: Day,
		area: z.string().min(1).max(60).optional(),
		suppress: z.enum(['0', '1', 'true', 'false']).optional(),
		lang: z.enum(locales).optional()
	})
	.superRefine((params, context) => {
		// The bounds the app keeps too (range.ts): days in a sane window, at most 20 years long.
		const problem = statsRangeProblem(params.from, params.to);
		if (problem) {
			context.addIssue({
				code: 'custom',
				message: statsRangeMessages[problem],
				path: [problem === 'reversed' ? 'to' : 'from']
			});
		}
	});

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
