import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounty } from '$lib/domain/areas';
import {
	anonymous,
	demo,
	newClientId,
	signIn,
	uniqueEmail,
	type ApiClient,
	type ApiResponse
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

/** Fixed, so a failure repeats; fast-check prints the smallest failing input. */
const runs = { numRuns: 25, seed: 20_261_125 };

const injections = [
	"'; DROP TABLE auth_user; --",
	"1' OR '1'='1",
	'<script>alert(1)</script>',
	'../../etc/passwd',
	'\u0000',
	'a\u0000b',
	'%00',
	'${7*7}{{7*7}}',
	'\uD800',
	'😀'.repeat(60),
	' ',
	''
];
const injection = fc.constantFrom(...injections);
const huge = fc.constantFrom(201, 255, 5_000, 300_000).map((length) => 'x'.repeat(length));
const notAString = fc.oneof(
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string(), { maxLength: 3 }),
	fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 })
);
const anything = fc.oneof(injection, huge, notAString, fc.string());

/**
 * One field of a body: a valid value; values the schema surely refuses (fixed samples, tried
 * one at a time in an otherwise valid body, and more at random); required or not.
 */
interface Field {
	valid: unknown;
	samples: unknown[];
	invalid?: fc.Arbitrary<unknown>;
	required: boolean;
}

// U+0000 passes the schemas but no field may hold it: PostgreSQL cannot store it in text.
const email: Field = {
	valid: 'someone@example.fi',
	samples: ['', 'no-at-sign', "'; DROP TABLE auth_user; --@", `${'a'.repeat(250)}@example.fi`, 42],
	invalid: fc.string().map((text) => text.replace(/@/g, '')),
	required: true
};
const name = (required: boolean): Field => ({
	valid: 'Ville Kenttä',
	samples: ['', '   ', 'x'.repeat(201), 'Kelpo\u0000Nimi', null, ['Ville']],
	required
});
const role = (required: boolean): Field => ({
	valid: 'worker',
	samples: ['root', 'Admin', "worker' OR '1'='1", null, ['admin']],
	required
});
const countyId = (required: boolean): Field => ({
	valid: 'pirkanmaa',
	samples: ['atlantis', 'Pirkanmaa', '../../etc/passwd', null],
	invalid: fc.string().filter((id) => !findCounty(id)),
	required
});
const password = (min: number, valid: string): Field => ({
	valid,
	samples: ['x'.repeat(min - 1), 'x'.repeat(201), 'pass\u0000word-long', null, 1234567890123],
	required: true
});
const clientId: Field = {
	valid: newClientId(),
	samples: ['not-a-uuid', newClientId().replace(/-/g, ''), `${newClientId()}x`, '<script>', null],
	required: true
};
const label: Field = {
	valid: 'Puhelin',
	samples: ['x'.repeat(121), 'Puhelin\u0000', 7],
	required: false
};
const disabled: Field = { valid: false, samples: ['true', 1, null, [true]], required: false };
const months: Field = {
	valid: 36,
	samples: [0, -1, 601, 12.5, '24', null, [24]],
	invalid: fc.oneof(
		fc.integer({ max: 0 }),
		fc.integer({ min: 601 }),
		fc.double({ noInteger: true })
	),
	required: false
};

const unknownKey = (known: string[]) =>
	fc
		.oneof(
			fc.constantFrom('__proto__', 'constructor', 'isAdmin', 'Email', ...injections.slice(0, 4)),
			fc.string({ minLength: 1, maxLength: 12 })
		)
		.filter((key) => !known.includes(key));

/** Sets own properties, as JSON.parse makes them, even for names like __proto__. */
function withOwn(body: Record<string, unknown>, key: string, value: unknown) {
	return Object.defineProperty({ ...body }, key, { value, enumerable: true, writable: true });
}

const validBody = (fields: Record<string, Field>) =>
	Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.valid]));

