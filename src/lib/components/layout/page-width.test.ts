import { describe, expect, it } from 'vitest';
import { pageWidth } from './page-width';

describe('page width by kind of page', () => {
	it('gives the board the whole width and work surfaces room for two columns', () => {
		expect(pageWidth('/app/cases')).toBe('full');
		expect(pageWidth('/app/cases/')).toBe('full');
		expect(pageWidth('/app/cases/0190a5b2')).toBe('wide');
		expect(pageWidth('/app/desk')).toBe('wide');
		expect(pageWidth('/app/stats')).toBe('wide');
		expect(pageWidth('/app/admin/audit')).toBe('wide');
	});

	it('keeps forms and reading pages in a reading column', () => {
		expect(pageWidth('/app')).toBe('reading');
		expect(pageWidth('/app/log')).toBe('reading');
		expect(pageWidth('/app/requests/abc')).toBe('reading');
		expect(pageWidth('/app/more')).toBe('reading');
		expect(pageWidth('/app/directory/expert/abc')).toBe('reading');
		expect(pageWidth('/app/desktop')).toBe('reading');
	});
});
