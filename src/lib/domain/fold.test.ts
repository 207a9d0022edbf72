import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, slugify } from './fold';

describe('text folding', () => {
	it('folds Finnish and Swedish letters so plain typing finds them', () => {
		expect(foldText('Äänekoski')).toBe('aanekoski');
		expect(foldText('Östermark Storå')).toBe('ostermark stora');
		expect(slugify('Mänttä-Vilppula')).toBe('mantta-vilppula');
	});

	it('is idempotent and never grows the text', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				const once = foldText(text);
				expect(foldText(once)).toBe(once);
				expect(once.length).toBeLessThanOrEqual(text.normalize('NFD').length);
			})
		);
	});
});
