import { describe, expect, it } from 'vitest';
import { familyLanguages } from '../languages';
import { chromeMessages, toolMessages } from '.';

const placeholders = (text: string) =>
	[...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();

describe('family page texts', () => {
	it('has every text in every shipped language, with the same placeholders', () => {
		const keys = Object.keys(chromeMessages.fi);
		for (const lang of familyLanguages) {
			const messages = chromeMessages[lang] as Record<string, string>;
			expect(Object.keys(messages).sort(), lang).toEqual([...keys].sort());
			for (const key of keys) {
				expect(messages[key]!.trim(), `${lang} ${key}`).not.toBe('');
				expect(placeholders(messages[key]!), `${lang} ${key}`).toEqual(
					placeholders((chromeMessages.fi as Record<string, string>)[key]!)
				);
			}
		}
	});

	it('has the plan and clear-data texts in every shipped language', () => {
		const keys = Object.keys(toolMessages.fi).sort();
		expect(Object.keys(toolMessages).sort()).toEqual([...familyLanguages].sort());
		for (const messages of Object.values(toolMessages)) {
			expect(Object.keys(messages).sort()).toEqual(keys);
			for (const key of keys) {
				expect((messages as Record<string, string>)[key]!.trim()).not.toBe('');
				expect(placeholders((messages as Record<string, string>)[key]!)).toEqual(
					placeholders((toolMessages.fi as Record<string, string>)[key]!)
				);
			}
		}
	});
});
