import { ApiError, Unreachable } from '../api/http';
import type { PullProgress } from './pull';

/** What the page asks of the sync worker: one round on its records database. */
export interface RoundRequest {
	id: number;
	dbName: string;
	/** The device's field key: a CryptoKey crosses to the worker as it is, never its bytes. */
	key: CryptoKey;
	clientId: string;
}

/** A failure as it crosses back: enough to rebuild the error the engine tells apart. */
export type WireError =
	| {
			kind: 'api';
			status: number;
			code: string;
			message: string;
			body: unknown;
			retryAfterSeconds?: number;
	  }
	| { kind: 'unreachable'; message: string }
	| { kind: 'other'; message: string };

/** What the worker tells the page while and after it runs a round. */
export type RoundMessage =
	| { id: number; type: 'progress'; progress: PullProgress }
	/** A pulled page stored, `at` when (epoch ms: the worker's clock starts apart from the page's). */
	| { id: number; type: 'stored'; received: number; done: boolean; at: number }
	| { id: number; type: 'done'; sent: number }
	| { id: number; type: 'failed'; error: WireError };

export function toWire(error: unknown): WireError {
	if (error instanceof ApiError) {
		return {
			kind: 'api',
			status: error.status,
			code: error.code,
			message: error.message,
			body: error.body,
			...(error.retryAfterSeconds ? { retryAfterSeconds: error.retryAfterSeconds } : {})
		};
	}
	const message = error instanceof Error ? error.message : String(error);
	return error instanceof Unreachable
		? { kind: 'unreachable', message }
		: { kind: 'other', message };
}

export function fromWire(wire: WireError): Error {
	if (wire.kind === 'unreachable') return new Unreachable(wire.message);
	if (wire.kind === 'other') return new Error(wire.message);
	const error = new ApiError(wire.status, wire.code, wire.message, wire.body);
	if (wire.retryAfterSeconds) error.retryAfterSeconds = wire.retryAfterSeconds;
	return error;
}
