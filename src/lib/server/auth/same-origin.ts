/** Methods that only read, which a page elsewhere may send (and whose answer it cannot read). */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether `origin` (a request's Origin header) is the app's own: `ORIGIN` when set. Without
 * it the server cannot know its scheme (adapter-node assumes https, while a test or a plain
 * local server runs on http), so the host the request came to must match, on http or https.
 */
function isOwnOrigin(origin: string, appOrigin: string | undefined, requestUrl: URL): boolean {
	if (appOrigin) return origin === new URL(appOrigin).origin;
	try {
		const url = new URL(origin);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === requestUrl.host;
	} catch {
		return false; // 'null', or nothing like an origin
	}
}

/**
 * Whether a request changes something on behalf of a page of another origin. SvelteKit checks
 * the origin of form posts only, and a bodiless POST carries no form content type; so every
 * API call that is not a read must come from the app's own origin.
 *
 * Browsers send `Origin` with every such request, and `Sec-Fetch-Site` too; a request with
 * neither comes from a script or server (tests, the benchmark, an import job), which has no
 * browser's cookies to borrow, so it may go ahead: its own credentials speak for it.
 */
export function isCrossOrigin(request: Request, appOrigin: string | undefined): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin !== null) return !isOwnOrigin(origin, appOrigin, new URL(request.url));
	const site = request.headers.get('sec-fetch-site');
	return site !== null && site !== 'same-origin' && site !== 'none';
}
