import type { Translate } from '$lib/i18n';

/** Where names come from on the device: the signed-in person and the local directory. */
export interface PeopleBook {
	profile: { id: string; name: string } | null;
	experts: ReadonlyMap<string, { name: string }>;
}

/**
 * A person's name for a user or expert id. Other users' accounts are not on the device, so
 * someone who is neither the signed-in person nor in the directory gets a neutral label with
 * the end of the id, enough to tell two apart.
 */
export function personName(id: string, book: PeopleBook, t: Translate): string {
	if (book.profile && id === book.profile.id)
		return t('consultation.you', { name: book.profile.name });
	const expert = book.experts.get(id);
	if (expert) return expert.name;
	return t('consultation.unknownPerson', { id: id.slice(-4) });
}

/** Directory entries by id, for name lookups. */
export const byId = <T extends { id: string }>(entries: readonly T[]): ReadonlyMap<string, T> =>
	new Map(entries.map((entry) => [entry.id, entry]));
