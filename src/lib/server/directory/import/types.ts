import type { DirectoryEntry, DirectoryKind } from '$lib/domain/schemas/directory';

/** One problem in an import file: where (line, field or column) and what. */
export interface ImportIssue {
	/** Line of the file (1 = the first; a CSV header is line 1). */
	line: number;
	/** The file's own name for the field or column; '' for the file as a whole. */
	field: string;
	message: string;
}

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
}

/** Issues in a stable order: by line, then field. */
export const sortIssues = (issues: ImportIssue[]) =>
	issues.sort((a, b) => a.line - b.line || a.field.localeCompare(b.field));
