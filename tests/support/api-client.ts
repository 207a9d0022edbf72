import { DEMO_PASSWORD } from '$lib/server/demo/accounts';

/** The demo accounts loaded on first start, one per role (src/lib/server/demo/accounts.ts). */
export const demo = {
	admin: 'admin@example.fi',
	coordinator: 'coordinator@example.fi',
	worker: 'worker@example.fi',
	/** The demo OT area's lawyer, linked to a directory expert and assigned a demo case. */
	expert: 'lawyer@example.fi',
	psychiatrist: 'psychiatrist@example.fi',
	/** The mobile pair (jalkautuva työpari) of the Pirkanmaa group the demo cases are set for. */
	mobilePair: 'mobilepair@example.fi',
	password: DEMO_PASSWORD
} as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read loosely; each test asserts the shape it needs
export type AnyJson = any;

export interface ApiResponse<T = AnyJson> {
	status: number;
	headers: Headers;
	/** The parsed JSON body, or undefined when the answer is not JSON. */
	body: T;
	/** The body decoded as UTF-8 (a leading byte-order mark removed, as fetch does). */
	text: string;
	bytes: Uint8Array;
	/** The raw Set-Cookie headers of this answer. */
	setCookies: string[];
}

export interface RequestOptions {
	/** Sent as JSON. */
	body?: unknown;
	/** Sent as is, with a JSON content type: for malformed bodies. */
	raw?: string;
	headers?: Record<string, string>;
}

/** Cookies by name, as a browser keeps them for one site (no paths or expiry times needed here). */
export class CookieJar {
	readonly cookies = new Map<string, string>();

	store(setCookies: string[]) {
		for (const line of setCookies) {
			const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
			const at = pair.indexOf('=');
			const name = pair.slice(0, at);
			const value = pair.slice(at + 1);
			const expired = attributes.some((attribute) => /^max-age=(0|-\d+)$/i.test(attribute));
			if (expired || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	header(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}
}

/**
 * A tiny API client for one server: JSON in and out, an `origin` header equal to the server's
 * address (as a browser sends on POST), and, unless made without, a cookie jar.
 */
export class ApiClient {
	readonly jar: CookieJar | null;
	/** Sent with every request, e.g. `x-lahelle-client`. */
	readonly headers: Record<string, string> = {};

	constructor(
		readonly baseUrl: string,
		options: { cookies?: boolean; jar?: CookieJar | null } = {}
	) {
		this.jar =
			options.jar !== undefined ? options.jar : options.cookies === false ? null : new CookieJar();
	}

	/**
	 * The same session and headers sent to another process of the same deployment, as a load
	 * balancer would (the cookie jar is shared; the origin is that process's address).
	 */
	at(baseUrl: string): ApiClient {
		if (baseUrl === this.baseUrl) return this;
		const other = new ApiClient(baseUrl, { jar: this.jar });
		Object.assign(other.headers, this.headers);
		return other;
	}

	async request<T = AnyJson>(
		method: string,
		path: string,
		options: RequestOptions = {}
	): Promise<ApiResponse<T>> {
		const headers: Record<string, string> = { origin: this.baseUrl, ...this.headers };
		const cookie = this.jar?.header();
		if (cookie) headers.cookie = cookie;
		let body: string | undefined;
		if (options.raw !== undefined) body = options.raw;
		else if (options.body !== undefined) body = JSON.stringify(options.body);
		if (body !== undefined) headers['content-type'] = 'application/json';
		const response = await fetch(this.baseUrl + path, {
			method,
			headers: { ...headers, ...options.headers },
			body,
			redirect: 'manual'
		});
		const setCookies = response.headers.getSetCookie();
		this.jar?.store(setCookies);
		const bytes = new Uint8Array(await response.arrayBuffer());
		const text = new TextDecoder().decode(bytes);
		const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
		return {
			status: response.status,
			headers: response.headers,
			body: isJson && text ? JSON.parse(text) : undefined,
			text,
			bytes,
			setCookies
		};
	}

	get<T = AnyJson>(path: string, options?: RequestOptions) {
		return this.request<T>('GET', path, options);
	}

	post<T = AnyJson>(path: string, body?: unknown, options?: RequestOptions) {
		return this.request<T>('POST', path, { ...options, body });
	}

	patch<T = AnyJson>(path: string, body?: unknown, options?: RequestOptions) {
		return this.request<T>('PATCH', path, { ...options, body });
	}

	delete<T = AnyJson>(path: string, options?: RequestOptions) {
		return this.request<T>('DELETE', path, options);
	}
}

/** A client with no session, which keeps no cookies either. */
export function anonymous(server: { url: string }): ApiClient {
	return new ApiClient(server.url, { cookies: false });
}

/** Signs in with a password and answers a client carrying that session; fails loudly otherwise. */
export async function signIn(
	server: { url: string },
	email: string,
	password: string = demo.password
): Promise<ApiClient> {
	const client = new ApiClient(server.url);
	const answer = await client.post('/api/v1/session', { email, password });
	if (answer.status !== 200) {
		throw new Error(`sign-in as ${email} answered ${answer.status}: ${answer.text}`);
	}
	return client;
}

/** A fresh device id, as the app makes one on first start. */
export const newClientId = () => crypto.randomUUID();

/** An e-mail address no other test uses. */
export const uniqueEmail = (label: string) =>
	`${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.fi`;

/**
 * A person the admin adds (an expert linked to their directory entry with `expertId`), signed
 * in with a password of their own after the first sign-in's temporary one.
 */
export async function newPerson(
	server: { url: string },
	admin: ApiClient,
	person: { role: string; countyId: string; expertId?: string }
): Promise<ApiClient & { userId: string }> {
	const email = uniqueEmail(person.role);
	const created = await admin.post('/api/v1/admin/users', {
		name: 'Lukija Testi',
		email,
		...person
	});
	if (created.status !== 201) throw new Error(`cannot create a ${person.role}: ${created.text}`);
	const first = await signIn(server, email, created.body.temporaryPassword);
	const changed = await first.post('/api/v1/me/password', {
		currentPassword: created.body.temporaryPassword,
		newPassword: 'lukijan-oma-salasana-2026'
	});
	if (changed.status !== 200) throw new Error(`cannot set a password: ${changed.text}`);
	const client = await signIn(server, email, 'lukijan-oma-salasana-2026');
	return Object.assign(client, { userId: created.body.user.id as string });
}

/** A valid contact's fields, of the demo coordinator's county, for pushing straight to the API. */
export const contactFields = (extra: Record<string, unknown> = {}) => ({
	channel: 'phone',
	sourceType: 'school',
	themes: ['demanding-separation'],
	note: 'Soitto',
	followUp: false,
	occurredAt: '2026-11-20T09:00:00.000Z',
	countyId: 'pirkanmaa',
	...extra
});
