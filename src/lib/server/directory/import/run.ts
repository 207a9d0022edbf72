import type { Kysely } from 'kysely';
import type { ImportFormat } from '$lib/domain/api/requests';
import type { DirectoryKind } from '$lib/domain/schemas/directory';
import type { Database } from '../../db/schema';
import { parseExpertsCsv } from './experts-csv';
import { parseHsdsServices } from './hsds';
import { importEntries } from './import';
import { runPtvImport } from './ptv/run';
import { refused, sampleOf, type ImportReport, type RunOptions } from './report';
import { sortIssues, type ImportIssue, type ParseResult } from './types';

export type { ImportReport };

/** The file formats read into one kind of entry each (PTV brings services and organisations). */
export const importFormats = {
	hsds: { kind: 'services', parse: parseHsdsServices },
	'experts-csv': { kind: 'experts', parse: parseExpertsCsv }
} as const satisfies Record<
	Exclude<ImportFormat, 'ptv'>,
	{ kind: DirectoryKind; parse: (text: string) => ParseResult<DirectoryKind> }
>;

/** PostgreSQL cannot store U+0000 in text, and no field has a use for it. */
function nulProblem(text: string): ImportIssue | undefined {
	const nuls = [text.indexOf('\0'), text.indexOf('\\u0000')].filter((at) => at >= 0);
	if (nuls.length === 0) return undefined;
	const nul = Math.min(...nuls);
	return {
		line: text.slice(0, nul).split('\n').length,
		field: '',
		message: 'the file contains the character U+0000'
	};
}

/**
 * Parses a file and imports it all or nothing (or only checks it, `dryRun`). A file with any
 * problem writes nothing and answers every problem found, by line and field.
 */
export async function runImport(
	db: Kysely<Database>,
	format: ImportFormat,
	text: string,
	options: RunOptions = {}
): Promise<ImportReport> {
	const kind = format === 'ptv' ? 'services' : importFormats[format].kind;
	const nul = nulProblem(text);
	if (nul) return refused(kind, [nul]);
	if (format === 'ptv') return runPtvImport(db, text, options);

	const parsed: ParseResult<DirectoryKind> = importFormats[format].parse(text);
	const outcome = await importEntries(db, kind, parsed.entries, {
		...options,
		lines: parsed.lines,
		fields: parsed.fields,
		madeIds: parsed.madeIds,
		fieldName: parsed.fieldName,
		// A file with problems is only checked, never written.
		dryRun: options.dryRun || parsed.errors.length > 0
	});
	return {
		kind,
		counts: outcome.counts,
		sample: sampleOf(outcome.entries),
		errors: sortIssues([...parsed.errors, ...outcome.errors]),
		notes: [],
		written: outcome.written
	};
}
