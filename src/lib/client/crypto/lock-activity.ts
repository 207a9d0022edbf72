/** What `start` needs from `window`; a narrow type so tests can pass a stand-in. */
export interface LockWindow {
	addEventListener: Window['addEventListener'];
	removeEventListener: Window['removeEventListener'];
	setInterval: (handler: () => void, ms: number) => number;
	clearInterval: (id: number) => void;
	document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/** What the watch drives: the lock's idle clock (DeviceLock). */
export interface IdleClock {
	readonly idleMs: number;
	touch(): void;
	checkIdle(): boolean;
	pageHidden(): void;
	pageVisible(): void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
// Checks this often, so the lock comes at most this late; timers stall in hidden pages anyway.
const IDLE_CHECK_MS = 15_000;

/**
 * Wires activity, visibility and a periodic idle check of a window to the lock's idle clock;
 * returns the clean-up.
 */
export function watchActivity(lock: IdleClock, win: LockWindow): () => void {
	const doc = win.document;
	const onActivity = () => lock.touch();
	const onVisibility = () =>
		doc.visibilityState === 'hidden' ? lock.pageHidden() : lock.pageVisible();
	for (const type of ACTIVITY_EVENTS) {
		win.addEventListener(type, onActivity, { capture: true, passive: true });
	}
	doc.addEventListener('visibilitychange', onVisibility);
	const timer = win.setInterval(() => lock.checkIdle(), Math.min(IDLE_CHECK_MS, lock.idleMs));
	if (doc.visibilityState === 'hidden') lock.pageHidden();
	return () => {
		for (const type of ACTIVITY_EVENTS) {
			win.removeEventListener(type, onActivity, { capture: true });
		}
		doc.removeEventListener('visibilitychange', onVisibility);
		win.clearInterval(timer);
	};
}
