/**
 * What a directory entry is: an expert, an expert group, a unit or a service. The kind is also
 * the path segment of its detail page (`/app/directory/expert/…`) and the prefix of its search
 * document id.
 */
export type EntryKind = 'expert' | 'group' | 'unit' | 'service';
export const entryKinds: readonly EntryKind[] = ['expert', 'group', 'unit', 'service'];

export const isEntryKind = (value: string): value is EntryKind =>
	(entryKinds as readonly string[]).includes(value);
