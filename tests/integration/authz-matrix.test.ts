import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyConsultation } from '$lib/domain/schemas/consultation';
import {
	anonymous,
	demo,
	newClientId,
	newPerson,
	signIn,
	uniqueEmail,
	type ApiClient
} from '../support/api-client';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';
import { executeSql } from '../support/inspect';
import { pullRecords } from '../support/record-factories';
import { apiRoutesOnDisk, exportedHandlers } from '../support/routes';

const callers = ['anonymous', 'worker', 'coordinator', 'admin', 'expert'] as const;
type Caller = (typeof callers)[number];

interface Row {
	/** Expected status for anonymous, worker, coordinator, admin and expert, in that order. */
	status: [number, number, number, number, number];
	/** A valid body, so that the status reflects authorisation and nothing else. */
	body?: (caller: Caller) => unknown;
	/** Use a session of its own for this row (the call ends the session it is made with). */
	fresh?: boolean;
	/** A query string the route needs to answer at all, e.g. `?scope=reference`. */
	query?: string;
	/** Route parameters of this row's own, per caller (e.g. an entry each caller may retire). */
	params?: (caller: Caller) => Record<string, string>;
}

/** Directory entries made for the matrix in `beforeAll`, by what a row does with them. */
const directoryIds: Record<string, string> = {};
/** A device registered to each signed-in caller, for the sync push. */
const pushDevices: Partial<Record<Caller, string>> = {};
const matrixExpert = () => ({
	name: 'Matriisi Asiantuntija',
	title: 'Psykologi',
	organisation: 'Pirkanmaan hyvinvointialue (demo)',
	countyId: 'pirkanmaa',
	roles: ['consulting-expert'],
	expertise: ['law'],
	languages: ['fi'],
	duty: [],
	lastVerified: '2026-01-15'
});

/**
 * Who may call what. Every route file's exported method must have a row, and every row a
 * route. Calls go in the order anonymous, worker, coordinator, admin, expert (who may call
 * what a field worker may: their cases come through the records pull), with real ids for the
 * parameters; a refused call must change nothing.
 */
