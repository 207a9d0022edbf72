import type { Kysely } from 'kysely';
import { findCounty } from '$lib/domain/areas';
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
	const directory = await db.transaction().execute(async (trx) => {
		const marker = await trx
			.selectFrom('app_meta')
			.select('value')
			.where('key', '=', DEMO_MARKER)
			.executeTakeFirst();
		if (marker) return null;
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
		return directory;
	});
	if (directory) {
		const links = demoExpertLinks(directory);
		const accounts = await createDemoAccounts(auth, links);
		const manifest = await readManifest(db);
		await writeManifest(db, { directory: manifest?.directory ?? [], accounts });
		// The pilot-shaped records belong to the demo coordinator, who exists only now. The demo
		// experts read its open Pirkanmaa cases: one assigned in person, the others set for the
		// group one of them sits in and the mobile pair prepares (pilot-records.ts).
		const linked = [...links.values()];
		const pair = linked.find((link) => link.via === 'mobile-pair');
		await storePilotRecords(
			db,
			demoAccounts.find((account) => account.role === 'coordinator')!.email,
			{
				assigneeIds: linked.filter((link) => link.via === 'assigned').map((link) => link.expert.id),
				groupId: linked.find((link) => link.via === 'group')?.groupId ?? null,
				readyBy: pair ? accounts[demoAccounts.findIndex((a) => a.email === pair.email)] : undefined
			}
		);
		await keepPilotContacts(db);
	}
	return !!directory;
}

type DemoDirectory = ReturnType<typeof generateDirectory>;
interface ExpertLink {
	email: string;
	expert: DemoDirectory['experts'][number];
	via: 'assigned' | 'group' | 'mobile-pair';
	/** The group through which the expert reads the demo cases, or null: assigned in person. */
	groupId: string | null;
}

/**
 * The directory entry each demo expert account is linked to (by e-mail): the first expert of
 * the account's OT area with its expertise, its own county first — one sitting in a group
 * of that county when the account reads the cases through a group; and that group's mobile
 * pair for the mobile pair's account.
 */
function demoExpertLinks(directory: DemoDirectory): Map<string, ExpertLink> {
	const links = new Map<string, ExpertLink>();
	const byId = new Map(directory.experts.map((expert) => [expert.id, expert]));
	for (const account of demoAccounts) {
		if (!account.expert) continue;
		const { expertise, via } = account.expert;
		if (via === 'mobile-pair') {
			const groupId = [...links.values()].find((link) => link.via === 'group')?.groupId;
			const group = directory.groups.find(
				(candidate) =>
					candidate.id === groupId ||
					(!groupId &&
						candidate.countyId === account.countyId &&
						candidate.mobilePairIds.length > 0)
			);
			const expert = byId.get(group?.mobilePairIds[0] ?? '');
			if (group && expert) {
				links.set(account.email, { email: account.email, expert, via, groupId: group.id });
			}
			continue;
		}
		const area = findCounty(account.countyId)?.areaId;
		const candidates = directory.experts
			.filter((expert) => expert.expertise.includes(expertise))
			.filter((expert) => findCounty(expert.countyId)?.areaId === area)
			.sort((a, b) => +(b.countyId === account.countyId) - +(a.countyId === account.countyId));
		for (const expert of candidates) {
			const group = directory.groups.find(
				(candidate) =>
					candidate.countyId === account.countyId && candidate.memberIds.includes(expert.id)
			);
			if (via === 'group' && !group) continue;
			const groupId = via === 'group' ? group!.id : null;
			links.set(account.email, { email: account.email, expert, via, groupId });
			break;
		}
	}
	return links;
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

async function createDemoAccounts(auth: Auth, links: Map<string, ExpertLink>): Promise<string[]> {
	const ids: string[] = [];
	for (const account of demoAccounts) {
		const link = links.get(account.email);
		// Without request headers better-auth lets the server itself create users.
		const { user } = await auth.api.createUser({
			body: {
				email: account.email,
				name: link?.expert.name ?? account.name,
				password: DEMO_PASSWORD,
				role: account.role,
				data: {
					countyId: link?.expert.countyId ?? account.countyId,
					emailVerified: true,
					...(link ? { expertId: link.expert.id } : {})
				}
			}
		});
		ids.push(user.id);
	}
	return ids;
}
