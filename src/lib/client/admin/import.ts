import { ApiError, Unreachable } from '../api/http';

export type ImportFormat = 'hsds' | 'experts-csv';

export interface ImportIssue {
	line: number;
	field: string;
	message: string;
}

/** The server's answer to an import or its dry run (src/lib/server/directory/import/run.ts). */
export interface ImportReport {
	dryRun: boolean;
	kind: string;
	counts: { total: number; created: number; updated: number; unchanged: number };
	sample: Record<string, unknown>[];
	errors: ImportIssue[];
	written: boolean;
}

/** The format a file most likely has, from its name. */
export const formatOfFile = (name: string): ImportFormat | undefined =>
	/\.json$/i.test(name) ? 'hsds' : /\.(csv|txt)$/i.test(name) ? 'experts-csv' : undefined;

/**
 * Sends a file's text as the body (apiRequest sends JSON only). A refused real run answers
 * 400 with the problems in `details`; they come back as a report too, so the page shows them.
 */
export async function postImport(
	format: ImportFormat,
	text: string,
	dryRun: boolean
): Promise<ImportReport> {
	let response: Response;
	try {
		response = await fetch(`/api/v1/admin/directory/import?format=${format}&dryRun=${dryRun}`, {
			method: 'POST',
			credentials: 'same-origin',
			headers: {
				accept: 'application/json',
				'content-type': format === 'hsds' ? 'application/json' : 'text/csv'
			},
			body: text
		});
	} catch (error) {
		throw new Unreachable(error instanceof Error ? error.message : String(error));
	}
	const body = (await response.json().catch(() => undefined)) as
		(ImportReport & { code?: string; message?: string; details?: ImportIssue[] }) | undefined;
	if (response.status === 400 && body?.code === 'invalid_import' && body.details) {
		return {
			dryRun,
			kind: '',
			counts: { total: 0, created: 0, updated: 0, unchanged: 0 },
			sample: [],
			errors: body.details,
			written: false
		};
	}
	if (!response.ok || !body) {
		throw new ApiError(
			response.status,
			body?.code ?? `http_${response.status}`,
			body?.message ?? response.statusText,
			body
		);
	}
	return body;
}

/** A short label for a sample entry: a person's or a service's name and one detail. */
export function sampleLabel(entry: Record<string, unknown>): string {
	const name = entry.name;
	const text = typeof name === 'string' ? name : ((name as { fi?: string } | undefined)?.fi ?? '');
	return typeof entry.title === 'string' ? `${text} — ${entry.title}` : text;
}
