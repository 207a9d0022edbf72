import { describe, expect, it } from 'vitest';
import { ApiError, Unreachable } from '../api/http';
import { fromWire, toWire } from './worker-protocol';

/** As a failure crosses from the sync worker to the page: cloned, as postMessage does. */
const crossed = (error: unknown) => fromWire(structuredClone(toWire(error)));

describe('a sync round failure, across from the worker', () => {
	it('keeps what the engine decides by: status, code, message, body and Retry-After', () => {
		const sent = new ApiError(429, 'rate_limited', 'Too many requests.', { code: 'rate_limited' });
		sent.retryAfterSeconds = 30;
		const error = crossed(sent);
		expect(error).toBeInstanceOf(ApiError);
		expect(error).toMatchObject({
			status: 429,
			code: 'rate_limited',
			message: 'Too many requests.',
			body: { code: 'rate_limited' },
			retryAfterSeconds: 30
		});
	});

	it.each([
		[new ApiError(401, 'unauthorized', 'Sign in.'), 'sessionExpired'],
		[new ApiError(426, 'client_outdated', 'Reload.'), 'clientOutdated'],
		[new ApiError(409, 'server_outdated', 'Wait.'), 'serverOutdated'],
		[new ApiError(403, 'device_revoked', 'Wiped.'), 'wipeOrdered']
	] as const)('still tells %s apart (%s)', (sent, flag) => {
		const error = crossed(sent) as ApiError;
		expect(error[flag]).toBe(true);
		expect(error.retryAfterSeconds).toBeUndefined();
	});

	it('is still "no answer at all" when the server could not be reached', () => {
		const error = crossed(new Unreachable('Failed to fetch'));
		expect(error).toBeInstanceOf(Unreachable);
		expect(error.message).toBe('Failed to fetch');
	});

	it('carries any other failure as a plain error with its message', () => {
		const error = crossed(new TypeError('the database was closed'));
		expect(error).not.toBeInstanceOf(ApiError);
		expect(error).not.toBeInstanceOf(Unreachable);
		expect(error.message).toBe('the database was closed');
		expect(crossed('a thrown text').message).toBe('a thrown text');
	});
});
