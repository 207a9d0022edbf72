import { whyMine } from './my-consultations';

/**
 * What is new for an expert (issue 16): computed on the device from what the pulls brought,
 * against what they had seen when they last opened the list — a snapshot of their cases kept
 * in the device's database. Pure: the device gives it its cases, their notes and the marker.
 *
 * A case new to the device is one notice (assigned to them, set for their group, or — for the
 * mobile pair — a new open request of the county); a case they had seen gives a notice for
 * each change since: assigned in person, set on their group's agenda or moved to another
 * meeting, closed, and each note someone else wrote.
 */

export type NoticeKind = 'assigned' | 'agenda' | 'county' | 'note' | 'closed';

/** What the rule needs of a case on the device (clear fields: no key needed). */
export interface NoticeCase {
	id: string;
	assigneeIds: readonly string[];
	groupId: string | null;
	handlingDate: string | null;
	status: string;
	submittedAt: string | null;
	createdAt: string;
}

/** What the rule needs of a timeline entry on the device. */
export interface NoticeEntry {
	id: string;
	consultationId: string;
	type: string;
	createdBy: string;
	at: string;
}

/** Who is looking: their user id (their own notes are not news), directory id and groups. */
export interface NoticeReader {
	userId: string;
	expertId: string | null;
	groupIds: readonly string[];
}

/** What the expert had seen of one case. */
export interface SeenCase {
	assigned: boolean;
	/** The group meeting it was set for ('group@date', 'group@next'), or null. */
	agenda: string | null;
	closed: boolean;
	/** Notes seen, by id. */
	notes: string[];
}

/** The marker kept on the device: each case as it was when the list was last opened. */
export interface SeenMarker {
	at: string;
	cases: Record<string, SeenCase>;
}

export interface Notice {
	kind: NoticeKind;
	caseId: string;
	/** A note's id, for a note. */
	noteId?: string;
	/** Who wrote a note (a user id). */
	by?: string;
	/** A note's time. */
	at?: string;
}

const isOpen = (item: NoticeCase) => item.status !== 'closed' && item.status !== 'withdrawn';

/** Where the case stands on the reader's groups' agendas, comparable between snapshots. */
function agendaOf(item: NoticeCase, reader: NoticeReader): string | null {
	if (!item.groupId || !reader.groupIds.includes(item.groupId) || !isOpen(item)) return null;
	return `${item.groupId}@${item.handlingDate ?? 'next'}`;
}

/** The notes of each case: entries of type 'note', by case id. */
function notesByCase(entries: readonly NoticeEntry[]): Map<string, NoticeEntry[]> {
	const byCase = new Map<string, NoticeEntry[]>();
	for (const entry of entries) {
		if (entry.type !== 'note') continue;
		const list = byCase.get(entry.consultationId) ?? [];
		list.push(entry);
		byCase.set(entry.consultationId, list);
	}
	return byCase;
}

/** Each case as the reader sees it now: what the next marker keeps. */
export function seenNow(
	cases: readonly NoticeCase[],
	entries: readonly NoticeEntry[],
	reader: NoticeReader,
	now = new Date()
): SeenMarker {
	const notes = notesByCase(entries);
	return {
		at: now.toISOString(),
		cases: Object.fromEntries(
			cases.map((item) => [
				item.id,
				{
					assigned: whyMine(item, reader.expertId, reader.groupIds) === 'assigned',
					agenda: agendaOf(item, reader),
					closed: !isOpen(item),
					notes: (notes.get(item.id) ?? []).map((note) => note.id)
				}
			])
		)
	};
}

/** What is new for the reader since the marker (none yet: everything on the device is). */
export function expertNotices(
	cases: readonly NoticeCase[],
	entries: readonly NoticeEntry[],
	seen: SeenMarker | null,
	reader: NoticeReader
): Notice[] {
	const notes = notesByCase(entries);
	const notices: Notice[] = [];
	for (const item of cases) {
		const before = seen?.cases[item.id];
		const now = seenNow([item], [], reader).cases[item.id]!;
		if (!before) {
			// A case closed before it reached this device is no news.
			if (now.closed) continue;
			const why = whyMine(item, reader.expertId, reader.groupIds);
			notices.push({
				kind: why === 'assigned' ? 'assigned' : why === 'group' ? 'agenda' : 'county',
				caseId: item.id
			});
			continue;
		}
		if (now.assigned && !before.assigned) notices.push({ kind: 'assigned', caseId: item.id });
		if (now.agenda && now.agenda !== before.agenda) {
			notices.push({ kind: 'agenda', caseId: item.id });
		}
		for (const note of notes.get(item.id) ?? []) {
			if (note.createdBy === reader.userId || before.notes.includes(note.id)) continue;
			notices.push({
				kind: 'note',
				caseId: item.id,
				noteId: note.id,
				by: note.createdBy,
				at: note.at
			});
		}
		if (now.closed && !before.closed) notices.push({ kind: 'closed', caseId: item.id });
	}
	return notices;
}
