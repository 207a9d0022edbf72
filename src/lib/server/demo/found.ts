import type { Kysely, Transaction } from 'kysely';
import type { Auth } from '../auth/create-auth';
import type { Database } from '../db/schema';
import { DEMO_PASSWORD, demoAccounts } from './accounts';
import { DEMO_CONTACT_RETENTION_MONTHS } from './pilot-records';

type Db = Kysely<Database> | Transaction<Database>;

/** app_meta: when the demo data was loaded (ISO time); present since the first release. */
export const DEMO_MARKER = 'demo_loaded';
/** app_meta: the ids the loader wrote (JSON `DemoManifest`); databases loaded before it lack it. */
export const DEMO_MANIFEST = 'demo_manifest';

export interface DemoManifest {
	accounts: string[];
	directory: string[];
}

/** better-auth's columns that only recognition reads (it owns these tables). */
type AuthTables = {
	auth_user: { createdAt: string | Date | number };
	auth_account: { id: string; userId: string; providerId: string; password: string | null };
};

export interface DemoAccount {
	id: string;
	email: string;
	role: string;
}

export interface DemoDirectoryEntry {
	id: string;
	kind: string;
	name: string;
}

/** What of the demo data is in the database, recognised as described in `findDemoData`. */
export interface FoundDemoData {
	/** When the loader ran (the marker), or null when only accounts gave it away. */
	loadedAt: string | null;
	accounts: DemoAccount[];
	/** Demo directory entries nobody but a demo account has changed: removable. */
	directory: DemoDirectoryEntry[];
	/** Demo directory entries a real account (or an import) has changed since: kept. */
	changedByOthers: DemoDirectoryEntry[];
	/** Live records the demo accounts own, by kind: the pilot set and anything made with them. */
	records: Record<string, number>;
	/** Retention settings the demo made (or a demo account chose): reset to the defaults. */
	retentionKinds: string[];
}

export const isEmpty = (found: FoundDemoData) =>
	!found.loadedAt &&
	found.accounts.length === 0 &&
	found.directory.length === 0 &&
	found.changedByOthers.length === 0 &&
	Object.keys(found.records).length === 0;

const demoEmails = demoAccounts.map((account) => account.email);
/** Legacy databases: the loader made the accounts right after writing the marker. */
const ACCOUNTS_WINDOW_MS = 15 * 60_000;
/** Legacy databases: the loader wrote the directory just before the marker. */
const DIRECTORY_WINDOW_MS = 10 * 60_000;
/** Fictional contact details only the generated demo content uses. */
const demoFingerprint = /@example\.fi\b|\/\/[a-z.]*example\.fi\b|\b040 000 \d{4}\b|\(demo\)/;

async function readMeta(db: Db, key: string) {
	const row = await db
		.selectFrom('app_meta')
		.select('value')
		.where('key', '=', key)
		.executeTakeFirst();
	return row?.value;
}

export async function readManifest(db: Db): Promise<DemoManifest | undefined> {
	const value = await readMeta(db, DEMO_MANIFEST);
	if (!value) return undefined;
	try {
		const parsed = JSON.parse(value) as Partial<DemoManifest>;
		return { accounts: parsed.accounts ?? [], directory: parsed.directory ?? [] };
	} catch {
		return undefined;
	}
}

export async function writeManifest(db: Db, manifest: DemoManifest) {
	await db
		.insertInto('app_meta')
		.values({ key: DEMO_MANIFEST, value: JSON.stringify(manifest) })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(manifest) }))
		.execute();
}

/**
 * The demo accounts present. An account is one when its e-mail is a demo e-mail and the
 * loader made it (its id is in the manifest; in older databases, it was made within minutes
 * after the marker) — or, whatever its history, when it still has the public demo password.
 * Someone's real account that merely uses such an address is left alone.
 */
export async function findDemoAccounts(db: Kysely<Database>, auth: Auth): Promise<DemoAccount[]> {
	const candidates = await db
		.withTables<AuthTables>()
		.selectFrom('auth_user')
		.select(['id', 'email', 'role', 'createdAt'])
		.where('email', 'in', demoEmails)
		.execute();
	if (candidates.length === 0) return [];
	const loadedAt = await readMeta(db, DEMO_MARKER);
	const manifest = await readManifest(db);
	const found: DemoAccount[] = [];
	for (const user of candidates) {
		const made = new Date(user.createdAt).getTime();
		const loaded = loadedAt ? Date.parse(loadedAt) : NaN;
		const byLoader =
			!!manifest?.accounts.includes(user.id) ||
			(made >= loaded - 60_000 && made <= loaded + ACCOUNTS_WINDOW_MS);
		if (byLoader || (await hasDemoPassword(db, auth, user.id))) {
			found.push({ id: user.id, email: user.email, role: user.role ?? 'worker' });
		}
	}
	return found.sort((a, b) => demoEmails.indexOf(a.email) - demoEmails.indexOf(b.email));
}

