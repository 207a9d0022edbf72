import { consultationStages, optionalStages, skippedStages, type StageEntry } from '../stages';
import { helsinkiDay } from './finnish-time';
import { outcomeFacts, type OutcomeFacts } from './outcomes';
import { list, text } from './read-values';

/**
 * The countable facts of the records, as statistics read them: the same shapes on the server
 * (from its facts table, grouped) and on the device (from the local records). `count` lets a
 * fact stand for several identical contacts (a SQL group, a kept monthly aggregate).
 */
export interface ContactFact {
	/** The Finnish calendar day of `occurredAt` (YYYY-MM-DD). */
	day: string;
	countyId: string;
	/** 'case' when absent (records from before the field existed). */
	kind?: string | null;
	sourceType: string;
	channel: string;
	themes: readonly string[];
	actions: readonly string[];
	/** Where the child lives (a municipality code), when recorded. */
	municipalityId?: string | null;
	count?: number;
}

export interface ConsultationFact {
	/** The Finnish calendar day the request was received (sent; created, if never sent). */
	day: string;
	countyId: string;
	status: string;
	stage: string | null;
	/** Days from receiving the request to reaching the plan stage; null if not reached. */
	daysToPlan: number | null;
	/** The stages run only when needed that the case went past (stages.ts); none if absent. */
	skipped?: readonly string[];
	/** Where the child lives (a municipality code), when recorded. */
	municipalityId?: string | null;
	/**
	 * What the support achieved (outcomes.ts). Absent on the monthly totals of deleted cases,
	 * whose outcome codes are kept apart (MonthlyOutcomeFact).
	 */
	outcome?: OutcomeFacts;
	count?: number;
}

/** Facts of deleted records kept by the retention job, by month instead of by day. */
export type MonthlyContactFact = Omit<ContactFact, 'day'> & { month: string };
export type MonthlyConsultationFact = Omit<ConsultationFact, 'day' | 'outcome'> & {
	month: string;
};
/** One outcome code (outcomes.ts) of deleted cases, counted by month. */
export interface MonthlyOutcomeFact {
	month: string;
	countyId: string;
	figure: string;
	code: string;
	count: number;
}

/** A contact record's fact, or null when it lacks what every contact has. */
export function contactFact(record: Record<string, unknown>): ContactFact | null {
	const occurredAt = text(record.occurredAt);
	const countyId = text(record.countyId);
	if (!occurredAt || !countyId || Number.isNaN(Date.parse(occurredAt))) return null;
	return {
		day: helsinkiDay(occurredAt),
		countyId,
		kind: text(record.kind),
		sourceType: text(record.sourceType) ?? 'other',
		channel: text(record.channel) ?? 'phone',
		themes: list(record.themes),
		actions: list(record.actions),
		municipalityId: text(record.municipalityId)
	};
}

/** When a consultation was received: when it was sent, else when it was made. */
export function receivedAt(record: Record<string, unknown>): string | null {
	return text(record.submittedAt) ?? text(record.createdAt);
}

const planIndex = consultationStages.codes.indexOf('plan');

/** Whether a stage is the plan stage or one after it (a case that skipped ahead still got there). */
export const reachesPlan = (stage: string | null | undefined) =>
	!!stage && consultationStages.codes.indexOf(stage as never) >= planIndex;

/**
 * When each consultation first reached the plan stage, from its timeline: the earliest stage
 * entry at 'plan' or later. Entries of other types, and other stages, are passed over.
 */
export function planReachedAt(events: Iterable<Record<string, unknown>>): Map<string, string> {
	const reached = new Map<string, string>();
	for (const event of events) {
		if (event.type !== 'stage' || !reachesPlan(text(event.stage))) continue;
		const consultationId = text(event.consultationId);
		const at = text(event.at);
		if (!consultationId || !at) continue;
		const earlier = reached.get(consultationId);
		if (!earlier || Date.parse(at) < Date.parse(earlier)) reached.set(consultationId, at);
	}
	return reached;
}

const DAY_MS = 86_400_000;

/** Days between two instants, to one decimal; never below zero. */
export function daysBetween(from: string, to: string): number {
	const days = (Date.parse(to) - Date.parse(from)) / DAY_MS;
	return Math.max(0, Math.round(days * 10) / 10);
}

/**
 * Each consultation's timeline entries about its optional stages (moves to them and skips of
 * them), for skippedStages: the entries statistics need to say which stages a case went past.
 */
export function optionalStageEntries(
	events: Iterable<Record<string, unknown>>
): Map<string, StageEntry[]> {
	const byCase = new Map<string, StageEntry[]>();
	for (const event of events) {
		const type = text(event.type);
		const stage = text(event.stage);
		const consultationId = text(event.consultationId);
		const at = text(event.at);
		if (type !== 'stage' && type !== 'stage-skipped') continue;
		if (!stage || !consultationId || !at || !optionalStages.includes(stage as never)) continue;
		const entry = { type, stage, at };
		const list = byCase.get(consultationId);
		if (list) list.push(entry);
		else byCase.set(consultationId, [entry]);
	}
	return byCase;
}

const stageOf = (value: unknown) =>
	consultationStages.codes.includes(value as never) ? (value as never) : null;

/**
 * A consultation record's fact (with when it reached the plan stage), or null if unusable.
 * Its `outputs` are read for the kinds of help given: in clear (a device decrypts them first).
 */
export function consultationFact(
	record: Record<string, unknown>,
	planAt: string | null | undefined,
	stageEntries: readonly StageEntry[] = []
): ConsultationFact | null {
	const received = receivedAt(record);
	const countyId = text(record.countyId);
	const status = text(record.status);
	if (!received || !countyId || !status || Number.isNaN(Date.parse(received))) return null;
	const day = helsinkiDay(received);
	return {
		day,
		countyId,
		status,
		stage: text(record.stage),
		daysToPlan: planAt ? daysBetween(received, planAt) : null,
		skipped: skippedStages(stageOf(record.stage), stageEntries),
		municipalityId: text(record.municipalityId),
		outcome: outcomeFacts(record, day)
	};
}
