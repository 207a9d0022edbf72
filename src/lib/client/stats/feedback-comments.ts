import type { StatsQuery } from '$lib/domain/stats/compute';
import {
	countedDay,
	feedbackComments,
	type FeedbackComment
} from '$lib/domain/stats/feedback-comments';
import { decryptFields } from '../crypto/fields';
import type { RecDb } from '../db/rec-db';

/**
 * The requesters' comments of the consultations the report counts, from this device's records
 * (a coordinator's device holds its OT area's): decrypted here, shown on the screen only. The
 * server never puts free text into statistics, so they come from the device even when the
 * figures come from the server.
 */
export async function loadFeedbackComments(
	db: RecDb,
	query: StatsQuery,
	key: CryptoKey
): Promise<FeedbackComment[]> {
	const rows = await db.consultations.toArray();
	const counted = rows.filter(
		(row) => row.feedbackComment !== undefined && countedDay(row, query) !== null
	);
	const clear = await Promise.all(
		counted.map((row) => decryptFields(key, row, ['feedbackComment']))
	);
	return feedbackComments(clear, query);
}
