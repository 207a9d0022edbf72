/**
 * An expert's own consultations (issue 16): the device holds only the consultations the server lets them
 * read (assigned to them, set for a group they sit in, or — for the mobile pair — open in
 * their county), so the list is every consultation there, put in the order an expert works through
 * them.
 */
export interface MyConsultationFacts {
	assigneeIds: readonly string[];
	groupId: string | null;
	handlingDate: string | null;
	status: string;
	submittedAt: string | null;
	createdAt: string;
}

/**
 * Why an expert reads a consultation: assigned in person, through a group they sit in (`groupIds`,
 * as members or its mobile pair), or else as the mobile pair of its county.
 */
export function whyMine(
	item: MyConsultationFacts,
	expertId: string | null | undefined,
	groupIds: readonly string[]
): 'assigned' | 'group' | 'county' {
	if (expertId && item.assigneeIds.includes(expertId)) return 'assigned';
	return item.groupId && groupIds.includes(item.groupId) ? 'group' : 'county';
}

/**
 * Open consultations first, the next meeting first and consultations without a date after them (oldest
 * request first); closed consultations last.
 */
export function compareMyConsultations(a: MyConsultationFacts, b: MyConsultationFacts): number {
	const closed = Number(a.status === 'closed') - Number(b.status === 'closed');
	if (closed !== 0) return closed;
	const dated = Number(a.handlingDate === null) - Number(b.handlingDate === null);
	if (dated !== 0) return dated;
	const byDate = (a.handlingDate ?? '').localeCompare(b.handlingDate ?? '');
	if (byDate !== 0) return byDate;
	return (a.submittedAt ?? a.createdAt).localeCompare(b.submittedAt ?? b.createdAt);
}

/** Whether an expert sits in a group: as one of its members or as its mobile pair. */
export function sitsIn(
	group: { memberIds: readonly string[]; mobilePairIds: readonly string[] },
	expertId: string
): boolean {
	return group.memberIds.includes(expertId) || group.mobilePairIds.includes(expertId);
}
