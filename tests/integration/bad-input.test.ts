import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCounty } from '$lib/domain/areas';
import {
	anonymous,
	demo,
	contactFields,
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
			fc.constantFrom(
				'__proto__',
				'constructor',
				'isAdmin',
				'Email',
				'\u0000',
				'na\u0000me',
				...injections.slice(0, 4)
			),
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

/** JSON text nested `depth` deep, as arrays or objects: made as text, JSON.stringify would overflow. */
const nestedText = (depth: number, asObjects: boolean, inner = '1') =>
	asObjects
		? `${'{"a":'.repeat(depth)}${inner}${'}'.repeat(depth)}`
		: `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;
const depth = fc.oneof(
	fc.integer({ min: 1, max: 40 }),
	fc.constantFrom(31, 32, 33, 1_000, 10_000, 50_000)
);

/** A body that is otherwise right but nests deep in one field, or in a field no schema has. */
const deeplyNested = (fields: Record<string, Field>) =>
	fc
		.record({
			field: fc.constantFrom(...Object.keys(fields), 'extra'),
			depth,
			asObjects: fc.boolean()
		})
		.map(({ field, depth, asObjects }) => {
			const body = JSON.stringify({ ...validBody(fields), [field]: '@@deep@@' });
			return body.replace('"@@deep@@"', nestedText(depth, asObjects));
		});

const badBody = (fields: Record<string, Field>) =>
	fc.oneof(
		{ arbitrary: badObject(fields), weight: 4 },
		{ arbitrary: malformedJson, weight: 1 },
		{ arbitrary: notAnObject, weight: 1 },
		{ arbitrary: deeplyNested(fields), weight: 1 }
	);

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** Any real day of the years 0000–9999, mostly far from today. */
const anyDay = fc
	.record({
		year: fc.oneof(
			fc.integer({ min: 0, max: 9999 }),
			fc.constantFrom(0, 1, 1999, 2000, 2100, 2101, 9998, 9999)
		),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 })
	})
	.map(({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);

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
				fc.constantFrom('9999-12-31', '9999-01-01', '0000-01-01', '0001-01-01', '10000-01-01'),
				fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
				anyDay,
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
						'from=9999-01-01&to=9999-12-31',
						'from=9999-12-01&to=9999-12-31',
						'from=0001-01-01&to=9999-12-31',
						'from=2000-01-01&to=2019-12-31',
						'from=2081-01-01&to=2100-12-31',
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
		'/api/v1/sync/pull?scope=records',
		'/api/v1/sync/pull?scope=reference',
		'/api/v1/hsds/services?lang=fi',
		'/api/v1/hsds/organizations?lang=fi',
		'/api/v1/hsds/service_at_locations?lang=fi',
		'/api/v1/hsds/taxonomies?lang=fi',
		'/api/v1/hsds/taxonomy_terms?lang=fi'
	])('GET %s answers any page size, page or cursor with a page or a 4xx', async (route) => {
		const number = fc.oneof(
			fc.integer().map(String),
			fc.constantFrom('0', '-1', '1e309', '1e3', '0x10', 'Infinity', 'NaN', '9'.repeat(30)),
			fc.constantFrom('1000', '1001', '1000000', '1000001', '2.5', ' 7 ', ''),
			injection
		);
		const param = fc.oneof(
			fc.tuple(fc.constantFrom('limit', 'page', 'per_page'), number),
			fc.tuple(
				fc.constant('since'),
				fc.oneof(
					fc.constantFrom('rec.0', 'ref.0', 'rec.zzzzzzzz', 'ref.zzzzzzzzzzzz', 'rec.-1', 'rec.'),
					fc.string({ maxLength: 50 }),
					injection
				)
			)
		);
		const keys = new URL(route, app.url).searchParams;
		await fc.assert(
			fc.asyncProperty(fc.array(param, { maxLength: 3 }), async (params) => {
				const query = new URLSearchParams([...keys, ...params]).toString();
				const path = `${route.split('?')[0]}?${query}`;
				const answer = await admin.get(path);
				if (answer.status !== 200) expectClientError(answer, path);
				else if (route.includes('/sync/')) expect(answer.body.changes, path).toBeInstanceOf(Array);
				else expect(answer.body.contents, path).toBeInstanceOf(Array);
			}),
			runs
		);
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

	it('POST /api/v1/sync/push answers any batch with results or a 4xx, and the queue moves on', async () => {
		const clientId = newClientId();
		expect((await worker.post('/api/v1/devices', { clientId })).status).toBe(200);
		let lastMid = 0;
		const contact = contactFields;
		const withNul = fc
			.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }))
			.map(([before, after]) => `${before}\u0000${after}`.slice(0, 60));
		const change = fc.oneof(
			fc.record({ kind: fc.constant('valid' as const) }),
			// Dates far in the past and the future: the record may be refused, never a 5xx.
			fc.record({
				kind: fc.constant('far' as const),
				day: anyDay,
				time: fc.constantFrom('00:00:00.000Z', '21:59:59Z', '23:30:00.000Z'),
				followUpDate: fc.option(anyDay, { nil: undefined })
			}),
			fc.record({ kind: fc.constant('nulKey' as const), key: withNul }),
			fc.record({
				kind: fc.constant('nulValue' as const),
				field: fc.constantFrom('note', 'channel', 'stuck', 'followUpBy', 'themes'),
				text: withNul
			}),
			fc.record({ kind: fc.constant('nulResolves' as const), field: withNul }),
			fc.record({
				kind: fc.constant('deep' as const),
				field: fc.constantFrom('note', 'themes', 'extra'),
				depth,
				asObjects: fc.boolean()
			})
		);
		// The body's own levels above a field's value: body, mutations, mutation, fields.
		const levelsAbove = 4;
		await fc.assert(
			fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), async (changes) => {
				const mutations = changes.map((item, index) => {
					let fields: Record<string, unknown> = contact();
					let resolves: string[] | undefined;
					if (item.kind === 'far') {
						fields = contact({
							occurredAt: `${item.day}T${item.time}`,
							...(item.followUpDate ? { followUp: true, followUpDate: item.followUpDate } : {})
						});
					} else if (item.kind === 'nulKey') {
						fields = withOwn(contact(), item.key, 'x');
					} else if (item.kind === 'nulValue') {
						fields = contact({ [item.field]: item.field === 'themes' ? [item.text] : item.text });
					} else if (item.kind === 'nulResolves') {
						resolves = [item.field];
					} else if (item.kind === 'deep') {
						fields = contact({ [item.field]: `@@deep${index}@@` });
					}
					return {
						mid: lastMid + index + 1,
						op: 'insert',
						table: 'contacts',
						id: newClientId(),
						baseVersion: null,
						fields,
						clientTs: new Date().toISOString(),
						...(resolves ? { resolves } : {})
					};
				});
				let raw = JSON.stringify({ clientId, schemaVersion: 5, mutations });
				changes.forEach((item, index) => {
					if (item.kind === 'deep') {
						raw = raw.replace(`"@@deep${index}@@"`, nestedText(item.depth, item.asObjects));
					}
				});
				const answer = await worker.request('POST', '/api/v1/sync/push', { raw });
				const context = `${answer.status} for ${raw.slice(0, 300)}: ${answer.text.slice(0, 300)}`;
				const tooDeep = changes.some(
					(item) => item.kind === 'deep' && item.depth + levelsAbove > 32
				);
				if (tooDeep) {
					expectClientError(answer, raw);
					expect(answer.body.code, context).toBe('too_deep');
					return;
				}
				expect(answer.status, context).toBe(200);
				expect(answer.body.lastMutationId, context).toBe(lastMid + mutations.length);
				const statuses = answer.body.results.map((result: { status: string }) => result.status);
				changes.forEach((item, index) => {
					if (item.kind === 'valid') expect(statuses[index], context).toBe('applied');
					else if (item.kind === 'far')
						expect(['applied', 'rejected'], context).toContain(statuses[index]);
					else expect(statuses[index], context).toBe('rejected');
				});
				expect(answer.text, context).not.toContain('\\u0000');
				lastMid += mutations.length;
			}),
			runs
		);
		const reasons = await app.select<{ reason: string }>(
			`SELECT reason FROM sync_quarantine WHERE client_id = '${clientId}'`
		);
		expect(reasons.length).toBeGreaterThan(0);
		for (const { reason } of reasons) {
			expect(reason).not.toContain('\u0000');
			expect(reason.length).toBeLessThanOrEqual(500);
		}
		// Records dated anywhere in 0000–9999 leave the statistics and the pull working.
		for (const range of ['from=2000-01-01&to=2019-12-31', 'from=2081-01-01&to=2100-12-31']) {
			expect((await admin.get(`/api/v1/stats?${range}&area=pirkanmaa`)).status, range).toBe(200);
			expect((await admin.get(`/api/v1/stats.csv?${range}&area=pirkanmaa`)).status, range).toBe(
				200
			);
		}
		expect((await worker.get('/api/v1/sync/pull?scope=records')).status).toBe(200);
	});
});
