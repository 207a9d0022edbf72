import { describe, expect, it } from 'vitest';
import { isEmptyDraft, parseDraft, planAsText, planSections, type PlanDraft } from './plan';

describe('parenting plan draft', () => {
	it('has the sections of THL’s model', () => {
		expect(planSections).toEqual([
			'needs',
			'living',
			'information',
			'money',
			'school',
			'hobbies',
			'health',
			'culture',
			'holidays',
			'review'
		]);
	});

	it('reads back only what it stored, and ignores anything else', () => {
		const draft: PlanDraft = {
			version: 1,
			savedAt: '2026-11-25T10:00:00Z',
			sections: { money: 'Puoliksi' }
		};
		expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
		expect(
			parseDraft(JSON.stringify({ ...draft, sections: { money: 1, other: 'x' } }))?.sections
		).toEqual({});
		expect(parseDraft('not json')).toBeUndefined();
		expect(parseDraft(JSON.stringify({ version: 2, sections: {} }))).toBeUndefined();
		expect(parseDraft(null)).toBeUndefined();
		expect(isEmptyDraft({ version: 1, savedAt: '', sections: { needs: '  ' } })).toBe(true);
	});

	it('exports every section as plain text, with a dash for an empty one', () => {
		const text = planAsText(
			{ version: 1, savedAt: '', sections: { needs: 'Rauhaa ja rutiineja' } },
			{
				title: 'Vanhemmuussuunnitelma',
				date: 'Tallennettu 25.11.2026',
				section: (id) => `Osio ${id}`
			}
		);
		expect(text.split('\n').slice(0, 6)).toEqual([
			'Vanhemmuussuunnitelma',
			'Tallennettu 25.11.2026',
			'',
			'Osio needs',
			'----------',
			'Rauhaa ja rutiineja'
		]);
		expect(text).toContain('Osio money\n----------\n–\n');
	});
});
