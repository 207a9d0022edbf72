import type { HighRiskSituation } from './record-codes';

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
 * Why a request cannot leave the draft state (DOMAIN.md: consent is always asked; without it
 * only in the child's best interest, with the reason written down; the question is required).
 * Empty for a draft: a draft may be anything.
 */
export function submissionProblems(request: RequestFacts): SubmissionProblem[] {
	if (request.status === 'draft') return [];
	const problems: SubmissionProblem[] = [];
	if (request.consent === 'not-asked' || request.consent === 'anonymous') {
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

/** A high-risk situation puts "call the coordinator now" before everything else. */
export function isHighRisk(highRisk: readonly string[] | undefined): boolean {
	return (highRisk ?? []).length > 0;
}

export type { HighRiskSituation };