async function hasDemoPassword(db: Kysely<Database>, auth: Auth, userId: string) {
	const account = await db
		.withTables<AuthTables>()
		.selectFrom('auth_account')
		.select('password')
		.where('userId', '=', userId)
		.where('providerId', '=', 'credential')
		.executeTakeFirst();
	if (!account?.password) return false;
	const context = await auth.$context;
	return context.password
		.verify({ hash: account.password, password: DEMO_PASSWORD })
		.catch(() => false);
}

/**
 * Everything of the demo in the database:
 * - accounts as `findDemoAccounts`;
 * - directory entries the loader wrote (the manifest; in older databases, entries never
 *   changed that were written in the minutes before the marker, and changed ones that still
 *   carry the demo's fictional contact details), and entries a demo account created. One
 *   that a real account (or an import) has changed since is kept and reported instead;
 * - records owned by a demo account: the pilot set, and whatever was made under the public
 *   password, which is no place for real information;
 * - the demo's own retention setting and any a demo account chose.
 */
export async function findDemoData(db: Kysely<Database>, auth: Auth): Promise<FoundDemoData> {
	const loadedAt = (await readMeta(db, DEMO_MARKER)) ?? null;
	const accounts = await findDemoAccounts(db, auth);
	const demoIds = accounts.map((account) => account.id);
	const manifest = await readManifest(db);

	const candidateIds = new Set<string>(manifest?.directory ?? []);
	if (loadedAt && !manifest) {
		const loaded = Date.parse(loadedAt);
		const unchanged = await db
			.selectFrom('directory_entries')
			.select('id')
			.where('deleted', '=', 0)
			.where('version', '=', 1)
			.where('updated_at', '>=', new Date(loaded - DIRECTORY_WINDOW_MS).toISOString())
			.where('updated_at', '<=', loadedAt)
			.execute();
		for (const row of unchanged) candidateIds.add(row.id);
		const changed = await db
			.selectFrom('directory_entries')
			.select(['id', 'data'])
			.where('deleted', '=', 0)
			.where('version', '>', 1)
			.execute();
		for (const row of changed) if (demoFingerprint.test(row.data ?? '')) candidateIds.add(row.id);
	}
	if (demoIds.length > 0) {
		const created = await db
			.selectFrom('audit_log')
			.select('record_id')
			.where('action', '=', 'directory.create')
			.where('actor_id', 'in', demoIds)
			.execute();
		for (const row of created) if (row.record_id) candidateIds.add(row.record_id);
	}

	const directory: DemoDirectoryEntry[] = [];
	const changedByOthers: DemoDirectoryEntry[] = [];
	const ids = [...candidateIds];
	for (let start = 0; start < ids.length; start += 500) {
		const batch = ids.slice(start, start + 500);
		const rows = await db
			.selectFrom('directory_entries')
			.select(['id', 'kind', 'version', 'data'])
			.where('id', 'in', batch)
			.where('deleted', '=', 0)
			.execute();
		const trail = await db
			.selectFrom('audit_log')
			.select(['record_id', 'action', 'actor_id'])
			.where('record_table', '=', 'directory_entries')
			.where('record_id', 'in', batch)
			.execute();
		for (const row of rows) {
			const entry = { id: row.id, kind: row.kind, name: entryName(row.data) };
			const steps = trail.filter((step) => step.record_id === row.id);
			// Every change after the first version must be a demo account's for the entry to go.
			const byDemo = steps.filter(
				(step) => step.action === 'directory.update' && demoIds.includes(step.actor_id ?? '')
			).length;
			const byOthers = steps.some((step) => !demoIds.includes(step.actor_id ?? ''));
			if (byOthers || row.version - 1 > byDemo) changedByOthers.push(entry);
			else directory.push(entry);
		}
	}

	const records: Record<string, number> = {};
	if (demoIds.length > 0) {
		const counts = await db
			.selectFrom('records')
			.select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
			.where('owner_id', 'in', demoIds)
			.where('deleted', '=', 0)
			.groupBy('kind')
			.execute();
		for (const row of counts) records[row.kind] = Number(row.n);
	}

	const retention = await db
		.selectFrom('retention_settings')
		.select(['kind', 'months', 'updated_by'])
		.execute();
	const retentionKinds = retention
		.filter(
			(row) =>
				(row.updated_by !== null && demoIds.includes(row.updated_by)) ||
				(!!loadedAt &&
					row.updated_by === null &&
					row.kind === 'contacts' &&
					row.months === DEMO_CONTACT_RETENTION_MONTHS)
		)
		.map((row) => row.kind);

	return { loadedAt, accounts, directory, changedByOthers, records, retentionKinds };
}

function entryName(data: string | null): string {
	if (!data) return '';
	const parsed = JSON.parse(data) as { name?: string | { fi?: string } };
	return typeof parsed.name === 'string' ? parsed.name : (parsed.name?.fi ?? '');
}
