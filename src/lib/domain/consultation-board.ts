import {
	consultationStages,
	isOptionalStage,
	nextStage,
	skippedStages,
	type ConsultationStage,
	type StageEntry
} from './stages';

/**
 * The coordinator's consultation board (issue 6): consultations by stage, filtered. Pure, so the
 * board can be tested without a browser and stays fast at 2 000 open consultations.
 */

/** The fields of a consultation the board reads; all of them are in clear on the device. */
export interface BoardConsultation {
	id: string;
	status: string;
	stage: ConsultationStage | null;
	urgency: string;
	themes: readonly string[];
	countyId: string;
	assigneeIds: readonly string[];
	groupId: string | null;
	followUpDate: string | null;
	submittedAt: string | null;
	createdAt: string;
	/** The call a coordinator opened the consultation from, at the desk. */
	sourceContactId: string | null;
}

/** Choices of the board's filters; null (or false) means "any". */
export interface BoardFilter {
	countyId: string | null;
	urgency: string | null;
	theme: string | null;
	/** An expert id, or UNASSIGNED for consultations with nobody assigned. */
	assignee: string | null;
	/** Only consultations whose follow-up date has passed. */
	overdue: boolean;
	/** Closed consultations too (they stay in their last stage). */
	closed: boolean;
}

export const UNASSIGNED = 'unassigned';

export const anyFilter: BoardFilter = {
	countyId: null,
	urgency: null,
	theme: null,
	assignee: null,
	overdue: false,
	closed: false
};

export interface BoardColumn<T extends BoardConsultation = BoardConsultation> {
	stage: ConsultationStage;
	consultations: T[];
}

/**
 * Received consultations are in the board's stage columns. A requester's draft is theirs alone and a
 * withdrawn request is gone: neither is a consultation.
 */
export function isOnBoard(item: Pick<BoardConsultation, 'status'>): boolean {
	return item.status !== 'draft' && item.status !== 'withdrawn';
}

/**
 * A draft opened at the desk from a call. The desk now receives every consultation it opens at once,
 * but one left a draft (by an earlier version of the app) is a coordinator's to complete, so
 * the board shows it among its drafts rather than nowhere.
 */
export function isDeskDraft(item: Pick<BoardConsultation, 'status' | 'sourceContactId'>): boolean {
	return item.status === 'draft' && item.sourceContactId != null;
}

/** A received request that nobody has moved yet is at the first stage. */
export function boardStage(item: Pick<BoardConsultation, 'stage'>): ConsultationStage {
	return item.stage ?? consultationStages.codes[0];
}

/** The follow-up date (YYYY-MM-DD) is before today: someone should have called back. */
export function isOverdue(item: Pick<BoardConsultation, 'followUpDate'>, today: string): boolean {
	return item.followUpDate !== null && item.followUpDate < today;
}

/** The filter's choices other than "show closed", which drafts and consultations alike must pass. */
function matchesChoices(item: BoardConsultation, filter: BoardFilter, today: string): boolean {
	if (filter.countyId !== null && item.countyId !== filter.countyId) return false;
	if (filter.urgency !== null && item.urgency !== filter.urgency) return false;
	if (filter.theme !== null && !item.themes.includes(filter.theme)) return false;
	if (filter.assignee === UNASSIGNED) {
		if (item.assigneeIds.length > 0) return false;
	} else if (filter.assignee !== null && !item.assigneeIds.includes(filter.assignee)) {
		return false;
	}
	if (filter.overdue && !isOverdue(item, today)) return false;
	return true;
}

/** Whether a received consultation is in the stage columns under the filter. */
export function matchesFilter(
	item: BoardConsultation,
	filter: BoardFilter,
	today: string
): boolean {
	if (!isOnBoard(item)) return false;
	if (!filter.closed && item.status === 'closed') return false;
	return matchesChoices(item, filter, today);
}

const urgencyRank: Record<string, number> = { acute: 0, urgent: 1, normal: 2 };

// ISO dates and ids compare as plain strings: no locale rules, which would be slow at 2 000.
const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most urgent first, then overdue follow-ups, then the longest waiting. */
export function compareConsultations(
	a: BoardConsultation,
	b: BoardConsultation,
	today: string
): number {
	return (
		(urgencyRank[a.urgency] ?? 3) - (urgencyRank[b.urgency] ?? 3) ||
		Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
		order(a.submittedAt ?? a.createdAt, b.submittedAt ?? b.createdAt) ||
		order(a.id, b.id)
	);
}

/** The board: one column per stage in process order, each sorted, with the filter applied. */
export function buildBoard<T extends BoardConsultation>(
	consultations: readonly T[],
	filter: BoardFilter,
	today: string
): BoardColumn<T>[] {
	const byStage = new Map<ConsultationStage, T[]>(
		consultationStages.codes.map((stage) => [stage, []])
	);
	for (const item of consultations) {
		if (matchesFilter(item, filter, today)) byStage.get(boardStage(item))?.push(item);
	}
	return consultationStages.codes.map((stage) => ({
		stage,
		consultations: byStage.get(stage)!.sort((a, b) => compareConsultations(a, b, today))
	}));
}

/** The desk's drafts under the filter, sorted as the columns are: the board's drafts section. */
export function boardDrafts<T extends BoardConsultation>(
	consultations: readonly T[],
	filter: BoardFilter,
	today: string
): T[] {
	return consultations
		.filter((item) => isDeskDraft(item) && matchesChoices(item, filter, today))
		.sort((a, b) => compareConsultations(a, b, today));
}

/** The stage before `stage`, or null at the first one. */
export function previousStage(stage: ConsultationStage): ConsultationStage | null {
	const index = consultationStages.codes.indexOf(stage);
	return index > 0 ? consultationStages.codes[index - 1]! : null;
}

/**
 * Where the buttons of a consultation can move it: one step either way, or past the next stage when
 * that one is run only when needed (`past`, with the stage it skips in `skipping`).
 */
export function stageMoves(item: Pick<BoardConsultation, 'stage'>) {
	const stage = boardStage(item);
	const next = nextStage(stage);
	const past = next && isOptionalStage(next) ? nextStage(next) : null;
	return {
		previous: previousStage(stage),
		next,
		past,
		skipping: past ? next : null
	};
}

/** Experts assigned to open consultations and drafts on the board, with how many each: the assignee filter. */
export function assigneeCounts(consultations: readonly BoardConsultation[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const item of consultations) {
		if (!(isOnBoard(item) || isDeskDraft(item)) || item.status === 'closed') continue;
		for (const id of item.assigneeIds) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

/** The stages each consultation went past (stages.ts, skippedStages), for the consultations that skipped any. */
export function skippedByConsultation(
	consultations: readonly Pick<BoardConsultation, 'id' | 'stage'>[],
	entries: Iterable<StageEntry & { consultationId: string }>
): Map<string, ConsultationStage[]> {
	const byCase = new Map<string, StageEntry[]>();
	for (const entry of entries) {
		if (entry.type !== 'stage-skipped' && entry.type !== 'stage') continue;
		const list = byCase.get(entry.consultationId);
		if (list) list.push(entry);
		else byCase.set(entry.consultationId, [entry]);
	}
	const skipped = new Map<string, ConsultationStage[]>();
	for (const item of consultations) {
		const entriesOf = byCase.get(item.id);
		if (!entriesOf?.some((entry) => entry.type === 'stage-skipped')) continue;
		const stages = skippedStages(item.stage, entriesOf);
		if (stages.length > 0) skipped.set(item.id, stages);
	}
	return skipped;
}
