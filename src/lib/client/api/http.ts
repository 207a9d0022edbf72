/** A failed API call: the HTTP status, the server's error code and its readable message. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly body?: unknown
	) {
		super(message);
	}

	/** The server no longer knows this session: sign in again, keep everything local. */
	get sessionExpired() {
		return this.status === 401;
	}

	/** Seconds the server asked us to wait (Retry-After), if it said. */
	retryAfterSeconds?: number;

	/** The server revoked this device and ordered it to remove its local data. */
	get wipeOrdered() {
		return this.status === 403 && this.code === 'device_revoked';
	}
}

/** No answer from the server at all: we are offline, or it is down. */
export class Unreachable extends Error {}

let clientIdHeader: string | undefined;

export function useClientId(clientId: string | undefined) {
	clientIdHeader = clientId;
}

/**
 * Calls our own API. Answers are typed, not re-validated: the server validates what it
 * stores, and keeping zod out of the staff app's first load keeps it small.
 */
export async function apiRequest<T>(
	path: string,
	init: { method?: string; body?: unknown } = {}
): Promise<T> {
	let response: Response;
	try {
		response = await fetch(path, {
			method: init.method ?? 'GET',
			credentials: 'same-origin',
			headers: {
				accept: 'application/json',
				...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
				...(clientIdHeader ? { 'x-lahelle-client': clientIdHeader } : {})
			},
			body: init.body !== undefined ? JSON.stringify(init.body) : undefined
		});
	} catch (error) {
		throw new Unreachable(error instanceof Error ? error.message : String(error));
	}
	const body: unknown = await response.json().catch(() => undefined);
	if (!response.ok) {
		const error = body as { code?: string; message?: string } | undefined;
		const failure = new ApiError(
			response.status,
			error?.code ?? `http_${response.status}`,
			error?.message ?? response.statusText,
			body
		);
		const retryAfter = Number(response.headers.get('retry-after'));
		if (retryAfter > 0) failure.retryAfterSeconds = retryAfter;
		throw failure;
	}
	return body as T;
}
