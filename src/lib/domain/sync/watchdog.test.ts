import { describe, expect, it } from 'vitest';
import { OutboxWatchdog, STALL_AFTER_MS } from './watchdog';

const minute = 60_000;

describe('outbox watchdog', () => {
	it('warns once changes have waited over ten minutes with the server answering', () => {
		const watchdog = new OutboxWatchdog(0);
		expect(watchdog.afterRound(1 * minute, 3, 0)).toBe(false);
		expect(watchdog.afterRound(10 * minute, 3, 0)).toBe(false);
		expect(watchdog.afterRound(10 * minute + 1, 3, 0)).toBe(true);
		expect(STALL_AFTER_MS).toBe(10 * minute);
	});

	it('starts the ten minutes again whenever something leaves or the outbox empties', () => {
		const watchdog = new OutboxWatchdog(0);
		expect(watchdog.afterRound(9 * minute, 5, 2)).toBe(false);
		expect(watchdog.afterRound(18 * minute, 3, 0)).toBe(false);
		expect(watchdog.afterRound(20 * minute, 3, 0)).toBe(true);
		expect(watchdog.afterRound(21 * minute, 0, 0)).toBe(false);
		expect(watchdog.afterRound(30 * minute, 1, 0)).toBe(false);
		expect(watchdog.afterRound(31 * minute + 1, 1, 0)).toBe(true);
	});
});