/** Otherwise valid bodies with exactly one thing wrong: each sample, each missing field, extra keys. */
function oneThingWrong(fields: Record<string, Field>): string[] {
	const base = validBody(fields);
	const bodies: Record<string, unknown>[] = [];
	for (const [key, field] of Object.entries(fields)) {
		for (const sample of field.samples) bodies.push({ ...base, [key]: sample });
		if (field.required)
			bodies.push(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)));
	}
	bodies.push(withOwn(base, '__proto__', { role: 'admin' }), withOwn(base, 'isAdmin', true));
	return bodies.map((body) => JSON.stringify(body));
}

/** A JSON object that breaks the schema at least once: a bad value, a missing field or an unknown one. */
function badObject(fields: Record<string, Field>) {
	const names = Object.keys(fields);
	const required = names.filter((field) => fields[field]!.required);
	const each = (pick: (field: Field) => fc.Arbitrary<unknown>) =>
		fc.record(Object.fromEntries(names.map((field) => [field, pick(fields[field]!)])));
	const invalid = (field: Field) =>
		fc.oneof(fc.constantFrom(...field.samples), field.invalid ?? notAString, notAString, huge);
	const free = (field: Field) =>
		fc.oneof(
			{ arbitrary: fc.constant(field.valid), weight: 3 },
			{ arbitrary: injection, weight: 1 }
		);
	return fc
		.record({
			free: each(free),
			invalid: each(invalid),
			broken: fc.subarray(names),
			dropped: fc.subarray(required),
			extra: fc.dictionary(unknownKey(names), anything, { maxKeys: 2 })
		})
		.filter((plan) => plan.broken.length + plan.dropped.length + Object.keys(plan.extra).length > 0)
		.map((plan) => {
			let body: Record<string, unknown> = {};
			for (const field of names) {
				if (plan.dropped.includes(field)) continue;
				body[field] = plan.broken.includes(field) ? plan.invalid[field] : plan.free[field];
			}
			for (const [key, value] of Object.entries(plan.extra)) body = withOwn(body, key, value);
			return JSON.stringify(body);
		});
}

const malformedJson = fc.oneof(
	fc.constantFrom(
		'',
		'{',
		'{"email":}',
		"{'email': 'a@b.fi'}",
		'{"a":1,}',
		'undefined',
		'NaN',
		'[1,2',
		'"unterminated',
		'{"email": "a@b.fi" "password": "x"}'
	),
	fc.string().filter((text) => {
		try {
			JSON.parse(text);
			return false;
		} catch {
			return true;
		}
	})
);

/** Valid JSON that is not an object: null, numbers, strings, arrays. */
const notAnObject = fc.oneof(
	fc.constantFrom('null', 'true', '0', '"text"', '[]', '[{}]'),
	fc.json().filter((text) => {
		const value: unknown = JSON.parse(text);
		return value === null || typeof value !== 'object' || Array.isArray(value);
	})
);

const badBody = (fields: Record<string, Field>) =>
	fc.oneof(
		{ arbitrary: badObject(fields), weight: 4 },
		{ arbitrary: malformedJson, weight: 1 },
		{ arbitrary: notAnObject, weight: 1 }
	);

function expectClientError(answer: ApiResponse, raw: string) {
	const context = `${answer.status} for ${raw.slice(0, 200)}: ${answer.text.slice(0, 200)}`;
	expect(answer.status, context).toBeGreaterThanOrEqual(400);
	expect(answer.status, context).toBeLessThan(500);
	expect(answer.headers.get('content-type'), context).toContain('application/json');
	expect(answer.body, context).toMatchObject({
		message: expect.any(String),
		code: expect.any(String)
	});
}

