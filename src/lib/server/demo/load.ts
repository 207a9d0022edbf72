import type { Kysely } from 'kysely';
import type { Auth } from '../auth/create-auth';
import type { Database } from '../db/schema';
import { putEntries } from '../directory/repository';
import { DEMO_PASSWORD, demoAccounts } from './accounts';
import {
	demoDirectorySize,
	generateDirectory,
	nationwideCounties,
	nationwideDemoSize,
	type DirectoryPlan,
	type DirectorySize
} from './directory';
import { DEMO_MARKER, readManifest, writeManifest } from './found';
import { keepPilotContacts, storePilotRecords } from './pilot-records';

/**
 * Loads the fictional demo data once; answers whether it did so now. The marker and a
 * manifest of the ids written (src/lib/server/demo/found.ts) let a later start with the demo
 * off recognise exactly this data and remove it.
 */
export async function loadDemoDataOnce(db: Kysely<Database>, auth: Auth): Promise<boolean> {
	const loaded = await db.transaction().execute(async (trx) => {
		const marker = await trx
			.selectFrom('app_meta')
			.select('value')
			.where('key', '=', DEMO_MARKER)
			.executeTakeFirst();
		if (marker) return false;
		const directory = await storeDirectory(trx, demoDirectorySize);
		const nationwide = await storeDirectory(trx, nationwideDemoSize, {
			counties: nationwideCounties,
			countyWide: true,
			ngoId: directory.organisations.find((organisation) => organisation.type === 'ngo')!.id
		});
		await writeManifest(trx, {
			accounts: [],
			directory: [...Object.values(directory), ...Object.values(nationwide)].flatMap((entries) =>
				entries.map((entry: { id: string }) => entry.id)
			)
		});
		await trx
			.insertInto('app_meta')
			.values({ key: DEMO_MARKER, value: new Date().toISOString() })
			.execute();
		return true;
	});
	if (loaded) {
		const accounts = await createDemoAccounts(auth);
		const manifest = await readManifest(db);
		await writeManifest(db, { directory: manifest?.directory ?? [], accounts });
		// The pilot-shaped records belong to the demo coordinator, who exists only now.
		await storePilotRecords(
			db,
			demoAccounts.find((account) => account.role === 'coordinator')!.email
		);
		await keepPilotContacts(db);
	}
	return loaded;
}

/** Generates a directory of `size` and stores it (demo data, benchmark sets). */
export async function storeDirectory(
	db: Kysely<Database>,
	size: DirectorySize,
	plan?: DirectoryPlan
) {
	const directory = generateDirectory(size, new Date(), plan);
	await putEntries(db, 'organisations', directory.organisations);
	await putEntries(db, 'units', directory.units);
	await putEntries(db, 'experts', directory.experts);
	await putEntries(db, 'groups', directory.groups);
	await putEntries(db, 'services', directory.services);
	return directory;
}

async function createDemoAccounts(auth: Auth): Promise<string[]> {
	const ids: string[] = [];
	for (const account of demoAccounts) {
		// Without request headers better-auth lets the server itself create users.
		const { user } = await auth.api.createUser({
			body: {
				email: account.email,
				name: account.name,
				password: DEMO_PASSWORD,
				role: account.role,
				data: { countyId: account.countyId, emailVerified: true }
			}
		});
		ids.push(user.id);
	}
	return ids;
}