const matrix: Record<string, Row> = {
	'GET /api/v1/health': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/health/ready': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/session': { status: [200, 200, 200, 200, 200] },
	'POST /api/v1/session': {
		status: [200, 200, 200, 200, 200],
		body: (caller) => ({
			email: caller === 'anonymous' ? demo.coordinator : demo[caller],
			password: demo.password
		})
	},
	'DELETE /api/v1/session': { status: [200, 200, 200, 200, 200], fresh: true },
	'GET /api/v1/me': { status: [401, 200, 200, 200, 200] },
	// Every signed-in role pushes its own device's changes; record scope is checked per mutation.
	'POST /api/v1/sync/push': {
		status: [401, 200, 200, 200, 200],
		body: (caller) => ({
			clientId: pushDevices[caller] ?? newClientId(),
			schemaVersion: 5,
			mutations: []
		})
	},
	// Coordinators settle their county's sync conflicts, admins all; workers see their own on the device.
	'GET /api/v1/sync/conflicts': { status: [401, 403, 200, 200, 403] },
	// Every role reads the directory; anonymous callers get nothing.
	'GET /api/v1/directory/snapshot': { status: [401, 200, 200, 200, 200] },
	'GET /api/v1/sync/pull': { status: [401, 200, 200, 200, 200], query: '?scope=reference' },
	'POST /api/v1/me/password': {
		// The same password again, so that later sign-ins still work.
		status: [401, 200, 200, 200, 200],
		body: () => ({ currentPassword: demo.password, newPassword: demo.password })
	},
	'POST /api/v1/devices': {
		status: [401, 200, 200, 200, 200],
		body: () => ({ clientId: newClientId(), label: 'matrix phone' })
	},
	'GET /api/v1/admin/users': { status: [401, 403, 403, 200, 403] },
	'POST /api/v1/admin/users': {
		status: [401, 403, 403, 201, 403],
		body: () => ({
			name: 'Matriisi Henkilö',
			email: uniqueEmail('matrix'),
			role: 'worker',
			countyId: 'kanta-hame'
		})
	},
	'PATCH /api/v1/admin/users/[id]': {
		status: [401, 403, 403, 200, 403],
		body: () => ({ countyId: 'etela-pohjanmaa', role: 'coordinator', disabled: true })
	},
	'POST /api/v1/admin/users/[id]/password-reset': { status: [401, 403, 403, 200, 403] },
	'GET /api/v1/admin/devices': { status: [401, 403, 403, 200, 403] },
	'POST /api/v1/admin/devices/[clientId]/revoke': { status: [401, 403, 403, 200, 403] },
	'GET /api/v1/admin/audit': { status: [401, 403, 403, 200, 403] },
	// Statistics: coordinators (own county by default, their OT area too) and admins.
	'GET /api/v1/stats': {
		status: [401, 403, 200, 200, 403],
		query: '?from=2023-02-01&to=2023-08-31'
	},
	'GET /api/v1/stats.csv': {
		status: [401, 403, 200, 200, 403],
		query: '?from=2023-02-01&to=2023-08-31&area=sisa-suomi&suppress=1'
	},
	// Blind spots of the directory: coordinators and admins, the whole country.
	'GET /api/v1/admin/blind-spots': { status: [401, 403, 200, 200, 403] },
	'GET /api/v1/admin/blind-spots.csv': { status: [401, 403, 200, 200, 403], query: '?lang=sv' },
	'GET /api/v1/admin/retention': { status: [401, 403, 403, 200, 403] },
	'PUT /api/v1/admin/retention': {
		status: [401, 403, 403, 200, 403],
		body: () => ({ contacts: 60, consultations: 72 })
	},
	// Coordinators manage their own county's entries (directory-admin.test.ts: other counties).
	'POST /api/v1/admin/directory/[kind]': {
		status: [401, 403, 201, 201, 403],
		body: () => matrixExpert()
	},
	'PUT /api/v1/admin/directory/[kind]/[id]': {
		status: [401, 403, 200, 200, 403],
		body: () => matrixExpert(),
		params: () => ({ id: directoryIds.edit! })
	},
	'DELETE /api/v1/admin/directory/[kind]/[id]': {
		status: [401, 403, 200, 200, 403],
		params: (caller) => ({ id: directoryIds[caller === 'admin' ? 'adminRetires' : 'retire']! })
	},
	// Admins import files; a dry run of an empty HSDS list changes nothing.
	'POST /api/v1/admin/directory/import': {
		status: [401, 403, 403, 200, 403],
		query: '?format=hsds&dryRun=true',
		body: () => []
	},
	// Open Referral HSDS: open data for anyone (professional entries only with a session).
	'GET /api/v1/hsds': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/services': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/services/[serviceId]': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/organizations': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/organizations/[organizationId]': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/service_at_locations': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/taxonomies': { status: [200, 200, 200, 200, 200] },
	'GET /api/v1/hsds/taxonomy_terms': { status: [200, 200, 200, 200, 200] },
	// The family pages' finder: public services only, the same for everyone (no session used).
	'GET /api/v1/public/services': { status: [200, 200, 200, 200, 200] },
	// Not configured on this server (oidc.test.ts starts one that is).
	'GET /api/v1/auth/oidc': { status: [404, 404, 404, 404, 404] },
	// Not configured either: nothing to return to (oidc.test.ts: a callback that is expected).
	'GET /api/v1/auth/callback/[provider]': { status: [404, 404, 404, 404, 404] }
};

describe('the authorisation matrix', () => {
	it('has a row for every route and method on disk, and no row for a route that is gone', () => {
		const onDisk = apiRoutesOnDisk().sort();
		const inMatrix = Object.keys(matrix).sort();
		expect(onDisk.length).toBeGreaterThan(10);
		expect(
			onDisk.filter((route) => !inMatrix.includes(route)),
			'routes without a matrix row'
		).toEqual([]);
		expect(
			inMatrix.filter((route) => !onDisk.includes(route)),
			'matrix rows without a route'
		).toEqual([]);
	});

	it('finds handlers in every form a route file may export them', () => {
		const source = [
			'export const GET: RequestHandler = () => json({});',
			'export async function POST() {}',
			'export function PUT() {}',
			'export { remove as DELETE, helper };',
			'export const prerender = false;'
		].join('\n');
		expect(exportedHandlers(source)).toEqual(['GET', 'POST', 'PUT', 'DELETE']);
	});
});

