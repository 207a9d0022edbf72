import { checkPassword, checkPin, DeviceLockError } from './device-lock-error';
import { checkIterations, type KdfOptions } from './kdf';
import { MAX_PIN_ATTEMPTS, type KeyMaterial } from './key-material';
import type { KeyMaterialStore } from './key-store';
import { watchActivity, type LockWindow } from './lock-activity';
import { generateDataKey, UnlockedKey, WrongSecretError, wrapWithSecret } from './wrap';

export type LockStatus = 'no-key' | 'locked' | 'unlocked';

export type PinUnlockResult =
	{ status: 'ok' } | { status: 'wrong'; attemptsLeft: number } | { status: 'pin-removed' };

/** `hasPin` false means the UI should ask for a new PIN now. */
export type PasswordUnlockResult = { status: 'ok'; hasPin: boolean } | { status: 'wrong' };

export interface DeviceLockOptions extends KdfOptions {
	/** Inactivity (or time hidden) after which the key is dropped; default 5 minutes. */
	idleMs?: number;
	/** Clock in milliseconds; injectable so idle locking is testable without timers. */
	now?: () => number;
}

export const DEFAULT_IDLE_MS = 5 * 60_000;
const WEB_LOCK = 'lahelle-device-key';

/**
 * The device's data key for the UI: set up with a PIN and the account password, unlocked by
 * either, held in memory only as a non-extractable key, and dropped when idle or hidden too long.
 */
export class DeviceLock {
	#status = $state<LockStatus>('locked');
	#hasPin = $state(false);
	#attemptsLeft = $state(MAX_PIN_ATTEMPTS);
	#unlocked: UnlockedKey | undefined;
	#lastActivity: number;
	#hiddenAt: number | undefined;
	#queue: Promise<unknown> = Promise.resolve();
	readonly #store: KeyMaterialStore;
	readonly #kdf: KdfOptions;
	readonly #now: () => number;
	#idleMs: number;

	constructor(store: KeyMaterialStore, options: DeviceLockOptions = {}) {
		const { idleMs = DEFAULT_IDLE_MS, now = Date.now, ...kdf } = options;
		if (!(idleMs > 0)) throw new RangeError('idleMs must be positive');
		this.#store = store;
		this.#kdf = kdf;
		this.#now = now;
		this.#idleMs = idleMs;
		this.#lastActivity = now();
	}

	/** Idle time after which the app locks; the user may change it in settings. */
	get idleMs(): number {
		return this.#idleMs;
	}

	set idleMs(value: number) {
		if (!(value > 0)) throw new RangeError('idleMs must be positive');
		this.#idleMs = value;
	}

	/** 'locked' until `load` has read the store: the safe answer when nothing is known yet. */
	get status(): LockStatus {
		return this.#status;
	}

	/** Whether a PIN can unlock: false before setup and after too many wrong PINs. */
	get hasPin(): boolean {
		return this.#hasPin;
	}

	get attemptsLeft(): number {
		return this.#attemptsLeft;
	}

