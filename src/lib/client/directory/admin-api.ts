import { EntryAnswer } from '$lib/domain/api/admin';
import { Ok } from '$lib/domain/api/errors';
import type { DirectoryEntry, DirectoryKind } from '$lib/domain/schemas/directory';
import { apiRequest } from '../api/http';
import { requestBody, type Editing } from './admin-drafts';

const base = '/api/v1/admin/directory';

/**
 * Saves the entry open in the editor: a new one is created, an edit replaces the stored
 * entry unless someone saved it since it was opened (then `ApiError` 409 version_conflict).
 */
export async function saveEntry(editing: Editing): Promise<DirectoryEntry> {
	const body = requestBody(editing.draft);
	const answer = editing.id
		? await apiRequest(`${base}/${editing.kind}/${editing.id}`, EntryAnswer, {
				method: 'PUT',
				body: { ...body, baseVersion: editing.baseVersion }
			})
		: await apiRequest(`${base}/${editing.kind}`, EntryAnswer, {
				method: 'POST',
				body
			});
	return answer.entry;
}

/** Retires an entry; devices delete their copy at their next pull. */
export async function retireEntry(kind: DirectoryKind, id: string): Promise<void> {
	await apiRequest(`${base}/${kind}/${id}`, Ok, { method: 'DELETE' });
}
