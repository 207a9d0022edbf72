import * as z from 'zod/mini';
import { SUPPRESSED } from '../stats/suppress';

/**
 * GET /api/v1/stats: `{area, ...figures}` (stats/suppress.ts, StatsFigures). With `suppress`,
 * counts of 1–4 are "<5"; without it every count is a number (UnsuppressedStatsAnswer, what
 * the app asks for: it suppresses where it shows them). GET /api/v1/stats.csv is the same
 * figures as CSV text (no schema: a file for Excel).
 */
const statsAnswer = <C extends z.ZodMiniType<number | typeof SUPPRESSED>>(count: C) => {
	const codeCounts = z.array(z.object({ code: z.string(), count }));
	const months = z.array(z.object({ month: z.string(), count }));
	const areas = z.array(z.object({ code: z.string(), contacts: count, consultations: count }));
	return z.object({
		area: z.string(),
		from: z.string(),
		to: z.string(),
		countyIds: z.array(z.string()),
		suppressed: z.boolean(),
		contacts: z.object({
			total: count,
			byMonth: months,
			bySource: codeCounts,
			byTheme: codeCounts,
			themeMentions: count,
			withoutTheme: count,
			byChannel: codeCounts,
			byAction: codeCounts,
			withoutAction: count,
			notCounted: codeCounts
		}),
		consultations: z.object({
			total: count,
			byStage: codeCounts,
			skipped: codeCounts,
			reachedPlan: count,
			medianDaysToPlan: z.nullable(z.number()),
			byMonth: months
		}),
		outcomes: z.object({
			services: codeCounts,
			servicesPerCase: codeCounts,
			stuckReasons: codeCounts,
			withoutStuckReason: count,
			clientGroups: codeCounts,
			withoutClientGroup: count,
			help: z.array(z.object({ code: z.string(), asked: count, given: count, met: count })),
			ratings: codeCounts,
			rated: count,
			withoutRating: count,
			withMeeting: count,
			medianDaysToMeeting: z.nullable(z.number())
		}),
		byCounty: areas,
		byMunicipality: areas,
		previous: z.object({
			from: z.string(),
			to: z.string(),
			contacts: count,
			consultations: count,
			reachedPlan: count,
			medianDaysToPlan: z.nullable(z.number())
		}),
		trend: z.array(z.object({ month: z.string(), contacts: count, consultations: count })),
		partialMonths: z.array(z.string())
	});
};

export const StatsAnswer = statsAnswer(z.union([z.number(), z.literal(SUPPRESSED)]));
export type StatsAnswer = z.infer<typeof StatsAnswer>;

export const UnsuppressedStatsAnswer = statsAnswer(z.number());
export type UnsuppressedStatsAnswer = z.infer<typeof UnsuppressedStatsAnswer>;