	/** The data key for `encryptField`/`decryptField`; throws when the device is locked. */
	get key(): CryptoKey {
		if (this.#status !== 'unlocked' || !this.#unlocked) throw new DeviceLockError('locked');
		return this.#unlocked.key;
	}

	/** Reads the stored material and sets the status from it. */
	load(): Promise<LockStatus> {
		return this.#exclusive(async () => {
			this.#show(await this.#store.load());
			return this.#status;
		});
	}

	/**
	 * First use after a sign-in with an identity provider: a new data key, wrapped by the PIN
	 * and by the recovery password the person chose with it.
	 */
	async setup(pin: string, password: string): Promise<void> {
		checkPin(pin);
		checkPassword(password);
		return this.#create(async (dataKey) => {
			// Side by side: the browser derives each on its own thread, and the person waits once.
			const [pinWrap, passwordWrap] = await Promise.all([
				wrapWithSecret(dataKey, pin, this.#kdf),
				wrapWithSecret(dataKey, password, this.#kdf)
			]);
			return { version: 1, pin: pinWrap, password: passwordWrap, failedPinAttempts: 0 };
		});
	}

	/**
	 * First use after a sign-in with the password: a new data key, wrapped by the password, and
	 * the device open; the PIN is added next (setPin). So the person's records start coming the
	 * moment the password is accepted, while the PIN is being typed (issue 14). Until a PIN is
	 * set, the password opens the device (as after five wrong PINs).
	 */
	async setupWithPassword(password: string): Promise<void> {
		checkPassword(password);
		return this.#create(async (dataKey) => ({
			version: 1,
			password: await wrapWithSecret(dataKey, password, this.#kdf),
			failedPinAttempts: 0
		}));
	}

	async #create(wrap: (dataKey: CryptoKey) => Promise<KeyMaterial>): Promise<void> {
		return this.#exclusive(async () => {
			// Never replace existing material: the data encrypted under it would become unreadable.
			if (await this.#store.load()) throw new DeviceLockError('key-exists');
			const dataKey = await generateDataKey();
			const material = await wrap(dataKey);
			const unlocked = await UnlockedKey.from(dataKey);
			await this.#store.save(material);
			this.#show(material, unlocked);
		});
	}

	async unlockWithPin(pin: string): Promise<PinUnlockResult> {
		checkPin(pin);
		return this.#exclusive(async (): Promise<PinUnlockResult> => {
			const material = await this.#loadExisting();
			if (!material.pin) return { status: 'pin-removed' };
			// A refused iteration count is a setup fault, not a wrong PIN: check before counting.
			checkIterations(material.pin.iterations, this.#kdf);
			// The try is counted before it is made, so closing the page mid-check does not undo it.
			const failed = material.failedPinAttempts + 1;
			await this.#store.save({ ...material, failedPinAttempts: failed });
			try {
				const unlocked = await UnlockedKey.open(material.pin, pin, this.#kdf);
				const reset = { ...material, failedPinAttempts: 0 };
				await this.#store.save(reset);
				this.#show(reset, unlocked);
				return { status: 'ok' };
			} catch (error) {
				if (!(error instanceof WrongSecretError)) throw error;
			}
			if (failed >= MAX_PIN_ATTEMPTS) {
				// Only the PIN wrap goes; the password wrap and the data always stay.
				const withoutPin: KeyMaterial = { ...material, failedPinAttempts: 0 };
				delete withoutPin.pin;
				await this.#store.save(withoutPin);
				this.#show(withoutPin);
				return { status: 'pin-removed' };
			}
			this.#show({ ...material, failedPinAttempts: failed });
			return { status: 'wrong', attemptsLeft: MAX_PIN_ATTEMPTS - failed };
		});
	}

	/** Always possible, however many wrong PINs; a success also clears the PIN counter. */
	async unlockWithPassword(password: string): Promise<PasswordUnlockResult> {
		checkPassword(password);
		return this.#exclusive(async (): Promise<PasswordUnlockResult> => {
			let material = await this.#loadExisting();
			let unlocked: UnlockedKey;
			try {
				unlocked = await UnlockedKey.open(material.password, password, this.#kdf);
			} catch (error) {
				if (error instanceof WrongSecretError) return { status: 'wrong' };
				throw error;
			}
			if (material.failedPinAttempts !== 0) {
				material = { ...material, failedPinAttempts: 0 };
				await this.#store.save(material);
			}
			this.#show(material, unlocked);
			return { status: 'ok', hasPin: material.pin !== undefined };
		});
	}

	/** Wraps the data key under a new PIN (e.g. after a password unlock); needs it unlocked. */
	async setPin(newPin: string): Promise<void> {
		checkPin(newPin);
		return this.#exclusive(async () => {
			const unlocked = this.#requireUnlocked();
			const material = await this.#loadExisting();
			const pin = await unlocked.rewrap(newPin, this.#kdf);
			const updated: KeyMaterial = { ...material, pin, failedPinAttempts: 0 };
			await this.#store.save(updated);
			this.#show(updated, unlocked);
		});
	}

	/** After the account password changed: wraps the data key under the new one. */
	async changePassword(newPassword: string): Promise<void> {
		checkPassword(newPassword);
		return this.#exclusive(async () => {
			const unlocked = this.#requireUnlocked();
			const material = await this.#loadExisting();
			const password = await unlocked.rewrap(newPassword, this.#kdf);
			const updated: KeyMaterial = { ...material, password };
			await this.#store.save(updated);
			this.#show(updated, unlocked);
		});
	}

	/** Drops the in-memory key; the stored material is untouched. */
	lock(): void {
		this.#unlocked = undefined;
		if (this.#status === 'unlocked') this.#status = 'locked';
	}

	/** Records user activity; the idle timer counts from the latest. */
	touch(at: number = this.#now()): void {
		this.#lastActivity = Math.max(this.#lastActivity, at);
	}

	/** Locks when nothing has happened for `idleMs`. Returns whether it is (now) locked. */
	checkIdle(at: number = this.#now()): boolean {
		if (this.#status === 'unlocked' && at - this.#lastActivity >= this.idleMs) this.lock();
		return this.#status !== 'unlocked';
	}

	pageHidden(at: number = this.#now()): void {
		this.#hiddenAt ??= at;
	}

	/** Timers stall while a page is hidden, so the time away is checked on return. */
	pageVisible(at: number = this.#now()): void {
		const hiddenAt = this.#hiddenAt;
		this.#hiddenAt = undefined;
		if (hiddenAt !== undefined && at - hiddenAt >= this.idleMs) this.lock();
		this.checkIdle(at);
	}

	/** Wires activity, visibility and a periodic idle check to a window; returns the clean-up. */
	start(win: LockWindow): () => void {
		return watchActivity(this, win);
	}

	async #loadExisting(): Promise<KeyMaterial> {
		const material = await this.#store.load();
		if (!material) {
			this.#show(undefined);
			throw new DeviceLockError('no-key');
		}
		return material;
	}

	#requireUnlocked(): UnlockedKey {
		if (this.#status !== 'unlocked' || !this.#unlocked) throw new DeviceLockError('locked');
		return this.#unlocked;
	}

	/** Mirrors stored material into the reactive fields; a key given means "now unlocked". */
	#show(material: KeyMaterial | undefined, unlocked?: UnlockedKey): void {
		this.#hasPin = material?.pin !== undefined;
		this.#attemptsLeft = MAX_PIN_ATTEMPTS - (material?.failedPinAttempts ?? 0);
		if (!material) {
			this.#unlocked = undefined;
			this.#status = 'no-key';
		} else if (unlocked) {
			this.#unlocked = unlocked;
			this.#status = 'unlocked';
			this.#lastActivity = this.#now();
		} else if (this.#status !== 'unlocked') {
			this.#status = 'locked';
		}
	}

	/**
	 * One key operation at a time, across tabs where Web Locks exist, so two PIN tries can
	 * never both read the same counter and save it once.
	 */
	#exclusive<T>(task: () => Promise<T>): Promise<T> {
		const locks = globalThis.navigator?.locks;
		const run = locks
			? async () => {
					let value!: T;
					await locks.request(WEB_LOCK, async () => {
						value = await task();
					});
					return value;
				}
			: task;
		const result = this.#queue.then(run, run);
		this.#queue = result.catch(() => undefined);
		return result;
	}
}
