import { describe, expect, it } from 'vitest';
import { questionStart, requestState } from './request-state';

describe('requestState', () => {
	it('names the status, and the stage once there is one', () => {
		expect(requestState('draft', null, 'fi')).toBe('Luonnos');
		expect(requestState('submitted', 'trigger', 'sv')).toBe('Skickad · Impuls');
		expect(requestState('submitted', null, 'en')).toBe('Sent');
	});
});

describe('questionStart', () => {
	it('keeps a short question whole, on one line', () => {
		expect(questionStart('  Miten edetä?\nTaustaa: paljon  ')).toBe('Miten edetä?');
		expect(questionStart('')).toBe('');
	});

	it('cuts a long question at a word, with an ellipsis', () => {
		const question =
			'Miten turvata lapsen tapaamiset, kun toinen vanhempi uhkaa muuttaa ulkomaille ja käräjäoikeuden päätös odottaa?';
		const start = questionStart(question, 60);
		expect(start.length).toBeLessThanOrEqual(61);
		expect(start.endsWith('…')).toBe(true);
		expect(question.startsWith(start.slice(0, -1))).toBe(true);
		expect(start).not.toMatch(/\s…$/);
	});

	it('cuts one very long word where it reaches the limit', () => {
		expect(questionStart('a'.repeat(200), 10)).toBe(`${'a'.repeat(10)}…`);
	});
});
