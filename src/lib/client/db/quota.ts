/** Whether a failed write was the device running out of storage (Dexie wraps the DOM error). */
export function isQuotaError(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const inner = (error as Error & { inner?: unknown }).inner;
	return error.name.includes('QuotaExceeded') || (inner instanceof Error && isQuotaError(inner));
}
