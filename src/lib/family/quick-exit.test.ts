import { describe, expect, it } from 'vitest';
import { ExitKeys, isTextField } from './quick-exit';

describe('quick-exit keys', () => {
	it('leaves on Escape', () => {
		expect(new ExitKeys().press('Escape', 0)).toBe(true);
	});

	it('leaves on Shift pressed three times in a row, quickly', () => {
		const keys = new ExitKeys(800);
		expect(keys.press('Shift', 0)).toBe(false);
		expect(keys.press('Shift', 300)).toBe(false);
		expect(keys.press('Shift', 600)).toBe(true);
	});

	it('does not leave when typing capitals, holding Shift, pausing or composing', () => {
		const typing = new ExitKeys(800);
		for (const [key, at] of [
			['Shift', 0],
			['A', 50],
			['Shift', 100],
			['B', 150],
			['Shift', 200]
		] as const) {
			expect(typing.press(key, at)).toBe(false);
		}
		const holding = new ExitKeys(800);
		expect([
			holding.press('Shift', 0),
			holding.press('Shift', 30, true),
			holding.press('Shift', 60, true)
		]).toEqual([false, false, false]);
		const slow = new ExitKeys(800);
		expect([slow.press('Shift', 0), slow.press('Shift', 900), slow.press('Shift', 1800)]).toEqual([
			false,
			false,
			false
		]);
		expect(new ExitKeys().press('Escape', 0, false, true)).toBe(false);
	});

	it('does not leave on Escape while the reader types in a text field, but on Shift × 3', () => {
		const keys = new ExitKeys(800);
		expect(keys.press('Escape', 0, false, false, true)).toBe(false);
		expect([
			keys.press('Shift', 100, false, false, true),
			keys.press('Shift', 200, false, false, true),
			keys.press('Shift', 300, false, false, true)
		]).toEqual([false, false, true]);
	});

	it('knows which elements take typed text', () => {
		expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
		expect(isTextField({ tagName: 'INPUT', type: 'search' })).toBe(true);
		expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
		expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
		expect(isTextField({ tagName: 'A' })).toBe(false);
		expect(isTextField(null)).toBe(false);
	});
});
