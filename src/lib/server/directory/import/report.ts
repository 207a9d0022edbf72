import type { DirectoryKind } from '$lib/domain/schemas/directory';
import type { ImportCounts, ImportOptions } from './import';
import { sortIssues, type ImportIssue, type NewEntry } from './types';

/** What an import answers, whatever the format: the same for the CLI, the API and the page. */
export interface ImportReport {
	kind: DirectoryKind;
	counts: ImportCounts;
	/** The first few entries as they would be stored, for the preview. */
	sample: NewEntry[];
	errors: ImportIssue[];
	/** What the admin should check although nothing stops the import (defaults a new entry got). */
	notes: ImportIssue[];
	/** Entries of other kinds the same file brings (a PTV file's organisations). */
	related?: { kind: DirectoryKind; counts: ImportCounts }[];
	written: boolean;
}

export type RunOptions = Pick<ImportOptions, 'dryRun' | 'actor'>;

const SAMPLE_SIZE = 5;

const noCounts = (): ImportCounts => ({ total: 0, created: 0, updated: 0, unchanged: 0 });

/** The report of a file refused before anything was compared with the database. */
export const refused = (kind: DirectoryKind, errors: ImportIssue[]): ImportReport => ({
	kind,
	counts: noCounts(),
	sample: [],
	errors: sortIssues(errors),
	notes: [],
	written: false
});

export const sampleOf = (entries: NewEntry[]) => entries.slice(0, SAMPLE_SIZE);
