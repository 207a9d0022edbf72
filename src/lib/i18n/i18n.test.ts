import { describe, expect, it } from 'vitest';
import { loadLocale, translator, useMessages } from '.';
import { enAdmin } from './messages/admin.en';
import { fiAdmin } from './messages/admin.fi';
import { svAdmin } from './messages/admin.sv';
import { enDirectory } from './messages/directory.en';
import { fiDirectory } from './messages/directory.fi';
import { svDirectory } from './messages/directory.sv';
import { enDesk } from './messages/desk.en';
import { fiDesk } from './messages/desk.fi';
import { svDesk } from './messages/desk.sv';
import { enConsultation } from './messages/consultation.en';
import { fiConsultation } from './messages/consultation.fi';
import { svConsultation } from './messages/consultation.sv';
import { enRecords } from './messages/records.en';
import { fiRecords } from './messages/records.fi';
import { svRecords } from './messages/records.sv';
import { enStats } from './messages/stats.en';
import { fiStats } from './messages/stats.fi';
import { svStats } from './messages/stats.sv';
import { en } from './messages/en';
import { fi } from './messages/fi';
import { sv } from './messages/sv';

const parts = {
	core: { fi, sv, en },
	directory: { fi: fiDirectory, sv: svDirectory, en: enDirectory },
	admin: { fi: fiAdmin, sv: svAdmin, en: enAdmin },
	records: { fi: fiRecords, sv: svRecords, en: enRecords },
	desk: { fi: fiDesk, sv: svDesk, en: enDesk },
	consultation: { fi: fiConsultation, sv: svConsultation, en: enConsultation },
	stats: { fi: fiStats, sv: svStats, en: enStats }
};

describe.each(Object.entries(parts))('translations of the %s texts', (_part, catalogues) => {
	const finnish = catalogues.fi as Record<string, string>;

	it('has every Finnish key in Swedish and English, none empty and none extra', () => {
		const keys = Object.keys(finnish).sort();
		for (const catalogue of [catalogues.sv, catalogues.en] as Record<string, string>[]) {
			expect(Object.keys(catalogue).sort()).toEqual(keys);
			for (const text of Object.values(catalogue)) expect(text.trim()).not.toBe('');
		}
	});

	it('keeps the same placeholders in every language', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(finnish)) {
			for (const catalogue of [catalogues.sv, catalogues.en] as Record<string, string>[]) {
				expect(placeholders(catalogue[key]!), key).toEqual(placeholders(finnish[key]!));
			}
		}
	});
});

describe('translations', () => {
	it('keeps each key in one part only', () => {
		const all = Object.values(parts).flatMap((part) => Object.keys(part.fi));
		expect(new Set(all).size).toBe(all.length);
	});

	it('loads a part with its screen, in every language in use', async () => {
		expect(translator('fi')('admin.users')).toBe('admin.users');
		await useMessages('admin', ['fi']);
		expect(translator('fi')('admin.users')).toBe('Käyttäjät');
	});

	it('loads a language on demand, answering in Finnish until then', async () => {
		expect(translator('sv')('nav.more')).toBe('Lisää');
		await loadLocale('sv');
		expect(translator('sv')('nav.more')).toBe('Mer');
	});

	it('fills placeholders and leaves unknown ones visible', async () => {
		await loadLocale('en');
		await useMessages('directory', ['en']);
		expect(translator('en')('directory.count', { count: 3 })).toBe('3 experts');
		expect(translator('fi')('directory.count')).toBe('{count} asiantuntijaa');
	});
});
