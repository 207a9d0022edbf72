import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import { anExpert } from '../../../../tests/support/directory-factories';
import { RefDb } from '../db/ref-db';
import { directoryCursor, refreshDirectory, type DownloadProgress } from './refresh';

const experts = Array.from({ length: 1200 }, (_, index) =>
	anExpert({ name: `Asiantuntija ${index}` })
);
/** Entry i has change number i + 1, as the server's `seq`. */
const line = (index: number) =>
	JSON.stringify({ table: 'experts', seq: index + 1, data: experts[index] });

/** An NDJSON answer in chunks of 100 lines; `cutAfter` lines in, the connection drops. */
function ndjson(lines: string[], cutAfter?: number): Response {
	const encoder = new TextEncoder();
	let at = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (cutAfter !== undefined && at >= cutAfter) {
				controller.error(new TypeError('network error'));
				return;
			}
			if (at >= lines.length) {
				controller.close();
				return;
			}
			const next = lines.slice(at, at + 100);
			at += next.length;
			controller.enqueue(encoder.encode(next.map((text) => `${text}\n`).join('')));
		}
	});
	return new Response(body, { headers: { 'content-type': 'application/x-ndjson' } });
}

const wholeSnapshot = () => [
	JSON.stringify({ total: experts.length, cursor: encodeCursor('ref', experts.length) }),
	...experts.map((_, index) => line(index))
];

let db: RefDb;
const fetchMock = vi.fn<typeof fetch>();
beforeEach(() => {
	db = new RefDb(`test-${uuidv7()}`);
	vi.stubGlobal('fetch', fetchMock);
});
afterEach(async () => {
	fetchMock.mockReset();
	vi.unstubAllGlobals();
	await db.delete();
});

const requested = () => fetchMock.mock.calls.map(([url]) => String(url));

describe('directory download', () => {
	it('goes on from where a cut-off snapshot stopped, and ends as the server holds it now', async () => {
		fetchMock.mockResolvedValueOnce(ndjson(wholeSnapshot(), 701));
		await expect(refreshDirectory(db)).rejects.toThrow();
		// The first full batch is stored, with where it reached; no cursor yet: not complete.
		expect(await db.experts.count()).toBe(500);
		expect(await directoryCursor(db)).toBeUndefined();

		// Meanwhile one entry already stored was retired and one not yet sent was edited.
		const edited = { ...experts[900]!, name: 'Uusi Nimi', version: 2 };
		const rest = [
			JSON.stringify({ total: 701, cursor: encodeCursor('ref', 1202), resumed: true }),
			// An entry's `seq` is its latest change: the edited one comes once, at the end.
			...experts
				.map((_, index) => index)
				.filter((index) => index >= 500 && index !== 900)
				.map(line),
			JSON.stringify({ table: 'experts', seq: 1201, id: experts[3]!.id, deleted: true }),
			JSON.stringify({ table: 'experts', seq: 1202, data: edited })
		];
		fetchMock.mockResolvedValueOnce(ndjson(rest));
		const progress: DownloadProgress[] = [];
		await refreshDirectory(db, (step) => progress.push(step));

		const since = new URL(requested()[1]!, 'http://x').searchParams.get('since');
		expect(decodeCursor('ref', since!)).toBe(500);
		expect(await db.experts.count()).toBe(1199);
		expect(await db.experts.get(experts[3]!.id)).toBeUndefined();
		expect((await db.experts.get(edited.id))?.name).toBe('Uusi Nimi');
		expect(await directoryCursor(db)).toBe(encodeCursor('ref', 1202));
		expect(await db.meta.get('referencePartial')).toBeUndefined();
		// The bar starts where the first try left it.
		expect(progress[0]).toEqual({ done: 500, total: 1201 });
		expect(progress.at(-1)).toEqual({ done: 1201, total: 1201 });
	});

	it('starts again from nothing when the server no longer knows where it stopped', async () => {
		fetchMock.mockResolvedValueOnce(ndjson(wholeSnapshot(), 701));
		await expect(refreshDirectory(db)).rejects.toThrow();
		const fewer = experts.slice(0, 10);
		fetchMock.mockResolvedValueOnce(
			ndjson([
				JSON.stringify({ total: 10, cursor: encodeCursor('ref', 10) }),
				...fewer.map((_, index) => line(index))
			])
		);
		await refreshDirectory(db);
		expect(await db.experts.count()).toBe(10);
		expect(await directoryCursor(db)).toBe(encodeCursor('ref', 10));
	});

	it('downloads once when two callers ask at the same time, and both see the progress', async () => {
		fetchMock.mockResolvedValueOnce(ndjson(wholeSnapshot()));
		const first: DownloadProgress[] = [];
		const second: DownloadProgress[] = [];
		await Promise.all([
			refreshDirectory(db, (step) => first.push(step)),
			refreshDirectory(db, (step) => second.push(step))
		]);
		expect(fetchMock).toHaveBeenCalledTimes(1);
		expect(first.at(-1)).toEqual({ done: 1200, total: 1200 });
		expect(second.at(-1)).toEqual({ done: 1200, total: 1200 });
		expect(await db.experts.count()).toBe(1200);

		// Later, with a cursor, only the changes since it are asked for.
		fetchMock.mockResolvedValueOnce(
			Response.json({ changes: [], cursor: encodeCursor('ref', 1200), hasMore: false })
		);
		await refreshDirectory(db);
		expect(requested()[1]).toBe(
			`/api/v1/sync/pull?scope=reference&since=${encodeURIComponent(encodeCursor('ref', 1200))}`
		);
	});
});
