import { error } from '@sveltejs/kit';
import { SCHEMA_VERSION_HEADER, schemaFit } from '$lib/domain/api/schema-version';

/**
 * Stops a sync call from an app whose schema version this server cannot serve: 426
 * `client_outdated` for one older than it still serves (the app asks the user to reload), 409
 * `server_outdated` for one newer than the server (the app keeps its changes and retries
 * later). `version` undefined — a script that does not say — is served.
 */
export function requireSchemaFit(version: number | undefined): void {
	if (version === undefined) return;
	const fit = schemaFit(version);
	if (fit === 'client-outdated') {
		error(426, {
			message: 'This version of the app is too old for the server: reload to update it.',
			code: 'client_outdated'
		});
	}
	if (fit === 'server-outdated') {
		error(409, {
			message: 'The app is newer than the server: its changes wait until the server is updated.',
			code: 'server_outdated'
		});
	}
}

/** The version an app names in its header (apiRequest sends it); 400 when it is not one. */
export function headerSchemaVersion(request: Request): number | undefined {
	const value = request.headers.get(SCHEMA_VERSION_HEADER);
	if (value === null) return undefined;
	if (!/^[1-9][0-9]{0,5}$/.test(value)) {
		error(400, {
			message: `${SCHEMA_VERSION_HEADER} must be a schema version (a whole number).`,
			code: 'invalid_input'
		});
	}
	return Number(value);
}
