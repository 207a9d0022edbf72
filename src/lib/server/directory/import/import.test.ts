import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { storeDirectory } from '../../demo/load';
import { toHsdsService } from '../../hsds/service';
import { getEntry, listEntries } from '../repository';
import { parseExpertsCsv } from './experts-csv';
import { parseHsdsServices } from './hsds';
import { importEntries } from './import';
import { runImport } from './run';

let handle: DatabaseHandle;

beforeEach(async () => {
	handle = await connectDatabase({ kind: 'sqlite', file: ':memory:' });
	await migrateToLatest(handle.db);
	await storeDirectory(handle.db, { experts: 3, services: 4, groups: 0, units: 1 });
});

afterEach(async () => {
	await handle.db.destroy();
});

const csv = (...rows: string[]) => ['name;title;organisation;county;email', ...rows].join('\n');
const countRows = async () =>
	(await handle.db.selectFrom('directory_entries').select(['id', 'version']).execute()).length;

describe('importEntries', () => {
	it('writes good entries in one go and matches people already stored by e-mail', async () => {
		const [stored] = await listEntries(handle.db, 'experts');
		const parsed = parseExpertsCsv(
			csv(
				`${stored!.name};Uusi nimike;${stored!.organisation};${stored!.countyId};${stored!.email}`,
				'Uusi Henkilö;Psykologi;Org;lappi;uusi@example.fi'
			)
		);
		const outcome = await importEntries(handle.db, 'experts', parsed.entries, parsed);
		expect(outcome.errors).toEqual([]);
		expect(outcome.counts).toEqual({ total: 2, created: 1, updated: 1, unchanged: 0 });
		const after = await getEntry(handle.db, stored!.id);
		// The file had no roles or expertise columns: the stored ones stay.
		expect(after?.entry).toMatchObject({
			title: 'Uusi nimike',
			roles: stored!.roles,
			expertise: stored!.expertise,
			version: 2
		});
	});

	it('writes nothing when one row is bad against the database', async () => {
		const before = await countRows();
		const [service] = await listEntries(handle.db, 'services');
		const orphan = { ...service!, id: '0196a0a0-0000-7000-8000-00000000abcd' };
		orphan.providerId = '0196a0a0-0000-7000-8000-00000000dead';
		const parsed = parseHsdsServices(
			JSON.stringify([toHsdsService(service!, 'fi'), toHsdsService(orphan, 'fi')], null, 1)
		);
		expect(parsed.errors).toEqual([]);
		const outcome = await importEntries(handle.db, 'services', parsed.entries, parsed);
		expect(outcome.written).toBe(false);
		expect(outcome.errors).toMatchObject([{ line: parsed.lines[1], field: 'organization_id' }]);
		expect(await countRows()).toBe(before);
		expect((await getEntry(handle.db, service!.id))?.entry.version).toBe(service!.version);
	});

	it('refuses an id that belongs to another kind of entry', async () => {
		const [expert] = await listEntries(handle.db, 'experts');
		const parsed = parseExpertsCsv(`id;name;title;organisation;county\n${expert!.id};A;B;C;lappi`);
		const [unit] = await listEntries(handle.db, 'units');
		const clash = { ...parsed.entries[0]!, id: unit!.id };
		const outcome = await importEntries(handle.db, 'experts', [clash], parsed);
		expect(outcome.errors).toMatchObject([{ line: 2, field: 'id' }]);
	});

	it('keeps the stored Swedish and English texts when an HSDS file brings Finnish only', async () => {
		const [service] = await listEntries(handle.db, 'services');
		const hsds = toHsdsService(service!, 'fi');
		const report = await runImport(
			handle.db,
			'hsds',
			JSON.stringify([{ ...hsds, name: 'Uusi nimi' }])
		);
		expect(report.errors).toEqual([]);
		expect(report.counts).toMatchObject({ created: 0, updated: 1 });
		const after = (await getEntry(handle.db, service!.id))?.entry;
		expect(after).toMatchObject({
			name: { fi: 'Uusi nimi', sv: service!.name.sv, en: service!.name.en },
			summary: service!.summary
		});
	});

	it('counts an unchanged file as unchanged, and a dry run writes nothing', async () => {
		const services = await listEntries(handle.db, 'services');
		const file = JSON.stringify(services.map((service) => toHsdsService(service, 'fi')));
		const dry = await runImport(handle.db, 'hsds', file, { dryRun: true });
		expect(dry).toMatchObject({ written: false, errors: [] });
		expect(dry.counts.unchanged).toBe(services.length);
		expect(dry.sample).toHaveLength(Math.min(5, services.length));
		const real = await runImport(handle.db, 'hsds', file);
		expect(real.written).toBe(true);
		expect(await listEntries(handle.db, 'services')).toEqual(services);
	});

	it('refuses a file with U+0000 before reading it', async () => {
		const report = await runImport(handle.db, 'experts-csv', csv('A\\u0000;B;C;lappi;'));
		expect(report.errors).toMatchObject([{ line: 2, field: '' }]);
	});
});
