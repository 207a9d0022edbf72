import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** HSDS's API meta information (`GET /` of the HSDS OpenAPI). */
export const GET: RequestHandler = () =>
	json(
		{
			version: '3.0',
			profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
			openapi_url:
				'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json'
		},
		{ headers: { 'access-control-allow-origin': '*' } }
	);
