// `tsx scripts/gen-records.ts --contacts 100000`: many fictional contacts for benchmarks, owned
// by the demo coordinator, stored into the database the server would use (DATABASE_URL, else
// DATA_DIR) as if pushed from a device. Start the server once first: it makes the demo accounts.
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { connectDatabase } from '$lib/server/db/connect';
import { reserveSeq } from '$lib/server/db/counters';
import { migrateToLatest } from '$lib/server/db/migrate';
import { demoAccounts } from '$lib/server/demo/accounts';
import { bulkContact } from '$lib/server/demo/bulk-contacts';
import { loadServerConfig } from '$lib/server/env';

const BATCH = 1000;

async function main() {
	const { values } = parseArgs({ options: { contacts: { type: 'string' } } });
	const count = Number(values.contacts ?? 100_000);
	if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
		throw new Error('--contacts must be a whole number from 1 to 2 000 000');
	}
	const handle = await connectDatabase(loadServerConfig(process.env).database);
	try {
		const started = performance.now();
		await migrateToLatest(handle.db);
		const email = demoAccounts.find((account) => account.role === 'coordinator')!.email;
		const owner = await handle.db
			.selectFrom('auth_user')
			.select('id')
			.where('email', '=', email)
			.executeTakeFirst();
		if (!owner) throw new Error(`no ${email}: start the server once to load the demo data`);
		const now = new Date().toISOString();
		for (let first = 0; first < count; first += BATCH) {
			await handle.db.transaction().execute(async (trx) => {
				const size = Math.min(BATCH, count - first);
				const seq = await reserveSeq(trx, size);
				const rows = Array.from({ length: size }, (_, offset) => {
					const data = bulkContact(first + offset, count, owner.id);
					const stamps = Object.fromEntries(
						Object.keys(data).map((field) => [field, { version: 1, clientId: 'bench' }])
					);
					return {
						id: uuidv7(),
						kind: 'contacts',
						owner_id: owner.id,
						county_id: data.countyId,
						version: 1,
						seq: seq + offset,
						updated_at: now,
						data: JSON.stringify(data),
						stamps: JSON.stringify(stamps)
					};
				});
				// Statements of 100 rows stay within both databases' parameter limits.
				for (let at = 0; at < rows.length; at += 100) {
					await trx
						.insertInto('records')
						.values(rows.slice(at, at + 100))
						.execute();
				}
			});
		}
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`Stored ${count} contacts in ${seconds} s (${handle.kind} ${handle.description}).`);
	} finally {
		await handle.db.destroy();
	}
}

main().catch((error: unknown) => {
	console.error(`gen-records: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
});
