import { describe, expect, it } from 'vitest';
import { JOURNAL_KEEP_DAYS, journalCutoff, prunable } from './journal-prune';

const now = '2026-12-31T12:00:00.000Z';
const cutoff = journalCutoff(now);
const entry = (ackedAt: string, versions: Record<string, number | null> = { note: 3 }) => ({
	ackedAt,
	versions
});

describe('which acknowledged changes a device may forget', () => {
	it('counts the window back from the server’s now', () => {
		expect(JOURNAL_KEEP_DAYS).toBe(35);
		expect(cutoff).toBe('2026-11-26T12:00:00.000Z');
		expect(journalCutoff(now, 1)).toBe('2026-12-30T12:00:00.000Z');
	});

	it('keeps what a backup inside the window would lose, however long the record has been held', () => {
		expect(prunable(entry('2026-12-30T09:00:00.000Z'), 9, cutoff)).toBe(false);
		expect(prunable(entry(cutoff), 9, cutoff)).toBe(false);
	});

	it('forgets an older one once the device holds the record at every acknowledged version', () => {
		const old = entry('2026-11-26T11:59:59.999Z', { note: 3, themes: 2 });
		expect(prunable(old, 3, cutoff)).toBe(true);
		expect(prunable(old, 7, cutoff)).toBe(true);
	});

	it('keeps an older one while a pull has not yet brought back what was acknowledged', () => {
		expect(prunable(entry('2026-10-01T00:00:00.000Z', { note: 3, themes: 2 }), 2, cutoff)).toBe(
			false
		);
		expect(prunable(entry('2026-10-01T00:00:00.000Z'), 0, cutoff)).toBe(false);
	});

	it('lets a duplicate’s unknown version ask nothing, and a record no longer held go on age alone', () => {
		expect(prunable(entry('2026-10-01T00:00:00.000Z', { note: null }), 0, cutoff)).toBe(true);
		expect(prunable(entry('2026-10-01T00:00:00.000Z'), undefined, cutoff)).toBe(true);
		expect(prunable(entry('2026-12-01T00:00:00.000Z'), undefined, cutoff)).toBe(false);
	});
});
