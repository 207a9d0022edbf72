/**
 * The invariants of DESIGN.md, checked against the server's real database: a failed push
 * leaves nothing of its batch (snapshot, before and after), and once the network has healed
 * nothing is lost, nothing applied twice, no update lost without a conflict row, and every
 * device holds exactly what the server has for it (verifyWorld).
 */
import { isDeepStrictEqual } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/schema';
import { check, mutationKey as key } from './check';
import type { SimDevice } from './device';
import type { Ledger, Observed } from './ledger';

/** Everything a push may change, for the atomicity check. */
export async function snapshot(db: Kysely<Database>, clientId: string, recordIds: Set<string>) {
	const count = async (table: 'records' | 'sync_conflicts' | 'sync_quarantine' | 'audit_log') =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const ids = [...recordIds];
	return {
		records: await count('records'),
		conflicts: await count('sync_conflicts'),
		quarantine: await count('sync_quarantine'),
		audit: await count('audit_log'),
		counter: Number(
			(
				await db
					.selectFrom('counters')
					.select('value')
					.where('name', '=', 'seq')
					.executeTakeFirstOrThrow()
			).value
		),
		lastMid:
			(
				await db
					.selectFrom('sync_clients')
					.select('last_mid')
					.where('client_id', '=', clientId)
					.executeTakeFirst()
			)?.last_mid ?? null,
		rows:
			ids.length === 0
				? []
				: await db
						.selectFrom('records')
						.select(['id', 'version', 'seq', 'deleted', 'flagged', 'data', 'stamps'])
						.where('id', 'in', ids)
						.orderBy('id')
						.execute()
	};
}

/** What verifyWorld reads: the server's database and the world's devices and log. */
export interface Settled {
	db: Kysely<Database>;
	devices: readonly SimDevice[];
	recordIds: Set<string>;
	ledger: Ledger;
}

