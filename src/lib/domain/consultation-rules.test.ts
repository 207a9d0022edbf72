import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHighRisk, submissionProblems, type RequestFacts } from './consultation-rules';

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

describe('isHighRisk', () => {
	it('is true as soon as one high-risk situation is chosen', () => {
		expect(isHighRisk([])).toBe(false);
		expect(isHighRisk(undefined)).toBe(false);
		expect(isHighRisk(['abduction-threat'])).toBe(true);
	});
});
