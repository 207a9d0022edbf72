import { localDateOf } from '../local-date';

/** A contacts row as the desk reads it from the device (sensitive fields still encrypted). */
export interface CallRow {
	id: string;
	kind?: unknown;
	channel?: unknown;
	createdBy?: unknown;
	occurredAt?: unknown;
	followUp?: unknown;
	followUpDate?: unknown;
}

/** The user's calls of the local day `today`, most recent first. */
export function todaysCalls<R extends CallRow>(rows: readonly R[], today: string, userId: string) {
	return rows
		.filter(
			(row) =>
				row.channel === 'phone' &&
				row.createdBy === userId &&
				typeof row.occurredAt === 'string' &&
				localDateOf(row.occurredAt) === today
		)
		.sort((a, b) => String(b.occurredAt).localeCompare(String(a.occurredAt)));
}

/** Open follow-ups due by `today`, the longest overdue first. */
export function followUpsDue<R extends CallRow>(rows: readonly R[], today: string) {
	return rows
		.filter(
			(row) =>
				row.followUp === true && typeof row.followUpDate === 'string' && row.followUpDate <= today
		)
		.sort((a, b) => String(a.followUpDate).localeCompare(String(b.followUpDate)));
}
