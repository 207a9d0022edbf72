import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	anExpert,
	anOrganisation,
	aService,
	aUnit
} from '../../../../tests/support/directory-factories';
import { RefDb } from '../db/ref-db';
import { organisationNames, resolveHits } from './resolve';
import { INDEX_FORMAT } from './search-index';
import { readStoredIndex, rebuildStoredIndex } from './stored-index';

const CURSOR = 'referenceCursor';

let db: RefDb;
beforeEach(() => {
	db = new RefDb(`test-${uuidv7()}`);
});
afterEach(async () => {
	await db.delete();
});

const org = anOrganisation({ name: 'Erotuki ry' });
const expert = anExpert({ name: 'Elina Hämäläinen' });
const unit = aUnit(org.id, { name: 'EVA-yksikkö' });
const service = aService(org.id);

async function storeDirectory(cursor: string) {
	await db.organisations.put(org);
	await db.experts.put(expert);
	await db.units.put(unit);
	await db.services.put(service);
	await db.meta.put({ key: CURSOR, value: cursor });
}

describe('saved search index', () => {
	it('is absent until the device holds a directory', async () => {
		expect(await readStoredIndex(db)).toBeNull();
		expect(await rebuildStoredIndex(db)).toBeNull();
	});

	it('is built from the directory, saved with its cursor and read back at the next start', async () => {
		await storeDirectory('reference.a');
		const built = await rebuildStoredIndex(db);
		expect(built?.cursor).toBe('reference.a');
		expect(built?.index.search('hamalainen').map((hit) => hit.id)).toEqual([expert.id]);

		const read = await readStoredIndex(db);
		expect(read?.cursor).toBe('reference.a');
		expect(read?.index.search('hamalainen')).toEqual(built?.index.search('hamalainen'));
	});

	it('is out of date once the cursor moves, and a rebuild takes in the change', async () => {
		await storeDirectory('reference.a');
		await rebuildStoredIndex(db);
		const newcomer = anExpert({ name: 'Oskari Järvinen' });
		await db.experts.put(newcomer);
		await db.meta.put({ key: CURSOR, value: 'reference.b' });

		expect(await readStoredIndex(db)).toBeNull();
		const rebuilt = await rebuildStoredIndex(db);
		expect(rebuilt?.cursor).toBe('reference.b');
		expect(rebuilt?.index.search('jarvinen').map((hit) => hit.id)).toEqual([newcomer.id]);
	});

	it('is ignored when saved in another format or damaged', async () => {
		await storeDirectory('reference.a');
		await db.meta.put({
			key: 'searchIndex',
			value: { format: INDEX_FORMAT + 1, cursor: 'reference.a', json: '{}' }
		});
		expect(await readStoredIndex(db)).toBeNull();
		await db.meta.put({
			key: 'searchIndex',
			value: { format: INDEX_FORMAT, cursor: 'reference.a', json: '{"broken"' }
		});
		expect(await readStoredIndex(db)).toBeNull();
	});
});

describe('search hits to rows', () => {
	it('answers the rows in hit order, leaving out deleted ones', async () => {
		await storeDirectory('reference.a');
		const gone = uuidv7();
		const rows = await resolveHits(db, [
			{ kind: 'service', id: service.id, score: 3 },
			{ kind: 'expert', id: gone, score: 2 },
			{ kind: 'unit', id: unit.id, score: 2 },
			{ kind: 'expert', id: expert.id, score: 1 }
		]);
		expect(rows.map((row) => [row.kind, row.entry.id])).toEqual([
			['service', service.id],
			['unit', unit.id],
			['expert', expert.id]
		]);
		expect(await resolveHits(db, [])).toEqual([]);
		expect(await organisationNames(db)).toEqual(new Map([[org.id, 'Erotuki ry']]));
	});
});
