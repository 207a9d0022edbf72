import { describe, expect, it } from 'vitest';
import { loadLocale, localeFromPath, translator } from '.';
import { en } from './messages/en';
import { fi } from './messages/fi';
import { sv } from './messages/sv';

describe('translations', () => {
	it('has every Finnish key in Swedish and English, none empty and none extra', () => {
		const keys = Object.keys(fi).sort();
		for (const catalogue of [sv, en]) {
			expect(Object.keys(catalogue).sort()).toEqual(keys);
			for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
		}
	});

	it('keeps the same placeholders in every language', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(fi) as (keyof typeof fi)[]) {
			expect(placeholders(sv[key]), key).toEqual(placeholders(fi[key]));
			expect(placeholders(en[key]), key).toEqual(placeholders(fi[key]));
		}
	});

	it('loads a language on demand, answering in Finnish until then', async () => {
		expect(translator('sv')('nav.more')).toBe('Lisää');
		await loadLocale('sv');
		expect(translator('sv')('nav.more')).toBe('Mer');
	});

	it('fills placeholders and leaves unknown ones visible', async () => {
		await loadLocale('en');
		expect(translator('en')('directory.count', { count: 3 })).toBe('3 experts');
		expect(translator('fi')('directory.count')).toBe('{count} asiantuntijaa');
	});

	it('reads the public page language from its path', () => {
		expect(localeFromPath('/')).toBe('fi');
		expect(localeFromPath('/sv')).toBe('sv');
		expect(localeFromPath('/en/help')).toBe('en');
		expect(localeFromPath('/app/directory')).toBe('fi');
		expect(localeFromPath('/svenska')).toBe('fi');
	});
});
