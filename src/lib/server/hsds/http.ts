import { json } from '@sveltejs/kit';
import type { Locale } from '$lib/domain/locale';
import { errorResponse } from '../http';

/**
 * An HSDS answer. Open data may be read from any origin; a browser never sends our session
 * cookie along with such a cross-origin call, so professional entries stay with our own app.
 */
export function hsdsJson(body: unknown, lang: Locale) {
	return json(body, {
		headers: {
			'content-language': lang,
			'access-control-allow-origin': '*',
			vary: 'cookie'
		}
	});
}

export const hsdsNotFound = (what: string) =>
	errorResponse(404, 'not_found', `No ${what} has this id.`);
