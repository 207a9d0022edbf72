import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fi } from './fi';
import { directoryAdminTranslator } from './index';
import { sv } from './sv';

describe('directory administration texts', () => {
	it('has every Finnish key in Swedish and English with the same placeholders', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const catalogue of [sv, en]) {
			expect(Object.keys(catalogue).sort()).toEqual(Object.keys(fi).sort());
			for (const key of Object.keys(fi) as (keyof typeof fi)[]) {
				expect(catalogue[key].trim(), key).not.toBe('');
				expect(placeholders(catalogue[key]), key).toEqual(placeholders(fi[key]));
			}
		}
	});

	it('fills placeholders in the chosen language', () => {
		expect(directoryAdminTranslator('sv')('editTitle', { name: 'Aino' })).toBe('Ändra: Aino');
		expect(directoryAdminTranslator('en')('shown', { shown: 50 })).toBe('Showing 50 / {total}');
	});
});
