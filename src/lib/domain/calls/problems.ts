import { findMunicipality } from '../areas';
import { isIsoDate, parseLocalDateTime } from '../local-date';
import { parseDuration, type CallDraft } from './draft';

export type CallProblemCode =
	| 'source-missing'
	| 'municipality-unknown'
	| 'follow-up-date-invalid'
	| 'occurred-invalid'
	| 'occurred-in-future'
	| 'duration-invalid';

export interface CallProblem {
	field: keyof CallDraft | 'occurredAt' | 'duration';
	code: CallProblemCode;
}

/**
 * What stops a case call from being saved. Only who called is required: the rest may be
 * unknown in a short call. A backdated call also needs a time in the past and a duration.
 */
export function callProblems(
	draft: CallDraft,
	backdated?: { occurredAt: string; duration: string; now: Date }
): CallProblem[] {
	const problems: CallProblem[] = [];
	if (draft.sourceType === '') problems.push({ field: 'sourceType', code: 'source-missing' });
	if (draft.municipalityId !== '' && !findMunicipality(draft.municipalityId)) {
		problems.push({ field: 'municipalityId', code: 'municipality-unknown' });
	}
	if (draft.followUpDate !== '' && !isIsoDate(draft.followUpDate)) {
		problems.push({ field: 'followUpDate', code: 'follow-up-date-invalid' });
	}
	if (backdated) {
		const moment = parseLocalDateTime(backdated.occurredAt);
		if (!moment) problems.push({ field: 'occurredAt', code: 'occurred-invalid' });
		else if (moment.getTime() > backdated.now.getTime()) {
			problems.push({ field: 'occurredAt', code: 'occurred-in-future' });
		}
		if (parseDuration(backdated.duration) === undefined) {
			problems.push({ field: 'duration', code: 'duration-invalid' });
		}
	}
	return problems;
}
