import { sitsIn } from '$lib/domain/my-consultations';
import {
	expertNotices,
	seenNow,
	type Notice,
	type NoticeReader,
	type SeenMarker
} from '$lib/domain/notices';
import type { ConsultationRow, RecDb } from '../db/rec-db';
import type { RefDb } from '../db/ref-db';

/** Where the device keeps what the expert had seen when they last opened the list. */
export const SEEN_KEY = 'notices.seen';

/** The signed-in expert, as far as their notices go. */
export interface NoticeProfile {
	id: string;
	expertId?: string | null;
}

/** What is new now, with the consultations as they are now: the marker that opening the list saves. */
export interface NoticesNow {
	notices: Notice[];
	seen: SeenMarker;
	/** The consultations on the device, by id: what a notice names. */
	consultations: Map<string, ConsultationRow>;
}

/**
 * What is new for the expert on this device (domain/notices.ts), from the clear fields of
 * their consultations and timelines (no key needed: the badge counts while the app is locked too)
 * and the groups they sit in. Fit for a live query: only database reads.
 */
export async function readNotices(
	db: RecDb,
	ref: RefDb,
	profile: NoticeProfile
): Promise<NoticesNow> {
	const [consultations, entries, stored, groups] = await Promise.all([
		db.consultations.toArray(),
		db.consultation_events.toArray(),
		db.meta.get(SEEN_KEY),
		ref.groups.toArray()
	]);
	const expertId = profile.expertId ?? null;
	const reader: NoticeReader = {
		userId: profile.id,
		expertId,
		groupIds: groups
			.filter((group) => !!expertId && sitsIn(group, expertId))
			.map((group) => group.id)
	};
	const marker = (stored?.value ?? null) as SeenMarker | null;
	return {
		notices: expertNotices(consultations, entries, marker, reader),
		seen: seenNow(consultations, entries, reader),
		consultations: new Map(consultations.map((item) => [item.id, item]))
	};
}

/** Opening the list: what it showed is seen. */
export async function markSeen(db: RecDb, seen: SeenMarker): Promise<void> {
	await db.meta.put({ key: SEEN_KEY, value: seen });
}