describe.each(testDatabaseKinds())('authorisation on %s', (kind) => {
	let app: TestApp;
	const clients = {} as Record<Caller, ApiClient>;
	const params: Record<string, string> = { provider: 'oidc', kind: 'experts' };

	beforeAll(async () => {
		app = await startApp(kind);
		clients.anonymous = anonymous(app);
		clients.worker = await signIn(app, demo.worker);
		clients.coordinator = await signIn(app, demo.coordinator);
		clients.admin = await signIn(app, demo.admin);
		clients.expert = await signIn(app, demo.expert);

		// Targets of their own, so that the admin's changes leave the callers' accounts alone.
		const created = await clients.admin.post('/api/v1/admin/users', {
			name: 'Kohde Käyttäjä',
			email: uniqueEmail('target'),
			role: 'worker',
			countyId: 'pirkanmaa'
		});
		if (created.status !== 201) throw new Error(`cannot create the target: ${created.text}`);
		params.id = created.body.user.id;
		params.clientId = newClientId();
		const registered = await clients.coordinator.post('/api/v1/devices', {
			clientId: params.clientId
		});
		if (registered.status !== 200) throw new Error(`cannot register: ${registered.text}`);
		for (const caller of ['worker', 'coordinator', 'admin', 'expert'] as const) {
			pushDevices[caller] = newClientId();
			await clients[caller].post('/api/v1/devices', { clientId: pushDevices[caller] });
		}
		for (const use of ['edit', 'retire', 'adminRetires']) {
			const entry = await clients.admin.post('/api/v1/admin/directory/experts', matrixExpert());
			if (entry.status !== 201) throw new Error(`cannot create an entry: ${entry.text}`);
			directoryIds[use] = entry.body.entry.id;
		}
		const hsds = await clients.anonymous.get('/api/v1/hsds/services?per_page=1');
		params.serviceId = hsds.body.contents[0].id;
		params.organizationId = hsds.body.contents[0].organization_id;
	});

	afterAll(async () => {
		await app?.stop();
	});

	/** What a refused call must not change: people, passwords, devices, the directory. */
	const snapshot = async () => ({
		users: await app.select(
			'SELECT id, name, role, "countyId", banned, "mustChangePassword" FROM auth_user ORDER BY id'
		),
		passwords: await app.select('SELECT "userId", password FROM auth_account ORDER BY "userId"'),
		devices: await app.select('SELECT client_id, revoked_at FROM devices ORDER BY client_id'),
		directory: await app.select('SELECT id, version, deleted FROM directory_entries ORDER BY id'),
		retention: await app.select('SELECT kind, months FROM retention_settings ORDER BY kind')
	});

	it.each(Object.entries(matrix))('%s', async (route, row) => {
		const [method = '', pattern = ''] = route.split(' ');
		const path = (caller: Caller) =>
			pattern.replace(/\[(\w+)\]/g, (_, name: string) => {
				const value = row.params?.(caller)[name] ?? params[name];
				if (!value) throw new Error(`no value for the route parameter ${name}`);
				return encodeURIComponent(value);
			});
		const call = async (caller: Caller) => {
			const client =
				row.fresh && caller !== 'anonymous' ? await signIn(app, demo[caller]) : clients[caller];
			return client.request(method, path(caller) + (row.query ?? ''), {
				body: row.body?.(caller)
			});
		};

		const expected = Object.fromEntries(callers.map((caller, i) => [caller, row.status[i]]));
		const status = {} as Record<Caller, number>;
		const refusedWith = {} as Record<Caller, string | undefined>;
		const changedData: Caller[] = [];
		let before: Awaited<ReturnType<typeof snapshot>> | undefined;
		for (const caller of callers) {
			const refusal = (expected[caller] ?? 0) >= 400;
			if (refusal) before ??= await snapshot();
			const answer = await call(caller);
			status[caller] = answer.status;
			refusedWith[caller] = answer.body?.code;
			if (!refusal) before = undefined;
			else if (!isDeepStrictEqual(await snapshot(), before)) changedData.push(caller);
		}

		expect(status).toEqual(expected);
		for (const caller of callers) {
			if (status[caller] === 401) expect(refusedWith[caller]).toBe('unauthenticated');
			if (status[caller] === 403) expect(refusedWith[caller]).toBe('forbidden');
		}
		expect(changedData, 'refused calls that changed data').toEqual([]);
	});
});

/**
 * A device belongs to the person who registered it: the matrix above shows who may call the
 * device routes at all, these rows who may act on one particular person's device.
 */
