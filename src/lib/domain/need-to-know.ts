/**
 * Who needs to know a case (issue 16; the server keeps it in `case_readers`,
 * server/sync/case-readers.ts): the experts assigned to it and the group it is set for, from
 * then until the case is closed and a grace period has passed; and, while it is open, the
 * mobile pair of its county, who prepare the county's cases for the groups (DOMAIN.md).
 * Pure: the server gives it the case's fields and the time.
 */

/** Days the experts of a closed case still read it (CASE_ACCESS_GRACE_DAYS sets another). */
export const DEFAULT_CASE_ACCESS_GRACE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * The reader id that stands for the mobile pair of a county: an expert whose directory entry
 * has the role `mobile-pair` reads through it the cases of their entry's county.
 */
export const mobilePairReaderId = (countyId: string) => `mobile-pair:${countyId}`;

/** What the rule needs of a case. */
export interface CaseReaderFacts {
	status?: unknown;
	closedAt?: unknown;
	assigneeIds?: unknown;
	groupId?: unknown;
	countyId?: unknown;
}

/**
 * When the experts' access to the case ends (an ISO time), or null while it is open. A
 * withdrawn request, or a closed one without the time it was closed, ends at once.
 */
export function accessEndsAt(fields: CaseReaderFacts, graceDays: number): string | null {
	if (fields.status !== 'closed' && fields.status !== 'withdrawn') return null;
	const closed = typeof fields.closedAt === 'string' ? Date.parse(fields.closedAt) : NaN;
	if (fields.status === 'withdrawn' || Number.isNaN(closed)) return new Date(0).toISOString();
	return new Date(closed + graceDays * DAY_MS).toISOString();
}

/**
 * The reader ids that need to know the case at `now`: its assigned experts' and its group's
 * directory ids, and its county's mobile pair while it is sent and not yet past its grace
 * (never a draft); nobody once its access has ended.
 */
export function caseReaderIds(
	fields: CaseReaderFacts | null,
	now: Date,
	graceDays: number
): string[] {
	if (!fields) return [];
	const ends = accessEndsAt(fields, graceDays);
	if (ends !== null && Date.parse(ends) <= now.getTime()) return [];
	const assignees = Array.isArray(fields.assigneeIds) ? fields.assigneeIds : [];
	const ids = [...assignees, fields.groupId].filter((id): id is string => typeof id === 'string');
	const sent = fields.status === 'submitted' || fields.status === 'closed';
	if (sent && typeof fields.countyId === 'string') ids.push(mobilePairReaderId(fields.countyId));
	return [...new Set(ids)];
}

/** The county whose open cases an expert's directory entry reads as its mobile pair, if any. */
export function mobilePairCounty(
	entry: { roles?: unknown; countyId?: unknown } | null | undefined
): string | null {
	if (!entry || !Array.isArray(entry.roles) || !entry.roles.includes('mobile-pair')) return null;
	return typeof entry.countyId === 'string' ? entry.countyId : null;
}

/** The directory ids of a group's people: its members and its mobile pair. */
export function groupPeople(group: Record<string, unknown> | null): string[] {
	const ids = (value: unknown) => (Array.isArray(value) ? (value as string[]) : []);
	return [...ids(group?.memberIds), ...ids(group?.mobilePairIds)];
}
