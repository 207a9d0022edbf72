/**
 * Whether a failed write was the device running out of storage. Dexie wraps the browser's
 * error (an aborted transaction carries it as `inner`); the error is recognised by its name,
 * not its class, since a DOMException need not be an `Error` of this realm (a worker, jsdom).
 */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, inner } = error as { name?: unknown; inner?: unknown };
	return (typeof name === 'string' && name.includes('QuotaExceeded')) || isQuotaError(inner);
}