describe.each(testDatabaseKinds())('device ownership on %s', (kind) => {
	let app: TestApp;
	const clients = {} as Record<Caller, ApiClient>;
	/** The worker's own device. */
	const owned = newClientId();
	const longAgo = '2020-01-01T00:00:00.000Z';

	beforeAll(async () => {
		app = await startApp(kind);
		clients.anonymous = anonymous(app);
		clients.worker = await signIn(app, demo.worker);
		clients.coordinator = await signIn(app, demo.coordinator);
		clients.admin = await signIn(app, demo.admin);
		clients.expert = await signIn(app, demo.expert);
		const registered = await clients.worker.post('/api/v1/devices', {
			clientId: owned,
			label: 'Villen puhelin'
		});
		if (registered.status !== 200) throw new Error(`cannot register: ${registered.text}`);
	});

	afterAll(async () => {
		await app?.stop();
	});

	const device = async () => {
		const [row] = await app.select<Record<string, unknown>>(
			`SELECT client_id, user_id, label, session_id, last_seen_at, revoked_at FROM devices WHERE client_id = '${owned}'`
		);
		return row!;
	};
	const lastSeen = async () => (await device()).last_seen_at as string;
	const ageDevice = () =>
		executeSql(
			app.env,
			app.server.dataDir,
			`UPDATE devices SET last_seen_at = '${longAgo}' WHERE client_id = '${owned}'`
		);

	it('refuses to register another person’s device id, for every role, changing nothing', async () => {
		const before = await device();
		const status = {} as Record<Caller, number>;
		for (const caller of callers) {
			const answer = await clients[caller].post('/api/v1/devices', {
				clientId: owned,
				label: `label by ${caller}`
			});
			status[caller] = answer.status;
			if (caller !== 'anonymous' && caller !== 'worker') {
				expect(answer.body).toMatchObject({ code: 'device_taken', message: expect.any(String) });
			}
		}
		expect(status).toEqual({
			anonymous: 401,
			worker: 200,
			coordinator: 409,
			admin: 409,
			expert: 409
		});
		// The worker's own call relabelled it (and noted the contact); nobody else's did.
		expect(await device()).toMatchObject({
			...before,
			label: 'label by worker',
			last_seen_at: expect.any(String)
		});

		const refusals = await app.select<{ actor_id: string; outcome: string }>(
			`SELECT actor_id, outcome FROM audit_log WHERE action = 'device.register' AND client_id = '${owned}' AND outcome = 'denied'`
		);
		expect(refusals).toHaveLength(3);
	});

	it('notes a device as seen only on its signed-in owner’s requests', async () => {
		await ageDevice();
		const withDevice = { headers: { 'x-lahelle-client': owned } };
		expect((await clients.anonymous.get('/api/v1/session', withDevice)).status).toBe(200);
		expect((await clients.anonymous.get('/api/v1/me', withDevice)).status).toBe(401);
		expect((await clients.coordinator.get('/api/v1/me', withDevice)).status).toBe(200);
		expect((await clients.admin.get('/api/v1/admin/devices', withDevice)).status).toBe(200);
		expect(await lastSeen()).toBe(longAgo);

		expect((await clients.worker.get('/api/v1/me', withDevice)).status).toBe(200);
		expect(Date.now() - Date.parse(await lastSeen())).toBeLessThan(60_000);
	});
});

/** Readers of a requester's case, by what they are to it. */
const caseReaders = [
	'requester',
	'coordinator',
	'neighbourCoordinator',
	'farCoordinator',
	'otherWorker',
	'admin',
	'assignedExpert',
	'groupExpert',
	'otherExpert',
	'mobilePair',
	'farMobilePair'
] as const;
type CaseReader = (typeof caseReaders)[number];
/** What a reader's devices get of a record: its content, a removal, or nothing at all. */
type Received = 'content' | 'removal' | 'nothing';

/**
 * Note visibility: what each person's devices receive of the records on a worker's case, from
 * the records pull (pull-records.ts, mayReadRecord in record-kinds.ts). Readers in order:
 * the requester (a worker, the case's owner), a coordinator of the case's county, a
 * coordinator of another county of the same OT area, a coordinator of another OT area,
 * another worker of the same county, an admin; an expert assigned to the case, an expert of
 * the group the case is set for, an expert of the same county on neither (need to know,
 * case-readers.ts), the mobile pair of the case's county (who read its open cases, like the
 * group's experts) and another county's mobile pair. The requester's draft, and a case of
 * theirs closed longer ago than the experts' grace period, are records of their own.
 */
