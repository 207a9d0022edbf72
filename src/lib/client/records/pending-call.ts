/**
 * "Call and log": when a `tel:` link is tapped the phone app takes over; when the user comes
 * back, the app offers to log the call. The call is remembered in sessionStorage (this tab
 * only, gone when it closes) — a name and a directory id, nothing about the client.
 */
const PENDING = 'lahelle.pendingCall';
const TO_LOG = 'lahelle.callToLog';
/** A call older than this is not offered any more: the moment has passed. */
const OFFER_WINDOW_MS = 3 * 60 * 60_000;

export interface PendingCall {
	name: string;
	personId?: string;
	startedAt: number;
}

function read(key: string): PendingCall | null {
	try {
		const raw = sessionStorage.getItem(key);
		if (!raw) return null;
		const value = JSON.parse(raw) as PendingCall;
		return typeof value?.name === 'string' && typeof value.startedAt === 'number' ? value : null;
	} catch {
		return null;
	}
}

export function rememberCall(call: PendingCall) {
	sessionStorage.setItem(PENDING, JSON.stringify(call));
}

/** The call to offer now, if the user is back from one that is recent enough. */
export function callToOffer(now = Date.now()): PendingCall | null {
	const call = read(PENDING);
	if (!call) return null;
	if (now - call.startedAt > OFFER_WINDOW_MS) {
		sessionStorage.removeItem(PENDING);
		return null;
	}
	return call;
}

export function dismissCall() {
	sessionStorage.removeItem(PENDING);
}

/** The user chose "Log the call": hand it to the log screen. */
export function handCallToLog(call: PendingCall) {
	sessionStorage.removeItem(PENDING);
	sessionStorage.setItem(TO_LOG, JSON.stringify(call));
}

/** The log screen takes the call handed to it (once). */
export function takeCallToLog(): PendingCall | null {
	const call = read(TO_LOG);
	sessionStorage.removeItem(TO_LOG);
	return call;
}

/** Whole minutes between the tap and now, at least one. */
export function approximateMinutes(call: PendingCall, now = Date.now()): number {
	return Math.max(1, Math.round((now - call.startedAt) / 60_000));
}
