import { urgencies, type HighRiskSituation, type Urgency } from './record-codes';

/** The fields the rules below read; the same on the device and on the server. */
export interface RequestFacts {
	status: string;
	consent: string;
	consentDate: string | null;
	consentMethod: string | null;
	consentJustification: string;
	question: string;
	highRisk?: readonly string[];
}

export type SubmissionProblemCode =
	| 'consent-not-asked'
	| 'consent-date-missing'
	| 'consent-method-missing'
	| 'justification-missing'
	| 'question-missing';

export interface SubmissionProblem {
	field: keyof RequestFacts;
	code: SubmissionProblemCode;
}

/**
 * Who makes a case leave the draft state. A requester sends a request from their form, which
 * asks everything first. A coordinator receives one at the desk, from a call, at once: the
 * caller rarely knows every detail, and a case nobody can see helps no one.
 */
export type Receiver = 'requester' | 'coordinator';

/**
 * Everything a case should have (DOMAIN.md: consent is always asked; without it only in the
 * child's best interest, with the reason written down; the question is required). An
 * anonymous consultation identifies nobody and so needs no consent, but only a coordinator
 * takes one: the requester's form does not offer it.
 */
function allProblems(request: RequestFacts, anonymousAllowed: boolean): SubmissionProblem[] {
	const problems: SubmissionProblem[] = [];
	if (request.consent === 'not-asked' || (request.consent === 'anonymous' && !anonymousAllowed)) {
		problems.push({ field: 'consent', code: 'consent-not-asked' });
	}
	if (request.consent === 'given') {
		if (!request.consentDate) problems.push({ field: 'consentDate', code: 'consent-date-missing' });
		if (!request.consentMethod)
			problems.push({ field: 'consentMethod', code: 'consent-method-missing' });
	}
	if (request.consent === 'best-interest' && request.consentJustification.trim().length < 10) {
		problems.push({ field: 'consentJustification', code: 'justification-missing' });
	}
	if (request.question.trim().length === 0) {
		problems.push({ field: 'question', code: 'question-missing' });
	}
	return problems;
}

/**
 * Why a request cannot leave the draft state. Empty for a draft: a draft may be anything.
 * Without consent a case never leaves the draft state, whoever receives it: it must have
 * consent given, a recorded reason to go ahead without it, or be anonymous. A requester's
 * request must be complete; a coordinator may receive a case whose consent details or
 * question are still to come — the case page asks for them (`consultationGaps`).
 */
export function submissionProblems(
	request: RequestFacts,
	receiver: Receiver = 'requester'
): SubmissionProblem[] {
	if (request.status === 'draft') return [];
	if (receiver === 'requester') return allProblems(request, false);
	return allProblems(request, true).filter((problem) => problem.code === 'consent-not-asked');
}

/**
 * What a case still lacks, whatever its status: what the case page names and offers to
 * complete. An anonymous consultation lacks nothing for its consent.
 */
export function consultationGaps(request: Omit<RequestFacts, 'status'>): SubmissionProblem[] {
	return allProblems({ ...request, status: 'submitted' }, true);
}

/** A high-risk situation puts "call the coordinator now" before everything else. */
export function isHighRisk(highRisk: readonly string[] | undefined): boolean {
	return (highRisk ?? []).length > 0;
}

/** The most urgent level: where a high-risk request starts (DOMAIN.md: "call now" first). */
export const highRiskUrgency: Urgency = urgencies.codes[urgencies.codes.length - 1]!;

/** A request's urgency, and whether the high-risk mark (not the worker) set it. */
export interface UrgencyChoice {
	urgency: Urgency;
	raisedByRisk: boolean;
}

/**
 * The urgency after the high-risk situations change from `before` to `after`. Marking the first
 * one raises a request still at the default level to the most urgent one; a level the worker
 * chose is kept. Clearing the last one undoes only a raise the worker did not change since.
 */
export function urgencyAfterHighRisk(
	before: readonly string[],
	after: readonly string[],
	current: UrgencyChoice
): UrgencyChoice {
	if (!isHighRisk(before) && isHighRisk(after) && current.urgency === 'normal') {
		return { urgency: highRiskUrgency, raisedByRisk: true };
	}
	if (isHighRisk(before) && !isHighRisk(after) && current.raisedByRisk) {
		return { urgency: 'normal', raisedByRisk: false };
	}
	return current;
}

export type { HighRiskSituation };
