import type { ImportIssue } from '$lib/domain/api/admin';
import type { DirectoryEntry, DirectoryKind } from '$lib/domain/schemas/directory';

export type { ImportIssue };

export type NewEntry<K extends DirectoryKind = DirectoryKind> = Omit<
	DirectoryEntry<K>,
	'version' | 'updatedAt'
>;

/** What a parser answers: the entries when the file is good, and every problem it found. */
export interface ParseResult<K extends DirectoryKind = DirectoryKind> {
	entries: NewEntry<K>[];
	errors: ImportIssue[];
	/** The file line of each entry, for problems found later against the database. */
	lines: number[];
	/** Fields the file gives; an existing entry keeps its stored value of any other field. */
	fields?: string[];
	/** Ids the parser made for rows that had none; the import may match them to stored entries. */
	madeIds?: string[];
	/** The file's own name of one of our fields, for problems found against the database. */
	fieldName?: (index: number, field: string) => string;
}

/** Issues in a stable order: by line, then field. */
export const sortIssues = (issues: ImportIssue[]) =>
	issues.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
