import type { Locale } from './locale';
import { requestStatuses, type RequestStatus } from './record-codes';
import { consultationStages, type ConsultationStage } from './stages';

/** Where a request stands, in words: "Lähetetty · Heräte" (the stage once the coordinator sets one). */
export function requestState(status: string, stage: string | null, locale: Locale): string {
	const state = requestStatuses.label(status as RequestStatus, locale);
	return stage
		? `${state} · ${consultationStages.label(stage as ConsultationStage, locale)}`
		: state;
}

/**
 * The start of a question, to tell requests apart in a list: its first line, cut at a word
 * before `max` characters with an ellipsis. Empty when nothing is written.
 */
export function questionStart(question: string, max = 90): string {
	const line = question.trim().split(/\r?\n/, 1)[0]!.replace(/\s+/g, ' ');
	if (line.length <= max) return line;
	const cut = line.slice(0, max);
	const space = cut.lastIndexOf(' ');
	// A single long word is cut where it reaches the limit.
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
