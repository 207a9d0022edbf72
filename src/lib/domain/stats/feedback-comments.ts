import type { StatsQuery } from './compute';
import { receivedAt } from './facts';
import { helsinkiDay } from './finnish-time';
import { text } from './read-values';

/**
 * The requesters' feedback comments of the consultations a report counts, for coordinators to
 * read beside the ratings. Free text that may point at a child: shown on the screen only, never
 * in the figures, the CSV or the printed report.
 */
export interface FeedbackComment {
	id: string;
	/** The Finnish day the request was received. */
	day: string;
	rating: number | null;
	comment: string;
}

/** The received day of a sent consultation in the query's counties and range, else null. */
export function countedDay(record: Record<string, unknown>, query: StatsQuery): string | null {
	const received = receivedAt(record);
	const countyId = text(record.countyId);
	if (!received || Number.isNaN(Date.parse(received)) || record.status === 'draft') return null;
	if (!countyId || !query.countyIds.includes(countyId)) return null;
	const day = helsinkiDay(received);
	return day >= query.from && day <= query.to ? day : null;
}

/**
 * The comments (their text in clear) of the consultations received in the range, the newest
 * first; cases without a comment are left out.
 */
export function feedbackComments(
	records: Iterable<Record<string, unknown>>,
	query: StatsQuery
): FeedbackComment[] {
	const comments: FeedbackComment[] = [];
	for (const record of records) {
		const day = countedDay(record, query);
		const comment = text(record.feedbackComment)?.trim();
		const id = text(record.id);
		if (!day || !comment || !id) continue;
		const rating = typeof record.feedbackRating === 'number' ? record.feedbackRating : null;
		comments.push({ id, day, rating, comment });
	}
	return comments.sort((a, b) => b.day.localeCompare(a.day) || a.id.localeCompare(b.id));
}
