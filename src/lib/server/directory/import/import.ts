import { isDeepStrictEqual } from 'node:util';
import type { Kysely, Transaction } from 'kysely';
import { foldText } from '$lib/domain/fold';
import { directorySchemas, type DirectoryKind } from '$lib/domain/schemas/directory';
import { audit } from '../../audit';
import type { Database } from '../../db/schema';
import { listEntries, putEntries } from '../repository';
import { sortIssues, type ImportIssue, type NewEntry, type ParseResult } from './types';

export interface ImportOptions extends Partial<
	Pick<ParseResult, 'lines' | 'fields' | 'madeIds' | 'fieldName'>
> {
	/** Check everything against the database, write nothing. */
	dryRun?: boolean;
	/** Who imports, for the audit log (null: the command line). */
	actor?: { actorId: string | null; clientId?: string | null; address?: string | null };
	/** Organisations the same import brings (written with the services, so not stored yet). */
	providerIds?: ReadonlySet<string>;
}

export interface ImportCounts {
	total: number;
	created: number;
	updated: number;
	unchanged: number;
}

export interface ImportOutcome<K extends DirectoryKind> {
	counts: ImportCounts;
	/** The entries as they are (or would be) stored: imported fields over the stored ones. */
	entries: NewEntry<K>[];
	errors: ImportIssue[];
	written: boolean;
}

/** What `checkEntries` found: the outcome but for the writing, and the entries to write. */
export interface CheckedEntries<K extends DirectoryKind> extends Omit<ImportOutcome<K>, 'written'> {
	changed: NewEntry<K>[];
}

type Row = { id: string; kind: string; deleted: number; data: string | null };
type Loose = Record<string, unknown>;

export async function storedRows(
	trx: Transaction<Database>,
	ids: string[]
): Promise<Map<string, Row>> {
	const rows = new Map<string, Row>();
	for (let start = 0; start < ids.length; start += 500) {
		const batch = await trx
			.selectFrom('directory_entries')
			.select(['id', 'kind', 'deleted', 'data'])
			.where('id', 'in', ids.slice(start, start + 500))
			.execute();
		for (const row of batch) rows.set(row.id, { ...row, deleted: Number(row.deleted) });
	}
	return rows;
}

/** An entry without the fields the repository sets. */
function withoutMeta(entry: Loose): Loose {
	const copy = { ...entry };
	delete copy.version;
	delete copy.updatedAt;
	return copy;
}

const isLocalized = (value: unknown): value is Record<'fi' | 'sv' | 'en', string> =>
	!!value && typeof value === 'object' && 'fi' in value && 'sv' in value && 'en' in value;

/**
 * The imported fields over the stored entry. A field the file does not give keeps its stored
 * value, and so does an empty translation (HSDS carries one language, the import Finnish).
 */
function merge(stored: Loose, incoming: Loose, fields?: string[]): Loose {
	const merged = withoutMeta(stored);
	const keys = fields ?? [...new Set([...Object.keys(merged), ...Object.keys(incoming)])];
	for (const key of keys) {
		const next = incoming[key];
		const before = stored[key];
		if (next === undefined) delete merged[key];
		else if (isLocalized(next) && isLocalized(before)) {
			merged[key] = { fi: next.fi, sv: next.sv || before.sv, en: next.en || before.en };
		} else merged[key] = next;
	}
	return { ...merged, id: incoming.id };
}

/** Rows without an id of their own take the id of the same person already stored. */
async function adoptExperts(trx: Transaction<Database>, entries: Loose[], madeIds: string[]) {
	const made = new Set(madeIds);
	if (!entries.some((entry) => made.has(String(entry.id)))) return entries;
	const byEmail = new Map<string, string>();
	const byName = new Map<string, string>();
	for (const expert of await listEntries(trx, 'experts')) {
		if (expert.email) byEmail.set(expert.email.toLowerCase(), expert.id);
		byName.set(`${foldText(expert.name)}|${expert.countyId}`, expert.id);
	}
	return entries.map((entry) => {
		if (!made.has(String(entry.id))) return entry;
		const email = typeof entry.email === 'string' ? entry.email.toLowerCase() : undefined;
		const match =
			(email && byEmail.get(email)) ??
			byName.get(`${foldText(String(entry.name))}|${entry.countyId}`);
		return match ? { ...entry, id: match } : entry;
	});
}

