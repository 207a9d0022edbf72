import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	consultationGaps,
	isHighRisk,
	submissionProblems,
	urgencyAfterHighRisk,
	type RequestFacts
} from './consultation-rules';

const sent = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({
	status: 'submitted',
	consent: 'given',
	consentDate: '2026-11-24',
	consentMethod: 'in-person',
	consentJustification: '',
	question: 'Miten edetä?',
	...overrides
});

describe('submissionProblems', () => {
	it('accepts a complete request with consent given', () => {
		expect(submissionProblems(sent())).toEqual([]);
	});

	it('keeps a request whose consent was not asked from leaving the draft state', () => {
		expect(submissionProblems(sent({ consent: 'not-asked' })).map((p) => p.code)).toEqual([
			'consent-not-asked'
		]);
	});

	it('needs the date and the way of informing when consent was given', () => {
		const codes = submissionProblems(sent({ consentDate: null, consentMethod: null })).map(
			(p) => p.code
		);
		expect(codes).toEqual(['consent-date-missing', 'consent-method-missing']);
	});

	it('needs a written justification to go ahead without consent', () => {
		expect(
			submissionProblems(sent({ consent: 'best-interest', consentJustification: 'lyhyt' })).map(
				(p) => p.code
			)
		).toEqual(['justification-missing']);
		expect(
			submissionProblems(
				sent({
					consent: 'best-interest',
					consentJustification: 'Lapsen turvallisuus vaarantuu viivytyksestä.'
				})
			)
		).toEqual([]);
	});

	it('needs the question, and blank text does not count', () => {
		expect(submissionProblems(sent({ question: '   ' })).map((p) => p.code)).toEqual([
			'question-missing'
		]);
	});

	it('lets a draft be anything', () => {
		fc.assert(
			fc.property(
				fc.record({
					consent: fc.constantFrom('given', 'best-interest', 'not-asked', 'anonymous'),
					consentDate: fc.option(fc.string()),
					consentMethod: fc.option(fc.string()),
					consentJustification: fc.string(),
					question: fc.string()
				}),
				(facts) => {
					expect(submissionProblems({ ...facts, status: 'draft' })).toEqual([]);
				}
			)
		);
	});

	it('never lets a request without consent asked leave the draft state, whatever else it holds', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('submitted', 'closed', 'withdrawn'),
				fc.string(),
				(status, question) => {
					const codes = submissionProblems(sent({ status, consent: 'not-asked', question })).map(
						(problem) => problem.code
					);
					expect(codes).toContain('consent-not-asked');
				}
			)
		);
	});
});

describe('submissionProblems for a case a coordinator receives', () => {
	const incomplete = sent({
		consentDate: null,
		consentMethod: null,
		question: ''
	});

	it('keeps the requester to a complete request', () => {
		expect(submissionProblems(incomplete).map((p) => p.code)).toEqual([
			'consent-date-missing',
			'consent-method-missing',
			'question-missing'
		]);
		// The requester's form does not offer an anonymous request.
		expect(submissionProblems(sent({ consent: 'anonymous' })).map((p) => p.code)).toEqual([
			'consent-not-asked'
		]);
	});

	it('lets a coordinator receive a case whose details are still to come', () => {
		expect(submissionProblems(incomplete, 'coordinator')).toEqual([]);
		expect(
			submissionProblems(
				sent({ consent: 'best-interest', consentJustification: '', question: '' }),
				'coordinator'
			)
		).toEqual([]);
	});

	it('lets a coordinator receive an anonymous consultation: it identifies nobody', () => {
		expect(submissionProblems(sent({ consent: 'anonymous' }), 'coordinator')).toEqual([]);
	});

	it('never lets a case without consent asked leave the draft state, whoever receives it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('submitted', 'closed', 'withdrawn'),
				fc.constantFrom('requester' as const, 'coordinator' as const),
				fc.record({
					consentDate: fc.option(fc.string()),
					consentMethod: fc.option(fc.string()),
					consentJustification: fc.string(),
					question: fc.string()
				}),
				(status, receiver, facts) => {
					const codes = submissionProblems(
						{ ...facts, status, consent: 'not-asked' },
						receiver
					).map((problem) => problem.code);
					expect(codes).toContain('consent-not-asked');
					// A coordinator's case is refused for that alone: the rest is for the case page.
					if (receiver === 'coordinator') expect(codes).toEqual(['consent-not-asked']);
				}
			)
		);
	});
});

describe('consultationGaps', () => {
	it('names what a received case still lacks, whatever its status', () => {
		expect(consultationGaps(sent())).toEqual([]);
		expect(
			consultationGaps(sent({ status: 'draft', consentMethod: null, question: ' ' })).map(
				(p) => p.code
			)
		).toEqual(['consent-method-missing', 'question-missing']);
		expect(
			consultationGaps(sent({ consent: 'best-interest', consentJustification: 'lyhyt' })).map(
				(p) => p.field
			)
		).toEqual(['consentJustification']);
	});

	it('asks nothing about consent of an anonymous consultation, and asks for consent not asked', () => {
		expect(consultationGaps(sent({ consent: 'anonymous', consentDate: null }))).toEqual([]);
		expect(consultationGaps(sent({ consent: 'not-asked' })).map((p) => p.code)).toEqual([
			'consent-not-asked'
		]);
	});
});

describe('isHighRisk', () => {
	it('is true as soon as one high-risk situation is chosen', () => {
		expect(isHighRisk([])).toBe(false);
		expect(isHighRisk(undefined)).toBe(false);
		expect(isHighRisk(['abduction-threat'])).toBe(true);
	});
});

describe('urgencyAfterHighRisk', () => {
	const normal = { urgency: 'normal', raisedByRisk: false } as const;
	const risk = ['abduction-threat'];

	it('raises a request at the default level to the most urgent one when high risk is marked', () => {
		expect(urgencyAfterHighRisk([], risk, normal)).toEqual({
			urgency: 'acute',
			raisedByRisk: true
		});
	});

	it('keeps a level the worker chose', () => {
		const urgent = { urgency: 'urgent', raisedByRisk: false } as const;
		expect(urgencyAfterHighRisk([], risk, urgent)).toEqual(urgent);
		// A second situation changes nothing: the worker may have lowered it on purpose.
		expect(urgencyAfterHighRisk(risk, [...risk, 'serious-violence-threat'], normal)).toEqual(
			normal
		);
	});

	it("undoes its own raise when the last high-risk mark is cleared, not the worker's choice", () => {
		const raised = urgencyAfterHighRisk([], risk, normal);
		expect(urgencyAfterHighRisk(risk, [], raised)).toEqual(normal);
		const chosen = { urgency: 'acute', raisedByRisk: false } as const;
		expect(urgencyAfterHighRisk(risk, [], chosen)).toEqual(chosen);
	});
});
