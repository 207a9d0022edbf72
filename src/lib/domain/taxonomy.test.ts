import { describe, expect, it } from 'vitest';
import { defineTaxonomy } from './taxonomy';

const urgencies = defineTaxonomy([
	{ code: 'acute', label: { fi: 'Akuutti', sv: 'Akut', en: 'Acute' } },
	{ code: 'normal', label: { fi: 'Tavallinen', sv: 'Normal', en: 'Normal' } }
]);

describe('a taxonomy', () => {
	it('labels several codes as one line, in the order given, leaving out what is not given', () => {
		expect(urgencies.labels(['normal', null, 'acute', ''], 'fi')).toBe('Tavallinen, Akuutti');
		expect(urgencies.labels([], 'sv')).toBe('');
	});

	it('shows an unknown code as itself rather than nothing', () => {
		expect(urgencies.labels(['urgent'], 'en')).toBe('urgent');
	});
});