/**
 * Checks entries of one kind against the database inside `trx`, writing nothing: any problem
 * (an id of another kind or of a retired entry, a service's unknown organisation) is answered
 * with its line and field. Unchanged entries are left out of `changed`.
 */
export async function checkEntries<K extends DirectoryKind>(
	trx: Transaction<Database>,
	kind: K,
	entries: NewEntry<K>[],
	options: ImportOptions = {}
): Promise<CheckedEntries<K>> {
	const lineOf = (index: number) => options.lines?.[index] ?? index + 1;
	const fieldOf = options.fieldName ?? ((_index: number, field: string) => field);
	const errors: ImportIssue[] = [];
	let incoming = entries as unknown as Loose[];
	if (kind === 'experts' && options.madeIds?.length) {
		incoming = await adoptExperts(trx, incoming, options.madeIds);
	}
	const stored = await storedRows(
		trx,
		incoming.map((entry) => String(entry.id))
	);
	const providers =
		kind === 'services'
			? await storedRows(trx, [...new Set(incoming.map((entry) => String(entry.providerId)))])
			: new Map<string, Row>();

	const seen = new Map<string, number>();
	const schema = directorySchemas[kind];
	const now = new Date().toISOString();
	const merged: Loose[] = [];
	const changed: Loose[] = [];
	let created = 0;
	incoming.forEach((entry, index) => {
		const line = lineOf(index);
		const id = String(entry.id);
		const fail = (field: string, message: string) =>
			errors.push({ line, field: fieldOf(index, field), message });
		const first = seen.get(id);
		if (first !== undefined) return fail('id', `the same entry as on line ${first}`);
		seen.set(id, line);
		const row = stored.get(id);
		if (row && row.kind !== kind) return fail('id', `this id belongs to an entry of ${row.kind}`);
		if (row?.deleted) return fail('id', 'this entry was retired; give it a new id');
		if (kind === 'services' && !options.providerIds?.has(String(entry.providerId))) {
			const provider = providers.get(String(entry.providerId));
			if (provider?.kind !== 'organisations' || provider.deleted) {
				fail('providerId', 'no organisation in the directory has this id');
			}
		}
		const before = row?.data ? (JSON.parse(row.data) as Loose) : undefined;
		const next = before ? merge(before, entry, options.fields) : entry;
		const valid = schema.safeParse({ ...next, version: 1, updatedAt: now });
		if (!valid.success) {
			const issue = valid.error.issues[0]!;
			return fail(String(issue.path[0] ?? ''), issue.message);
		}
		merged.push(next);
		if (!before) created++;
		if (!before || !isDeepStrictEqual(JSON.parse(JSON.stringify(next)), withoutMeta(before))) {
			changed.push(next);
		}
	});

	return {
		counts: {
			total: incoming.length,
			created,
			updated: changed.length - created,
			unchanged: merged.length - changed.length
		},
		entries: merged as NewEntry<K>[],
		changed: changed as NewEntry<K>[],
		errors: sortIssues(errors)
	};
}

/** Writes what `checkEntries` found changed, through `putEntries`, and logs the import. */
export async function writeEntries<K extends DirectoryKind>(
	trx: Transaction<Database>,
	kind: K,
	checked: CheckedEntries<K>,
	options: ImportOptions = {}
): Promise<void> {
	await putEntries(trx, kind, checked.changed);
	if (options.actor) {
		await audit(trx, {
			...options.actor,
			action: 'directory.import',
			recordTable: kind,
			fields: options.fields ?? Object.keys(directorySchemas[kind].shape)
		});
	}
}

/** Imports entries of one kind all or nothing, in one transaction (`checkEntries`, then writing). */
export async function importEntries<K extends DirectoryKind>(
	db: Kysely<Database>,
	kind: K,
	entries: NewEntry<K>[],
	options: ImportOptions = {}
): Promise<ImportOutcome<K>> {
	return db.transaction().execute(async (trx) => {
		const { changed, ...outcome } = await checkEntries(trx, kind, entries, options);
		if (outcome.errors.length || options.dryRun) return { ...outcome, written: false };
		await writeEntries(trx, kind, { ...outcome, changed }, options);
		return { ...outcome, written: true };
	});
}
