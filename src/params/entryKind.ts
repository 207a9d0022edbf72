import type { ParamMatcher } from '@sveltejs/kit';
import { isEntryKind } from '$lib/domain/entry-kind';

/** The kinds of directory entry with a detail page, `/app/directory/[kind]/[id]`; typed as EntryKind. */
export const match = isEntryKind satisfies ParamMatcher;
