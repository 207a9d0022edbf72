import http from 'node:http';
import Provider from 'oidc-provider';
import { CookieJar } from './api-client';

interface ProviderOptions {
	port: number;
	appUrl: string;
	clientId: string;
	clientSecret: string;
	accounts: Record<string, { sub: string; email: string; email_verified: boolean; name: string }>;
}

/**
 * A real OpenID provider (oidc-provider, with its built-in development login and consent
 * pages) for one client, the app at `appUrl`. Accounts are keyed by the login name typed in.
 */
export async function startProvider(options: ProviderOptions) {
	const issuer = `http://127.0.0.1:${options.port}`;
	// It warns, once, that it runs on its development defaults: exactly what a test wants.
	const warn = console.warn;
	console.warn = () => {};
	let provider: Provider;
	try {
		provider = createProvider(issuer, options);
	} finally {
		console.warn = warn;
	}
	const server = http.createServer(provider.callback());
	await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
	return {
		issuer,
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

function createProvider(issuer: string, options: ProviderOptions) {
	const seconds = 600;
	return new Provider(issuer, {
		clients: [
			{
				client_id: options.clientId,
				client_secret: options.clientSecret,
				redirect_uris: [`${options.appUrl}/api/v1/auth/callback/oidc`],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		findAccount: async (_context: unknown, id: string) => {
			const account = options.accounts[id];
			return account && { accountId: id, claims: async () => account };
		},
		cookies: { keys: ['test-provider-cookie-key'] },
		features: { devInteractions: { enabled: true } },
		ttl: {
			AccessToken: seconds,
			AuthorizationCode: seconds,
			Grant: seconds,
			IdToken: seconds,
			Interaction: seconds,
			Session: seconds
		}
	});
}

/**
 * Plays the browser through a sign-in: follows redirects by hand, keeps cookies per host and
 * port, and fills in the provider's login form (as `login`) and consent form. Stops at the
 * first redirect that leaves for `stopAt`, and answers its address.
 */
export async function browseSignIn(start: string, login: string, stopAt: string, jars: Jars) {
	let url = start;
	let init: RequestInit = {};
	for (let hop = 0; hop < 20; hop++) {
		const jar = jars.for(url);
		const response = await fetch(url, {
			...init,
			redirect: 'manual',
			headers: { ...(init.headers as Record<string, string>), cookie: jar.header() }
		});
		jar.store(response.headers.getSetCookie());
		const location = response.headers.get('location');
		if (response.status >= 300 && response.status < 400 && location) {
			const next = new URL(location, url).toString();
			if (next.startsWith(stopAt)) return next;
			url = next;
			init = {};
			continue;
		}
		const html = await response.text();
		const action = html.match(/action="([^"]+)"/)?.[1];
		const prompt = html.match(/name="prompt" value="(\w+)"/)?.[1];
		if (response.status !== 200 || !action || !prompt) {
			throw new Error(`unexpected ${response.status} at ${url}: ${html.slice(0, 300)}`);
		}
		const form = new URLSearchParams({ prompt });
		if (prompt === 'login') {
			form.set('login', login);
			form.set('password', 'any');
		}
		url = new URL(action, url).toString();
		init = {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form.toString()
		};
	}
	throw new Error(`sign-in did not reach ${stopAt} in 20 steps`);
}

/** A cookie jar for each host and port, as the browser keeps them for each site. */
export class Jars {
	private readonly jars = new Map<string, CookieJar>();

	for(url: string): CookieJar {
		const { host } = new URL(url);
		let jar = this.jars.get(host);
		if (!jar) this.jars.set(host, (jar = new CookieJar()));
		return jar;
	}
}
