import type { Kysely } from 'kysely';
import type { ImportFormat } from '$lib/domain/api/requests';
import type { DirectoryKind } from '$lib/domain/schemas/directory';
import type { Database } from '../../db/schema';
import { parseExpertsCsv } from './experts-csv';
import { parseHsdsServices } from './hsds';
import { importEntries, type ImportCounts, type ImportOptions } from './import';
import { sortIssues, type ImportIssue, type NewEntry, type ParseResult } from './types';

/** The file formats an admin can import, each into one kind of entry. */
export const importFormats = {
	hsds: { kind: 'services', parse: parseHsdsServices },
	'experts-csv': { kind: 'experts', parse: parseExpertsCsv }
} as const satisfies Record<
	ImportFormat,
	{ kind: DirectoryKind; parse: (text: string) => ParseResult<DirectoryKind> }
>;

export interface ImportReport {
	kind: DirectoryKind;
	counts: ImportCounts;
	/** The first few entries as they would be stored, for the preview. */
	sample: NewEntry[];
	errors: ImportIssue[];
	written: boolean;
}

const SAMPLE_SIZE = 5;

/**
 * Parses a file and imports it all or nothing (or only checks it, `dryRun`). A file with any
 * problem writes nothing and answers every problem found, by line and field.
 */
export async function runImport(
	db: Kysely<Database>,
	format: ImportFormat,
	text: string,
	options: Pick<ImportOptions, 'dryRun' | 'actor'> = {}
): Promise<ImportReport> {
	const { kind, parse } = importFormats[format];
	// PostgreSQL cannot store U+0000 in text, and no field has a use for it.
	const nuls = [text.indexOf('\0'), text.indexOf('\\u0000')].filter((at) => at >= 0);
	if (nuls.length > 0) {
		const nul = Math.min(...nuls);
		return {
			kind,
			counts: { total: 0, created: 0, updated: 0, unchanged: 0 },
			sample: [],
			errors: [
				{
					line: text.slice(0, nul).split('\n').length,
					field: '',
					message: 'the file contains the character U+0000'
				}
			],
			written: false
		};
	}
	const parsed: ParseResult<DirectoryKind> = parse(text);
	const outcome = await importEntries(db, kind, parsed.entries, {
		...options,
		lines: parsed.lines,
		fields: parsed.fields,
		madeIds: parsed.madeIds,
		// A file with problems is only checked, never written.
		dryRun: options.dryRun || parsed.errors.length > 0
	});
	return {
		kind,
		counts: outcome.counts,
		sample: outcome.entries.slice(0, SAMPLE_SIZE),
		errors: sortIssues([...parsed.errors, ...outcome.errors]),
		written: outcome.written
	};
}
