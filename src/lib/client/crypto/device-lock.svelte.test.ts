import { flushSync } from 'svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeviceLockError } from './device-lock-error';
import { DEFAULT_IDLE_MS, DeviceLock } from './device-lock.svelte';
import { decryptField, encryptField } from './fields';
import { WeakKdfError } from './kdf';
import { MemoryKeyStore } from './key-store';
import type { LockWindow } from './lock-activity';

const PIN = '482915';
const PASSWORD = 'Kesä-2025 salasana';
const testKdf = { iterations: 1000, insecureTestIterations: true } as const;

let store: MemoryKeyStore;
let now: number;
const clock = () => now;
const newLock = () => new DeviceLock(store, { ...testKdf, now: clock });

async function unlockedLock(): Promise<DeviceLock> {
	const lock = newLock();
	await lock.load();
	await lock.setup(PIN, PASSWORD);
	return lock;
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
	await expect(promise).rejects.toSatisfy(
		(error) => error instanceof DeviceLockError && error.code === code
	);
}

beforeEach(() => {
	store = new MemoryKeyStore();
	now = 1_750_000_000_000;
});

describe('DeviceLock setup and unlocking', () => {
	it('starts locked, finds no key, and after setup holds a non-extractable key', async () => {
		const lock = newLock();
		expect(lock.status).toBe('locked');
		expect(() => lock.key).toThrow(DeviceLockError);
		expect(await lock.load()).toBe('no-key');

		await lock.setup(PIN, PASSWORD);
		expect(lock.status).toBe('unlocked');
		expect(lock.hasPin).toBe(true);
		expect(lock.key.extractable).toBe(false);
		await expect(crypto.subtle.exportKey('raw', lock.key)).rejects.toThrow();

		const stored = await store.load();
		expect(stored?.pin?.iterations).toBe(1000);
		expect(stored?.password.salt).not.toBe(stored?.pin?.salt);
		expect(stored?.failedPinAttempts).toBe(0);
	});

	it('rejects invalid PINs and stores nothing', async () => {
		const lock = newLock();
		await lock.load();
		for (const bad of ['12345', '12a456', '', '123 456']) {
			await rejectsWith(lock.setup(bad, PASSWORD), 'invalid-pin');
		}
		await rejectsWith(lock.setup(PIN, ''), 'invalid-password');
		expect(await store.load()).toBeUndefined();
		expect(lock.status).toBe('no-key');
	});

	it('opens under the password alone at sign-in, then takes the PIN over the same key', async () => {
		const lock = newLock();
		await lock.load();
		await rejectsWith(lock.setupWithPassword(''), 'invalid-password');
		expect(await store.load()).toBeUndefined();

		await lock.setupWithPassword(PASSWORD);
		expect(lock.status).toBe('unlocked');
		expect(lock.hasPin).toBe(false);
		const stored = await store.load();
		expect(stored?.pin).toBeUndefined();
		expect(stored?.password.iterations).toBe(1000);
		// What is pulled while the PIN is typed is written under this key.
		const pulled = await encryptField(lock.key, 'Soitto koulukuraattorilta');

		await lock.setPin(PIN);
		expect(lock.hasPin).toBe(true);
		lock.lock();
		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'ok' });
		expect(await decryptField(lock.key, pulled)).toBe('Soitto koulukuraattorilta');
		lock.lock();
		expect(await lock.unlockWithPassword(PASSWORD)).toEqual({ status: 'ok', hasPin: true });
		expect(await decryptField(lock.key, pulled)).toBe('Soitto koulukuraattorilta');
		await rejectsWith(newLock().setupWithPassword(PASSWORD), 'key-exists');
	});

	it('never replaces existing key material', async () => {
		await unlockedLock();
		const before = await store.load();
		const again = newLock();
		await rejectsWith(again.setup('999999', 'other'), 'key-exists');
		expect(await store.load()).toEqual(before);
	});

	it('locks, drops the key, and unlocks with the PIN to read earlier data', async () => {
		const lock = await unlockedLock();
		const field = await encryptField(lock.key, { note: 'Tapaamisriita' });
		lock.lock();
		expect(lock.status).toBe('locked');
		expect(() => lock.key).toThrow(DeviceLockError);

		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'ok' });
		expect(await decryptField(lock.key, field)).toEqual({ note: 'Tapaamisriita' });
	});

	it('refuses to unlock when there is no key', async () => {
		const lock = newLock();
		await rejectsWith(lock.unlockWithPin(PIN), 'no-key');
		await rejectsWith(lock.unlockWithPassword(PASSWORD), 'no-key');
		expect(lock.status).toBe('no-key');
	});

	it('exposes its status reactively', async () => {
		const lock = newLock();
		const seen: string[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(lock.status);
			});
		});
		flushSync();
		await lock.load();
		flushSync();
		await lock.setup(PIN, PASSWORD);
		flushSync();
		lock.lock();
		flushSync();
		stop();
		expect(seen).toEqual(['locked', 'no-key', 'unlocked', 'locked']);
	});
});

