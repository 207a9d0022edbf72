/** Alt+N: "Incoming call" — the desk's shortcut, also heard anywhere in the app for coordinators. */
export const INCOMING_CALL_SHORTCUT = 'Alt+N';

export function isIncomingCallKey(event: KeyboardEvent): boolean {
	// The physical key, so that macOS (where Alt+N types a dead key) and other layouts agree.
	return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';
}
