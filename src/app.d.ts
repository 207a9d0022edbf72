// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Actor } from '$lib/domain/roles';
import type { UserProfile } from '$lib/domain/schemas/account';

declare global {
	namespace App {
		interface Error {
			code?: string;
			details?: unknown;
		}
		interface Locals {
			/** The signed-in user, or null for anonymous requests. */
			user: UserProfile | null;
			actor: Actor | null;
			/** The server session's id, to bind a device to it. */
			sessionId: string | null;
			/** The device's id from `x-lahelle-client`, when it sent a valid one. */
			clientId: string | null;
			address: string;
		}
	}
	const __APP_VERSION__: string;
}

export {};