describe('wrong PINs', () => {
	it('counts down, and the fifth in a row removes the PIN wrap but not the password wrap', async () => {
		const lock = await unlockedLock();
		const field = await encryptField(lock.key, 'keskeneräinen kirjaus');
		lock.lock();

		for (const left of [4, 3, 2, 1]) {
			expect(await lock.unlockWithPin('000000')).toEqual({ status: 'wrong', attemptsLeft: left });
			expect(lock.attemptsLeft).toBe(left);
			expect(lock.status).toBe('locked');
		}
		expect(await lock.unlockWithPin('000000')).toEqual({ status: 'pin-removed' });
		expect(lock.hasPin).toBe(false);
		const stored = await store.load();
		expect(stored?.pin).toBeUndefined();
		expect(stored?.password).toBeDefined();

		// Even the right PIN no longer helps; the password does, and the data is intact.
		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'pin-removed' });
		expect(lock.status).toBe('locked');
		expect(await lock.unlockWithPassword(PASSWORD)).toEqual({ status: 'ok', hasPin: false });
		expect(await decryptField(lock.key, field)).toBe('keskeneräinen kirjaus');
	});

	it('resets the count after a correct PIN', async () => {
		const lock = await unlockedLock();
		lock.lock();
		for (let i = 0; i < 3; i++) await lock.unlockWithPin('111111');
		expect(lock.attemptsLeft).toBe(2);
		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'ok' });
		expect(lock.attemptsLeft).toBe(5);
		expect((await store.load())?.failedPinAttempts).toBe(0);
		lock.lock();
		for (const left of [4, 3, 2, 1]) {
			expect(await lock.unlockWithPin('111111')).toEqual({ status: 'wrong', attemptsLeft: left });
		}
	});

	it('keeps the count across restarts and concurrent tries', async () => {
		const lock = await unlockedLock();
		lock.lock();
		const results = await Promise.all([lock.unlockWithPin('111111'), lock.unlockWithPin('222222')]);
		expect(results).toEqual([
			{ status: 'wrong', attemptsLeft: 4 },
			{ status: 'wrong', attemptsLeft: 3 }
		]);
		const reopened = newLock();
		await reopened.load();
		expect(reopened.attemptsLeft).toBe(3);
		expect(await reopened.unlockWithPin('333333')).toEqual({ status: 'wrong', attemptsLeft: 2 });
	});

	it('rejects a malformed PIN without counting it', async () => {
		const lock = await unlockedLock();
		lock.lock();
		await rejectsWith(lock.unlockWithPin('12345'), 'invalid-pin');
		expect((await store.load())?.failedPinAttempts).toBe(0);
	});

	it('refuses weak stored material in a production setup without counting a try', async () => {
		await unlockedLock();
		const production = new DeviceLock(store, { now: clock });
		await production.load();
		await expect(production.unlockWithPin(PIN)).rejects.toThrow(WeakKdfError);
		expect((await store.load())?.failedPinAttempts).toBe(0);
	});
});

describe('password', () => {
	it('a wrong password changes nothing and the data stays encrypted, never deleted', async () => {
		const lock = await unlockedLock();
		lock.lock();
		for (let i = 0; i < 5; i++) await lock.unlockWithPin('000000');
		const before = await store.load();
		for (let i = 0; i < 10; i++) {
			expect(await lock.unlockWithPassword(`unohtunut-${i}`)).toEqual({ status: 'wrong' });
		}
		expect(await store.load()).toEqual(before);
		expect(lock.status).toBe('locked');
		expect(await lock.unlockWithPassword(PASSWORD)).toEqual({ status: 'ok', hasPin: false });
	});

	it('unlocks always and clears the PIN counter', async () => {
		const lock = await unlockedLock();
		lock.lock();
		await lock.unlockWithPin('000000');
		await lock.unlockWithPin('000000');
		expect(await lock.unlockWithPassword(PASSWORD)).toEqual({ status: 'ok', hasPin: true });
		expect(lock.attemptsLeft).toBe(5);
		expect((await store.load())?.failedPinAttempts).toBe(0);
	});

	it('changes: the data key is re-wrapped under the new password', async () => {
		const lock = await unlockedLock();
		const field = await encryptField(lock.key, 42);
		await lock.changePassword('Uusi salasana 2026');
		lock.lock();
		expect(await lock.unlockWithPassword(PASSWORD)).toEqual({ status: 'wrong' });
		expect(await lock.unlockWithPassword('Uusi salasana 2026')).toEqual({
			status: 'ok',
			hasPin: true
		});
		expect(await decryptField(lock.key, field)).toBe(42);
		lock.lock();
		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'ok' });
	});

	it('cannot be changed, nor a PIN set, while locked', async () => {
		const lock = await unlockedLock();
		const before = await store.load();
		lock.lock();
		await rejectsWith(lock.changePassword('uusi'), 'locked');
		await rejectsWith(lock.setPin('654321'), 'locked');
		expect(await store.load()).toEqual(before);
	});
});

