import { auth } from '$lib/server/runtime';
import type { RequestHandler } from './$types';

/** The identity provider returns here; better-auth checks the code and creates the session. */
export const GET: RequestHandler = ({ request }) => auth().handler(request);