const noteVisibility: Record<string, Received[]> = {
	'the request (case)': row('content', 'content', 'content', 'content', 'nothing'),
	'a note for the requester': row('content', 'content', 'content', 'content', 'nothing'),
	'an internal note': row('nothing', 'content', 'nothing', 'nothing', 'nothing'),
	'a stage change': row('content', 'content', 'content', 'content', 'nothing'),
	"the requester's own note": row('content', 'content', 'content', 'content', 'nothing'),
	'a note hidden from the requester after it was shown': row(
		'removal',
		'content',
		'removal',
		'removal',
		'nothing'
	),
	"the assigned expert's note": row('nothing', 'content', 'content', 'content', 'nothing'),
	"the requester's draft": row('content', 'content', 'nothing', 'nothing', 'nothing', 'nothing'),
	// The county's mobile pair read it while it was open: their devices are sent a removal.
	'a case closed past the grace period': row(
		'content',
		'content',
		'nothing',
		'nothing',
		'nothing',
		'removal'
	)
};

/**
 * A row of the table above: the coordinators of the county and the OT area and the admin
 * always read alike, the far coordinator and the other worker never read anything; the
 * county's mobile pair reads as the group's expert unless told, another county's never.
 */
function row(
	requester: Received,
	staff: Received,
	assignedExpert: Received,
	groupExpert: Received,
	otherExpert: Received,
	mobilePair: Received = groupExpert
): Received[] {
	return [
		requester,
		staff,
		staff,
		'nothing',
		'nothing',
		staff,
		assignedExpert,
		groupExpert,
		otherExpert,
		mobilePair,
		'nothing'
	];
}