describe('setPin', () => {
	it('re-wraps the data key under the new PIN after a password unlock', async () => {
		const lock = await unlockedLock();
		const field = await encryptField(lock.key, 'tieto');
		lock.lock();
		for (let i = 0; i < 5; i++) await lock.unlockWithPin('000000');
		await lock.unlockWithPassword(PASSWORD);
		const passwordWrap = (await store.load())?.password;

		await lock.setPin('13572468');
		expect(lock.hasPin).toBe(true);
		expect((await store.load())?.password).toEqual(passwordWrap);
		lock.lock();
		expect(await lock.unlockWithPin(PIN)).toEqual({ status: 'wrong', attemptsLeft: 4 });
		expect(await lock.unlockWithPin('13572468')).toEqual({ status: 'ok' });
		expect(await decryptField(lock.key, field)).toBe('tieto');
	});

	it('replaces the old PIN wrap with a new salt', async () => {
		const lock = await unlockedLock();
		const oldWrap = (await store.load())?.pin;
		await lock.setPin('555666');
		const newWrap = (await store.load())?.pin;
		expect(newWrap?.salt).not.toBe(oldWrap?.salt);
		expect(newWrap?.wrapped).not.toBe(oldWrap?.wrapped);
		await rejectsWith(lock.setPin('5556'), 'invalid-pin');
	});
});

describe('auto-lock', () => {
	it('locks after the idle time since the last activity (default 5 minutes)', async () => {
		const lock = await unlockedLock();
		expect(lock.idleMs).toBe(DEFAULT_IDLE_MS);
		expect(DEFAULT_IDLE_MS).toBe(300_000);
		const start = now;
		expect(lock.checkIdle(start + 299_999)).toBe(false);
		lock.touch(start + 200_000);
		expect(lock.checkIdle(start + 499_999)).toBe(false);
		expect(lock.status).toBe('unlocked');
		expect(lock.checkIdle(start + 500_000)).toBe(true);
		expect(lock.status).toBe('locked');
		expect(() => lock.key).toThrow(DeviceLockError);
	});

	it('locks when the page comes back after being hidden that long', async () => {
		const lock = new DeviceLock(store, { ...testKdf, now: clock, idleMs: 60_000 });
		await lock.load();
		await lock.setup(PIN, PASSWORD);
		lock.pageHidden(now + 1000);
		lock.touch(now + 30_000);
		lock.pageVisible(now + 40_000);
		expect(lock.status).toBe('unlocked');

		// Time hidden counts on its own, even if something touched the page meanwhile.
		lock.pageHidden(now + 50_000);
		lock.touch(now + 100_000);
		lock.pageVisible(now + 109_999);
		expect(lock.status).toBe('unlocked');
		lock.pageHidden(now + 110_000);
		lock.touch(now + 160_000);
		lock.pageVisible(now + 170_000);
		expect(lock.status).toBe('locked');
	});

	it('is wired to a window by start() and unwired by its clean-up', async () => {
		const lock = await unlockedLock();
		const win = fakeWindow();
		const stop = lock.start(win.window);
		expect(win.intervalMs).toBe(15_000);

		now += 200_000;
		win.window.dispatchEvent(new Event('keydown'));
		now += 200_000;
		win.tick();
		expect(lock.status).toBe('unlocked');

		// Coming back checks at once, without waiting for the (stalled) interval.
		win.setVisibility('hidden');
		now += DEFAULT_IDLE_MS;
		win.setVisibility('visible');
		expect(lock.status).toBe('locked');

		stop();
		expect(win.intervalCleared).toBe(true);
		await lock.unlockWithPin(PIN);
		now += 1000;
		win.window.dispatchEvent(new Event('pointerdown'));
		now += DEFAULT_IDLE_MS - 500;
		// The listener is gone, so that pointerdown did not count as activity.
		expect(lock.checkIdle()).toBe(true);
	});
});

function fakeWindow() {
	const document = Object.assign(new EventTarget(), {
		visibilityState: 'visible' as DocumentVisibilityState
	});
	const state = {
		handler: undefined as (() => void) | undefined,
		intervalMs: 0,
		intervalCleared: false
	};
	const window = Object.assign(new EventTarget(), {
		document,
		setInterval: (handler: () => void, ms: number) => {
			state.handler = handler;
			state.intervalMs = ms;
			return 7;
		},
		clearInterval: (id: number) => {
			state.intervalCleared = id === 7;
		}
	}) as unknown as LockWindow & EventTarget;
	return {
		window,
		get intervalMs() {
			return state.intervalMs;
		},
		get intervalCleared() {
			return state.intervalCleared;
		},
		tick: () => state.handler?.(),
		setVisibility(visibility: DocumentVisibilityState) {
			document.visibilityState = visibility;
			document.dispatchEvent(new Event('visibilitychange'));
		}
	};
}
