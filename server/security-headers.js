/**
 * Headers every response carries, static files and prerendered pages included (those never
 * pass through SvelteKit's hooks). SvelteKit's own pages replace the CSP with their full one
 * (kit.csp); for static responses this minimal policy adds what a <meta> CSP cannot say.
 * @param {{ hsts: boolean }} options
 * @returns {Record<string, string>}
 */
export function securityHeaders({ hsts }) {
	/** @type {Record<string, string>} */
	const headers = {
		'content-security-policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		'x-frame-options': 'DENY',
		'cross-origin-opener-policy': 'same-origin',
		'permissions-policy':
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
	};
	if (hsts) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
	return headers;
}
