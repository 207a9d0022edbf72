import { gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import { encodeCursor } from '$lib/domain/cursor';
import type { Database } from '../db/schema';

export const REFERENCE_SCOPE = 'ref';

/**
 * The whole directory as NDJSON: a header line `{total, cursor}` and one `{table, data}` line
 * per live entry. Read in one statement, so the cursor matches exactly what is inside.
 */
export async function directorySnapshot(db: Kysely<Database>): Promise<string> {
	const rows = await db
		.selectFrom('directory_entries')
		.select(['kind', 'seq', 'deleted', 'data'])
		.orderBy('seq')
		.execute();
	let lastSeq = 0;
	const lines: string[] = [];
	for (const row of rows) {
		lastSeq = Math.max(lastSeq, Number(row.seq));
		// Stored data is already validated JSON: it is copied into the line, not re-encoded.
		if (!row.deleted && row.data) lines.push(`{"table":"${row.kind}","data":${row.data}}`);
	}
	const header = JSON.stringify({
		total: lines.length,
		cursor: encodeCursor(REFERENCE_SCOPE, lastSeq)
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