describe.each(testDatabaseKinds())('note visibility on %s', (kind) => {
	let app: TestApp;
	const readers = {} as Record<CaseReader, ApiClient>;
	const recordIds: Record<string, string> = {};
	let mid = { requester: 0, coordinator: 0, assignedExpert: 0 };
	type Writer = keyof typeof mid;

	async function push(
		who: Writer,
		op: 'insert' | 'update',
		table: string,
		id: string,
		fields: Record<string, unknown>,
		baseVersion: number | null = null
	) {
		const answer = await readers[who].post('/api/v1/sync/push', {
			clientId: devices[who],
			schemaVersion: 7,
			mutations: [
				{ mid: ++mid[who], op, table, id, baseVersion, fields, clientTs: new Date().toISOString() }
			]
		});
		if (answer.body?.results?.[0]?.status !== 'applied') {
			throw new Error(`push not applied: ${answer.text}`);
		}
	}
	const devices = {
		requester: newClientId(),
		coordinator: newClientId(),
		assignedExpert: newClientId()
	};

	/** A directory entry the admin adds, for an expert to be linked to or a group. */
	async function entry(kind: 'experts' | 'groups', fields: object): Promise<string> {
		const made = await readers.admin.post(`/api/v1/admin/directory/${kind}`, {
			countyId: 'pirkanmaa',
			lastVerified: '2026-01-15',
			...fields
		});
		if (made.status !== 201) throw new Error(`cannot add to the directory: ${made.text}`);
		return made.body.entry.id;
	}

	beforeAll(async () => {
		app = await startApp(kind);
		readers.requester = await signIn(app, demo.worker);
		readers.coordinator = await signIn(app, demo.coordinator);
		readers.admin = await signIn(app, demo.admin);
		const person = (role: string, countyId: string, expertId?: string) =>
			newPerson(app, readers.admin, { role, countyId, ...(expertId ? { expertId } : {}) });
		readers.neighbourCoordinator = await person('coordinator', 'kanta-hame');
		readers.farCoordinator = await person('coordinator', 'lappi');
		readers.otherWorker = await person('worker', 'pirkanmaa');
		const [lawyer, psychiatrist, bystander] = [
			await entry('experts', matrixExpert()),
			await entry('experts', { ...matrixExpert(), expertise: ['child-psychiatry'] }),
			await entry('experts', matrixExpert())
		];
		const groupId = await entry('groups', {
			name: 'Matriisiryhmä',
			topics: ['law'],
			memberIds: [psychiatrist],
			mobilePairIds: [],
			meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-01-06', start: '13:00', end: '15:00' }
		});
		readers.assignedExpert = await person('expert', 'pirkanmaa', lawyer);
		readers.groupExpert = await person('expert', 'pirkanmaa', psychiatrist);
		readers.otherExpert = await person('expert', 'pirkanmaa', bystander);
		const mobilePair = { ...matrixExpert(), roles: ['mobile-pair'] };
		readers.mobilePair = await person('expert', 'pirkanmaa', await entry('experts', mobilePair));
		const farPair = await entry('experts', { ...mobilePair, countyId: 'kanta-hame' });
		readers.farMobilePair = await person('expert', 'kanta-hame', farPair);
		for (const who of ['requester', 'coordinator', 'assignedExpert'] as const) {
			await readers[who].post('/api/v1/devices', { clientId: devices[who] });
		}
		mid = { requester: 0, coordinator: 0, assignedExpert: 0 };

		const caseId = newClientId();
		recordIds['the request (case)'] = caseId;
		await push('requester', 'insert', 'consultations', caseId, {
			...emptyConsultation({
				createdAt: '2026-11-02T08:00:00.000Z',
				createdBy: 'ignored',
				countyId: 'pirkanmaa'
			}),
			status: 'submitted',
			consent: 'given',
			consentDate: '2026-11-01',
			consentMethod: 'in-person',
			question: 'Miten edetään?'
		});
		const assigned = { assigneeIds: [lawyer], groupId };
		await push('coordinator', 'update', 'consultations', caseId, assigned, 1);
		const timelineEntry = (type: string, forRequester: boolean, stage: string | null = null) => ({
			consultationId: caseId,
			type,
			text: type === 'note' ? 'Teksti' : '',
			forRequester,
			stage,
			consent: null,
			at: '2026-11-03T09:00:00.000Z',
			createdBy: 'ignored',
			countyId: 'pirkanmaa'
		});
		const add = async (label: string, who: Writer, fields: object) => {
			recordIds[label] = newClientId();
			await push(who, 'insert', 'consultation_events', recordIds[label]!, { ...fields });
		};
		await add('a note for the requester', 'coordinator', timelineEntry('note', true));
		await add('an internal note', 'coordinator', timelineEntry('note', false));
		await add('a stage change', 'coordinator', timelineEntry('stage', true, 'plan'));
		await add("the requester's own note", 'requester', timelineEntry('note', false));
		await add("the assigned expert's note", 'assignedExpert', timelineEntry('note', false));
		const hidden = 'a note hidden from the requester after it was shown';
		await add(hidden, 'coordinator', timelineEntry('note', true));
		await push(
			'coordinator',
			'update',
			'consultation_events',
			recordIds[hidden]!,
			{
				forRequester: false
			},
			1
		);
		// The requester's draft, and a case of theirs closed 60 days ago, set for the group with
		// the expert assigned: past every expert's grace period.
		const request = (fields: object) => ({
			...emptyConsultation({
				createdAt: '2026-11-02T08:00:00.000Z',
				createdBy: 'ignored',
				countyId: 'pirkanmaa'
			}),
			consent: 'given',
			consentDate: '2026-11-01',
			consentMethod: 'in-person',
			question: 'Miten edetään?',
			...fields
		});
		recordIds["the requester's draft"] = newClientId();
		await push('requester', 'insert', 'consultations', recordIds["the requester's draft"], {
			...request({ status: 'draft' })
		});
		const closedId = newClientId();
		recordIds['a case closed past the grace period'] = closedId;
		await push('requester', 'insert', 'consultations', closedId, request({ status: 'submitted' }));
		await push(
			'coordinator',
			'update',
			'consultations',
			closedId,
			{
				...assigned,
				status: 'closed',
				closedAt: new Date(Date.now() - 60 * 86_400_000).toISOString()
			},
			1
		);
	});

	afterAll(async () => {
		await app?.stop();
	});

	it('has a row for every kind of record a case holds', () => {
		expect(Object.keys(noteVisibility).sort()).toEqual(Object.keys(recordIds).sort());
	});

	it.each(caseReaders)("the %s's devices receive exactly what they may read", async (reader) => {
		const { changes } = await pullRecords(readers[reader]);
		const got = Object.fromEntries(
			Object.entries(recordIds).map(([label, id]) => {
				const change = changes.find((candidate) => candidate.id === id);
				const received: Received = !change
					? 'nothing'
					: change.deleted || !change.data
						? 'removal'
						: 'content';
				return [label, received];
			})
		);
		const column = caseReaders.indexOf(reader);
		const expected = Object.fromEntries(
			Object.entries(noteVisibility).map(([label, row]) => [label, row[column]])
		);
		expect(got).toEqual(expected);
	});
});