describe.each(testDatabaseKinds())('bad input on %s', (kind) => {
	let app: TestApp;
	let admin: ApiClient;
	let worker: ApiClient;
	let workerId: string;

	beforeAll(async () => {
		app = await startApp(kind);
		admin = await signIn(app, demo.admin);
		worker = await signIn(app, demo.worker);
		workerId = (await worker.get('/api/v1/me')).body.user.id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	/** What a refused request must leave as it was: people, passwords, devices, throttles. */
	const state = () =>
		app.select(`
			SELECT 'user' AS kind, id AS id,
				name || role || "countyId" || CAST(banned AS TEXT) || CAST("mustChangePassword" AS TEXT) AS value
				FROM auth_user
			UNION ALL SELECT 'password', "userId", password FROM auth_account
			UNION ALL SELECT 'device', client_id, user_id FROM devices
			UNION ALL SELECT 'throttle', key, CAST(failures AS TEXT) FROM login_throttle
			UNION ALL SELECT 'retention', kind, CAST(months AS TEXT) FROM retention_settings
			ORDER BY 1, 2`);

	const routes: [string, () => ApiClient, string, string, Record<string, Field>][] = [
		[
			'POST /api/v1/admin/users',
			() => admin,
			'POST',
			'/api/v1/admin/users',
			{ name: name(true), email, role: role(true), countyId: countyId(true) }
		],
		[
			'PATCH /api/v1/admin/users/[id]',
			() => admin,
			'PATCH',
			'/api/v1/admin/users/{worker}',
			{ name: name(false), role: role(false), countyId: countyId(false), disabled }
		],
		['POST /api/v1/devices', () => worker, 'POST', '/api/v1/devices', { clientId, label }],
		[
			'PUT /api/v1/admin/retention',
			() => admin,
			'PUT',
			'/api/v1/admin/retention',
			{ contacts: months, consultations: months }
		],
		[
			'POST /api/v1/me/password',
			() => worker,
			'POST',
			'/api/v1/me/password',
			{
				currentPassword: password(1, 'not-the-current-one'),
				newPassword: password(10, 'a-new-password-2026')
			}
		]
	];

	it.each(routes)('%s answers any bad body with a 4xx and changes nothing', async (...route) => {
		const [, client, method, pattern, fields] = route;
		const path = pattern.replace('{worker}', workerId);
		const before = await state();
		await fc.assert(
			fc.asyncProperty(badBody(fields), async (raw) => {
				const answer = await client().request(method, path, { raw });
				expectClientError(answer, raw);
				expect(await state(), raw.slice(0, 200)).toEqual(before);
			}),
			{ ...runs, examples: oneThingWrong(fields).map((raw) => [raw]) }
		);
	});

	it('POST /api/v1/session answers any bad body with a 4xx and creates no one', async () => {
		const users = await app.count('auth_user');
		const fields = { email, password: password(1, 'some-password') };
		await fc.assert(
			fc.asyncProperty(badBody(fields), async (raw) => {
				const answer = await anonymous(app).request('POST', '/api/v1/session', { raw });
				expectClientError(answer, raw);
				expect(answer.setCookies).toEqual([]);
				expect(await app.count('auth_user')).toBe(users);
			}),
			{ ...runs, examples: oneThingWrong(fields).map((raw) => [raw]) }
		);
	});

	it('GET /api/v1/admin/audit answers any query with a list or a 4xx, never a 5xx', async () => {
		const param = fc.tuple(
			fc.constantFrom('userId', 'recordId', 'format', 'limit', 'other'),
			fc.oneof(
				injection,
				huge.map((text) => text.slice(0, 2000)),
				fc.string(),
				fc.integer().map(String)
			)
		);
		await fc.assert(
			fc.asyncProperty(fc.array(param, { maxLength: 3 }), async (params) => {
				const query = new URLSearchParams(params).toString();
				const answer = await admin.get(`/api/v1/admin/audit?${query}`);
				if (answer.status === 200) expect(Array.isArray(answer.body.entries), query).toBe(true);
				else expectClientError(answer, query);
			}),
			runs
		);
	});

	it.each(['/api/v1/stats', '/api/v1/stats.csv'])(
		'GET %s answers any query with figures or a 4xx, never a 5xx',
		async (route) => {
			const day = fc.oneof(
				fc.constantFrom('2023-02-01', '2023-02-29', '2023-13-01', '1-1-1', '2023-2-1', ''),
				fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
				injection
			);
			const param = fc.oneof(
				fc.tuple(fc.constantFrom('from', 'to'), day),
				fc.tuple(
					fc.constant('area'),
					fc.oneof(fc.constantFrom('pirkanmaa', 'sisa-suomi', 'lappi', 'atlantis'), injection)
				),
				fc.tuple(fc.constantFrom('suppress', 'lang', 'other'), fc.oneof(injection, fc.string()))
			);
			await fc.assert(
				fc.asyncProperty(fc.array(param, { maxLength: 5 }), async (params) => {
					const query = new URLSearchParams(params).toString();
					const answer = await admin.get(`${route}?${query}`);
					if (answer.status !== 200) expectClientError(answer, query);
					else if (route.endsWith('.csv')) expect(answer.text, query).toContain(';');
					else expect(answer.body.contacts.byMonth, query).toBeInstanceOf(Array);
				}),
				{
					...runs,
					examples: [
						'from=2023-02-01&to=2023-08-31&area=sisa-suomi&suppress=1&lang=sv',
						'from=2023-03-01&to=2023-02-01',
						'from=1900-01-01&to=2099-12-31',
						'from=2023-02-01&to=2023-02-01&from=2023-01-01',
						'from=2023-02-01&to=2023-03-01&area=atlantis'
					].map((query) => [[...new URLSearchParams(query)] as [string, string][]])
				}
			);
		}
	);

	it('ignores a device id header that is not one, whatever it holds', async () => {
		const printable = fc.oneof(
			fc.string({
				unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code))
			}),
			fc.constantFrom(...injections.slice(0, 4), '%00', `${newClientId()} `)
		);
		await fc.assert(
			fc.asyncProperty(printable, async (header) => {
				const answer = await worker.get('/api/v1/me', { headers: { 'x-lahelle-client': header } });
				expect(answer.status, header).toBe(200);
			}),
			{ ...runs, numRuns: 25 }
		);
		expect(await app.count('devices')).toBe(0);
	});

	it('keeps injection-looking text that is valid as plain data', async () => {
		const users = await app.count('auth_user');
		const odd = "Robert'); DROP TABLE auth_user; -- <script>alert(1)</script>";
		const created = await admin.post('/api/v1/admin/users', {
			name: odd,
			email: uniqueEmail('bobby'),
			role: 'worker',
			countyId: 'pirkanmaa'
		});
		expect(created.status).toBe(201);
		expect(await app.count('auth_user')).toBe(users + 1);
		const listed = (await admin.get('/api/v1/admin/users')).body.users;
		expect(listed.map((user: { name: string }) => user.name)).toContain(odd);
	});

	it('answers a path parameter holding U+0000 with 404', async () => {
		for (const path of [
			'/api/v1/admin/users/%00/password-reset',
			'/api/v1/admin/devices/a%00b/revoke'
		]) {
			const answer = await admin.post(path);
			expect(answer.status, path).toBe(404);
			expect(answer.body.code).toBe('not_found');
		}
		expect((await admin.patch('/api/v1/admin/users/%00', { name: 'X' })).status).toBe(404);
	});

	it.each([
		['with a Content-Length', false],
		['streamed without one', true]
	])('answers a body over the size limit %s with 413, not 500', async (_, streamed) => {
		const big = JSON.stringify({ email: 'a@example.fi', password: 'x'.repeat(1_100_000) });
		const stream = () =>
			new ReadableStream({
				start(controller) {
					controller.enqueue(new TextEncoder().encode(big));
					controller.close();
				}
			});
		for (const path of ['/api/v1/session', '/api/v1/admin/users']) {
			const answer = await fetch(app.url + path, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					origin: app.url,
					cookie: admin.jar!.header()
				},
				body: streamed ? stream() : big,
				// Needed by Node's fetch for a streamed body.
				...(streamed ? { duplex: 'half' } : {})
			} as RequestInit);
			expect(answer.status, path).toBe(413);
			expect(await answer.json()).toMatchObject({ code: 'payload_too_large' });
		}
	});
});
