import { building } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { localeFromPath } from '$lib/i18n';
import { startServer } from '$lib/server/startup';

export const init: ServerInit = async () => {
	// Prerendering at build time needs no database.
	if (!building) await startServer(env);
};

export const handle: Handle = async ({ event, resolve }) => {
	const lang = localeFromPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', lang)
	});
};
