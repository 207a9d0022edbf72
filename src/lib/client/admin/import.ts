import * as z from 'zod/mini';
import { ImportAnswer, ImportIssue } from '$lib/domain/api/admin';
import type { ImportFormat } from '$lib/domain/api/requests';
import { ApiError, apiRequest } from '../api/http';

export type { ImportFormat };
export type ImportReport = ImportAnswer;

/** The format a file most likely has, from its name (a JSON file keeps a JSON format chosen). */
export const formatOfFile = (name: string, chosen?: ImportFormat): ImportFormat | undefined =>
	/\.json$/i.test(name)
		? chosen === 'ptv'
			? 'ptv'
			: 'hsds'
		: /\.(csv|txt)$/i.test(name)
			? 'experts-csv'
			: undefined;

/**
 * Sends a file's text as the body. A refused real run answers 400 `invalid_import` with the
 * problems in `details`; they come back as a report too, so the page shows them.
 */
export async function postImport(
	format: ImportFormat,
	text: string,
	dryRun: boolean
): Promise<ImportReport> {
	try {
		return await apiRequest(
			`/api/v1/admin/directory/import?format=${format}&dryRun=${dryRun}`,
			ImportAnswer,
			{
				method: 'POST',
				file: { text, type: format === 'experts-csv' ? 'text/csv' : 'application/json' }
			}
		);
	} catch (error) {
		const refused =
			error instanceof ApiError && error.status === 400 && error.code === 'invalid_import'
				? ImportProblems.safeParse(error.body)
				: undefined;
		if (!refused?.success) throw error;
		return {
			dryRun,
			kind: '',
			counts: { total: 0, created: 0, updated: 0, unchanged: 0 },
			sample: [],
			errors: refused.data.details,
			written: false
		};
	}
}

/** The body of a refused import: the error with every problem found. */
const ImportProblems = z.object({ details: z.array(ImportIssue) });

/** A short label for a sample entry: a person's or a service's name and one detail. */
export function sampleLabel(entry: Record<string, unknown>): string {
	const name = entry.name;
	const text = typeof name === 'string' ? name : ((name as { fi?: string } | undefined)?.fi ?? '');
	return typeof entry.title === 'string' ? `${text} — ${entry.title}` : text;
}
