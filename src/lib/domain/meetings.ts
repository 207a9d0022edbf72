/**
 * A recurring meeting such as "every second Tuesday 13–15": a weekday, an interval in weeks,
 * and one known date of the series that fixes which weeks count.
 */
export interface MeetingRule {
	/** ISO weekday, 1 = Monday … 7 = Sunday. */
	weekday: number;
	everyWeeks: number;
	/** A date (YYYY-MM-DD) on which the series met or will meet. */
	anchor: string;
	start: string;
	end: string;
}

const DAY_MS = 86_400_000;

const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first meeting date (YYYY-MM-DD) on or after `today` (YYYY-MM-DD), in local dates. */
export function nextMeeting(rule: MeetingRule, today: string): string {
	const anchor = dayNumber(rule.anchor);
	const from = dayNumber(today);
	const period = rule.everyWeeks * 7;
	const offset = (((from - anchor) % period) + period) % period;
	return isoOf(offset === 0 ? from : from + (period - offset));
}

/** Entries whose details have not been checked for a year get a "check details" badge. */
export function needsVerification(lastVerified: string, today: string, months = 12): boolean {
	const checked = new Date(`${lastVerified}T00:00:00Z`);
	const limit = new Date(`${today}T00:00:00Z`);
	limit.setUTCMonth(limit.getUTCMonth() - months);
	return checked < limit;
}