/** The invariants, checked against the server's database once the world has settled. */
export async function verifyWorld({ db, devices, recordIds, ledger }: Settled) {
	const clientIds = devices.map((device) => device.clientId);
	const ids = [...recordIds];
	const records = ids.length
		? await db.selectFrom('records').selectAll().where('id', 'in', ids).execute()
		: [];
	const byId = new Map(records.map((row) => [row.id, row]));
	const clients = await db
		.selectFrom('sync_clients')
		.select(['client_id', 'last_mid'])
		.where('client_id', 'in', clientIds)
		.execute();
	const quarantine = await db
		.selectFrom('sync_quarantine')
		.select(['client_id', 'mid', 'mutation'])
		.where('client_id', 'in', clientIds)
		.execute();
	const conflicts = await db
		.selectFrom('sync_conflicts')
		.select(['record_id', 'field', 'client_id', 'client_value'])
		.where('client_id', 'in', clientIds)
		.execute();
	const audits = await db
		.selectFrom('audit_log')
		.select(['client_id'])
		.where('action', '=', 'record.write')
		.where('client_id', 'in', clientIds)
		.execute();

	// Nothing lost: every change a device made was taken exactly once, and the server's
	// last mutation id is the device's last.
	for (const device of devices) {
		const lastMid = clients.find((row) => row.client_id === device.clientId)?.last_mid ?? 0;
		check(
			Number(lastMid) === device.made,
			`${device.label}: server last_mid ${lastMid}, device made ${device.made}`
		);
	}
	for (const [id, { mutation, raw }] of ledger.created) {
		const seen = ledger.terminal.get(id);
		check(seen, `mutation ${id} (${mutation.op}) was acknowledged but never applied`);
		const { result } = seen;
		check(!raw || result.status === 'rejected', `malformed ${id} was ${result.status}`);
		if (result.status === 'rejected') {
			const kept = quarantine.filter(
				(row) => key(row.client_id, Number(row.mid)) === id && row.mutation
			);
			check(kept.length === 1, `rejected ${id} is in quarantine ${kept.length} times`);
			check(isDeepStrictEqual(JSON.parse(kept[0]!.mutation), mutation), `quarantine changed ${id}`);
		}
		if (result.status === 'conflict') {
			for (const field of result.conflicts ?? []) {
				const row = conflicts.find(
					(candidate) =>
						candidate.record_id === mutation.id &&
						candidate.field === field &&
						key(candidate.client_id, mutation.mid) === id &&
						candidate.client_value === JSON.stringify(mutation.fields[field])
				);
				check(row, `conflict on ${mutation.id}.${field} from ${id} has no sync_conflicts row`);
			}
		}
		if (mutation.op === 'insert' && result.status === 'applied') {
			const row = byId.get(mutation.id);
			check(row, `applied insert ${id} has no record`);
		}
	}
	const terminal = [...ledger.terminal.values()];
	check(
		quarantine.length === terminal.filter((seen) => seen.result.status === 'rejected').length,
		'quarantine holds rows no answer accounts for'
	);
	check(
		conflicts.length ===
			terminal.reduce((sum, seen) => sum + (seen.result.conflicts?.length ?? 0), 0),
		'sync_conflicts holds rows no answer accounts for'
	);

	// Nothing applied twice, as the audit log sees it: at most one write per taken mutation,
	// and at least one for each that certainly changed something.
	for (const clientId of clientIds) {
		const written = audits.filter((row) => row.client_id === clientId).length;
		const mine = terminal.filter((seen) => seen.clientId === clientId);
		const mayWrite = mine.filter((seen) => seen.result.status !== 'rejected').length;
		const mustWrite = mine.filter(
			(seen) =>
				(seen.result.status === 'applied' &&
					(seen.mutation.op !== 'update' || 'note' in seen.mutation.fields)) ||
				(seen.result.status === 'conflict' &&
					'note' in seen.mutation.fields &&
					!seen.result.conflicts?.includes('note'))
		).length;
		check(
			written >= mustWrite && written <= mayWrite,
			`${clientId}: ${written} audited writes for ${mustWrite}..${mayWrite} applied changes`
		);
	}

	// No update lost without a conflict row: of two successive writes of a field by different
	// devices, the later one's author must have seen the earlier one — received a version
	// that holds it — else the later write must have become a conflict.
	for (const id of ids) {
		const row = byId.get(id);
		const onRecord = terminal.filter((seen) => seen.mutation.id === id);
		const deletes = onRecord.filter(
			(seen) => seen.mutation.op === 'delete' && seen.result.status === 'applied'
		);
		check(deletes.length <= 1, `${id} deleted ${deletes.length} times`);
		check(
			!row || !!row.deleted === (deletes.length === 1),
			`${id}: deleted=${row?.deleted} after ${deletes.length} applied deletes`
		);
		if (row?.deleted) check(row.data === null, `tombstone ${id} keeps its payload`);
		for (const field of ['note', 'occurredAt']) {
			const writes = onRecord
				.filter(
					(seen) =>
						field in seen.mutation.fields &&
						seen.mutation.op !== 'delete' &&
						(seen.result.status === 'applied' ||
							(seen.result.status === 'conflict' && !seen.result.conflicts?.includes(field)))
				)
				.sort((a, b) => a.result.version! - b.result.version!);
			for (let n = 1; n < writes.length; n++) {
				const [earlier, later] = [writes[n - 1]!, writes[n]!];
				const seen = ledger.created.get(key(later.clientId, later.mutation.mid))!.seen;
				check(
					later.result.version! > earlier.result.version!,
					`${id}.${field} written twice at version ${later.result.version}`
				);
				check(
					later.clientId === earlier.clientId || seen >= earlier.result.version!,
					`${id}.${field}: ${describeWrite(later)} overwrote ${describeWrite(earlier)} ` +
						`without having seen it, and no conflict was kept`
				);
			}
			if (row && !row.deleted && writes.length > 0) {
				const last = writes[writes.length - 1]!;
				const data = JSON.parse(row.data!) as Record<string, unknown>;
				check(
					isDeepStrictEqual(data[field], last.mutation.fields[field]),
					`${id}.${field} is ${JSON.stringify(data[field])}, its last write was ` +
						`${JSON.stringify(last.mutation.fields[field])}`
				);
			}
		}
	}

	// All replicas converge: each device holds exactly the live records it may see, as the
	// server has them.
	for (const device of devices) {
		const visible = records.filter(
			(row) =>
				!row.deleted &&
				(row.owner_id === device.actor.userId ||
					(device.actor.role !== 'worker' && row.county_id === device.actor.countyId))
		);
		const local = await device.records();
		check(
			isDeepStrictEqual(Object.keys(local).sort(), visible.map((row) => row.id).sort()),
			`${device.label} holds ${Object.keys(local).sort()} but may see ` +
				`${visible.map((row) => row.id).sort()}`
		);
		for (const row of visible) {
			const mine = local[row.id]!;
			// A malformed change is stacked on the device's copy like any other until the server
			// refuses it; a broken app's own copy is not what this checks.
			if (device.tainted.has(row.id)) continue;
			check(
				mine.version === row.version && isDeepStrictEqual(mine.data, JSON.parse(row.data!)),
				`${device.label} has ${row.id} at v${mine.version} ${JSON.stringify(mine.data)}, ` +
					`the server at v${row.version} ${row.data}`
			);
		}
	}
}

function describeWrite(seen: Observed) {
	return `${seen.clientId.slice(-2)}#${seen.mutation.mid} (base ${seen.mutation.baseVersion}, v${seen.result.version})`;
}
