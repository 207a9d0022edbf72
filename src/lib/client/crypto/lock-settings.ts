/** How long the app may sit idle before it locks, chosen on the device (default 5 min). */
export const lockMinuteChoices = [1, 2, 5, 10, 15] as const;
export const DEFAULT_LOCK_MINUTES = 5;
const KEY = 'lahelle.lockMinutes';

export function savedLockMinutes(storage: Pick<Storage, 'getItem'> = localStorage): number {
	const saved = Number(storage.getItem(KEY));
	return (lockMinuteChoices as readonly number[]).includes(saved) ? saved : DEFAULT_LOCK_MINUTES;
}

export function saveLockMinutes(minutes: number, storage: Pick<Storage, 'setItem'> = localStorage) {
	storage.setItem(KEY, String(minutes));
}
