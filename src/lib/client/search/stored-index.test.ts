import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeCursor } from '$lib/domain/cursor';
import {
	anExpert,
	anOrganisation,
	aService,
	aUnit
} from '../../../../tests/support/directory-factories';
import { RefDb } from '../db/ref-db';
import { organisationNames, resolveHits } from './resolve';
import { INDEX_FORMAT } from './search-index';
import { refreshDirectory } from '../directory/refresh';
import { catchUpStoredIndex, readStoredIndex, rebuildStoredIndex } from './stored-index';

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

/** The server's answer to the device's next change pull: these changes, up to change `to`. */
function answerPull(changes: object[], to: number) {
	const page = { changes, cursor: encodeCursor('ref', to), hasMore: false };
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => Response.json(page))
	);
}

describe('search index after a change pull', () => {
	afterEach(() => vi.unstubAllGlobals());

	const change = (table: string, entry: { id: string }, data: object | null) => ({
		table,
		id: entry.id,
		version: 2,
		deleted: data === null,
		data
	});
	const ids = (hits: { id: string }[]) => hits.map((hit) => hit.id);

	it('takes in a renamed entry by its new name, not its old one, and forgets a removed one', async () => {
		await storeDirectory(encodeCursor('ref', 10));
		const built = (await rebuildStoredIndex(db))!;
		const sizeBefore = built.index.size;
		answerPull(
			[
				change('experts', expert, { ...expert, name: 'Oskari Järvinen' }),
				change('units', unit, null)
			],
			12
		);
		await refreshDirectory(db);

		const caughtUp = (await catchUpStoredIndex(db, built))!;
		expect(caughtUp.cursor).toBe(encodeCursor('ref', 12));
		expect(ids(caughtUp.index.search('jarvinen'))).toEqual([expert.id]);
		expect(caughtUp.index.search('hamalainen')).toEqual([]);
		expect(caughtUp.index.search('eva-yksikkö')).toEqual([]);
		expect(caughtUp.index.size).toBe(sizeBefore - 1);
		// Browsing the whole list knows too.
		expect(ids(caughtUp.index.search(''))).not.toContain(unit.id);

		// The same answers as an index built afresh, and saved for the next start.
		await caughtUp.saved;
		const fresh = (await rebuildStoredIndex(db))!;
		for (const text of ['jarvinen', 'erotuki', 'oskari', '']) {
			expect(caughtUp.index.search(text)).toEqual(fresh.index.search(text));
		}
	});

	it('is caught up when read at the next start, if saved before the pull', async () => {
		await storeDirectory(encodeCursor('ref', 10));
		await rebuildStoredIndex(db);
		answerPull([change('experts', expert, { ...expert, name: 'Oskari Järvinen' })], 11);
		await refreshDirectory(db);
		const read = (await readStoredIndex(db))!;
		expect(read.cursor).toBe(encodeCursor('ref', 11));
		expect(ids(read.index.search('jarvinen'))).toEqual([expert.id]);
	});

	it('is rebuilt instead when an organisation changed or the journal does not reach back', async () => {
		await storeDirectory(encodeCursor('ref', 10));
		const built = (await rebuildStoredIndex(db))!;
		// Its name is in its units and services: those documents would all change.
		answerPull([change('organisations', org, { ...org, name: 'Eroapu ry' })], 11);
		await refreshDirectory(db);
		expect(await catchUpStoredIndex(db, built)).toBeNull();

		// A cursor set with no change pull behind it (a new snapshot): nothing to go by.
		const current = (await rebuildStoredIndex(db))!;
		await db.meta.put({ key: CURSOR, value: encodeCursor('ref', 20) });
		expect(await catchUpStoredIndex(db, current)).toBeNull();
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
