import { countyAccess } from './county-access';
import { nextMeeting, type MeetingRule } from './meetings';
import { sitsIn } from './my-consultations';
import type { Actor } from './roles';

/**
 * A group's meeting agenda (issue 16; DOMAIN.md: the mobile pair prepares, the group handles
 * the request at its meeting). A consultation is set for a group by its `groupId` and for one of the
 * group's meetings by its `handlingDate`; a consultation set for the group without a date waits for
 * the next meeting. Pure: the screen gives it the device's consultations and the directory's groups.
 */

/** Who marked a case ready for the group, and when (null or absent: not ready yet). */
export interface ReadyMark {
	at: string;
	by: string;
}

/** What the agenda needs of a case. */
export interface AgendaConsultationFacts {
	id: string;
	groupId: string | null;
	handlingDate: string | null;
	status: string;
	urgency: string;
	highRisk: readonly string[];
	submittedAt: string | null;
	createdAt: string;
	readyForGroup?: ReadyMark | null;
}

/** What the agenda needs of a group: its meeting rule. */
export interface AgendaGroup {
	id: string;
	meeting: MeetingRule;
}

/** One meeting of a group and the consultations it handles, in the order they come up. */
export interface AgendaMeeting<T> {
	date: string;
	consultations: T[];
}

const DAY_MS = 86_400_000;
const addDays = (isoDate: string, days: number) =>
	new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The next `count` meeting dates (YYYY-MM-DD) of a rule, from `today` on. */
export function meetingDates(rule: MeetingRule, today: string, count: number): string[] {
	const dates: string[] = [];
	let date = nextMeeting(rule, today);
	for (let index = 0; index < count; index++) {
		dates.push(date);
		date = addDays(date, rule.everyWeeks * 7);
	}
	return dates;
}

/**
 * The order a meeting takes its consultations: a high-risk situation first, then the urgent (an
 * acute one before an urgent one), then the earliest received.
 */
export function compareAgendaConsultations(
	a: AgendaConsultationFacts,
	b: AgendaConsultationFacts
): number {
	const rank = (item: AgendaConsultationFacts) =>
		item.highRisk.length > 0 ? 0 : item.urgency === 'acute' ? 1 : item.urgency === 'urgent' ? 2 : 3;
	const byRank = rank(a) - rank(b);
	if (byRank !== 0) return byRank;
	const received = (a.submittedAt ?? a.createdAt).localeCompare(b.submittedAt ?? b.createdAt);
	return received !== 0 ? received : a.id.localeCompare(b.id);
}

/** Whether a consultation is still to be handled by a group: sent, and not closed. */
const onAgenda = (item: AgendaConsultationFacts) =>
	item.status !== 'draft' && item.status !== 'closed';

/**
 * A group's next `count` meetings with the consultations set for each. A consultation dated for a meeting
 * goes to that meeting — on a day the rule does not give (an extra meeting), that day is a
 * meeting of its own; a consultation without a date goes to the next meeting; one dated before
 * today was handled already, and one dated after the last listed meeting comes later.
 */
export function groupAgenda<T extends AgendaConsultationFacts>(
	group: AgendaGroup,
	consultations: readonly T[],
	today: string,
	count = 3
): AgendaMeeting<T>[] {
	const dates = meetingDates(group.meeting, today, count);
	const last = dates[dates.length - 1] ?? today;
	const byDate = new Map<string, T[]>(dates.map((date) => [date, []]));
	for (const item of consultations) {
		if (item.groupId !== group.id || !onAgenda(item)) continue;
		const date = item.handlingDate ?? dates[0];
		if (!date || date < today || date > last) continue;
		const list = byDate.get(date) ?? [];
		list.push(item);
		byDate.set(date, list);
	}
	return [...byDate.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, list]) => ({ date, consultations: list.sort(compareAgendaConsultations) }));
}

/**
 * The agenda of one meeting of the group (the print view): as `groupAgenda` lists it from
 * `today`, so a consultation without a date stays on the next meeting whichever meeting is printed.
 */
export function meetingAgenda<T extends AgendaConsultationFacts>(
	group: AgendaGroup,
	consultations: readonly T[],
	today: string,
	date: string
): AgendaMeeting<T> {
	const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
	const count = Math.max(1, Math.ceil(days / (group.meeting.everyWeeks * 7)) + 1);
	const found = groupAgenda(group, consultations, today, count).find(
		(meeting) => meeting.date === date
	);
	return found ?? { date, consultations: [] };
}

interface GroupPeople {
	countyId: string;
	memberIds: readonly string[];
	mobilePairIds: readonly string[];
}

/**
 * The groups whose agendas a person sees: an admin every group, a coordinator their
 * county's, an expert those they sit in (as a member or as its mobile pair) — the consultations of
 * which their devices receive already (server/sync/case-readers.ts).
 */
export function agendaGroups<G extends GroupPeople>(groups: readonly G[], actor: Actor): G[] {
	switch (actor.role) {
		case 'admin':
			return [...groups];
		case 'coordinator':
			return groups.filter((group) => group.countyId === actor.countyId);
		case 'expert': {
			const expertId = actor.expertId;
			if (!expertId) return [];
			return groups.filter((group) => sitsIn(group, expertId));
		}
		default:
			return [];
	}
}

/**
 * Who marks a case ready for the group: a coordinator of its county (or an admin), and an
 * expert whose directory entry is of the mobile pair (DOMAIN.md: they prepare the consultations),
 * as the server allows (server/sync/push-rules.ts).
 */
export function mayMarkReady(
	actor: Actor,
	caseCountyId: string,
	expertRoles: readonly string[] | undefined
): boolean {
	if (actor.role === 'expert') return expertRoles?.includes('mobile-pair') ?? false;
	return countyAccess(actor, caseCountyId) === 'write';
}

/** The mark a case gets when marked ready now by `by`, or null when unmarked. */
export function readyMark(ready: boolean, by: string, now = new Date()): ReadyMark | null {
	return ready ? { at: now.toISOString(), by } : null;
}
