import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { encodeCursor } from '$lib/domain/cursor';
import type { Database } from '../db/schema';

export const REFERENCE_SCOPE = 'ref';

/**
 * The whole directory as NDJSON: a header line `{total, cursor}` and one `{table, seq, data}`
 * line per live entry, in change order. Read in one statement, so the cursor matches exactly
 * what is inside.
 *
 * `afterSeq` resumes a download cut off midway (a reload, a lost network): a device that has
 * stored every line up to a `seq` asks for the rest, and gets everything changed after it —
 * entries it has not got yet, newer versions of ones it has, and `{table, seq, id, deleted}`
 * for entries retired since — so what it holds ends up exactly as if downloaded whole. The
 * header then says `resumed: true`.
 */
export async function directorySnapshot(db: Kysely<Database>, afterSeq = 0): Promise<string> {
	const rows = await db
		.selectFrom('directory_entries')
		.select(['id', 'kind', 'seq', 'deleted', 'data'])
		.where('seq', '>', afterSeq)
		.orderBy('seq')
		.execute();
	let lastSeq = afterSeq;
	const lines: string[] = [];
	for (const row of rows) {
		const seq = Number(row.seq);
		lastSeq = Math.max(lastSeq, seq);
		// Stored data is already validated JSON: it is copied into the line, not re-encoded.
		if (!row.deleted && row.data)
			lines.push(`{"table":"${row.kind}","seq":${seq},"data":${row.data}}`);
		else if (afterSeq > 0)
			lines.push(JSON.stringify({ table: row.kind, seq, id: row.id, deleted: true }));
	}
	const header = JSON.stringify({
		total: lines.length,
		cursor: encodeCursor(REFERENCE_SCOPE, lastSeq),
		...(afterSeq > 0 ? { resumed: true } : {})
	});
	return `${header}\n${lines.join('\n')}\n`;
}

/** A body compressed for clients that accept gzip (every browser), else plain. */
export function compressedBody(text: string, acceptEncoding: string | null) {
	if (acceptEncoding && /\bgzip\b/.test(acceptEncoding)) {
		return { body: gzipSync(text, { level: 6 }), encoding: 'gzip' as const };
	}
	return { body: Buffer.from(text), encoding: undefined };
}
