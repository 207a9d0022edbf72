import type { Locale } from '$lib/domain/locale';
import type { DirectoryEntry, DirectoryKind } from '$lib/domain/schemas/directory';

/** What an admin form edits: an entry without what the server sets (id, version, time). */
export type Draft<K extends DirectoryKind> = Omit<
	DirectoryEntry<K>,
	'id' | 'version' | 'updatedAt'
>;

/** An entry open in the editor: new (no id) or an edit based on the version it was opened at. */
export type Editing = {
	[K in DirectoryKind]: {
		kind: K;
		id?: string;
		baseVersion?: number;
		/** The name it had when opened, for headings and notices. */
		name: string;
		draft: Draft<K>;
	};
}[DirectoryKind];

const blank = () => ({ fi: '', sv: '', en: '' });

/** A new entry of `kind` in `countyId`, with today as the date its details were checked. */
export function newEditing(kind: DirectoryKind, countyId: string, today: string): Editing {
	const lastVerified = today;
	switch (kind) {
		case 'experts':
			return {
				kind,
				name: '',
				draft: {
					name: '',
					title: '',
					organisation: '',
					countyId,
					roles: [],
					expertise: [],
					languages: ['fi'],
					duty: [],
					lastVerified
				}
			};
		case 'services':
			return {
				kind,
				name: '',
				draft: {
					name: blank(),
					summary: blank(),
					description: blank(),
					tier: 'basic',
					category: 'family-counselling',
					targetGroups: [],
					access: 'self-referral',
					cost: 'free',
					channels: [{ type: 'phone', value: '' }],
					countyIds: [countyId],
					municipalityIds: [],
					languages: ['fi'],
					providerId: '',
					audience: 'public',
					lastVerified
				}
			};
		case 'groups':
			return {
				kind,
				name: '',
				draft: {
					name: '',
					countyId,
					topics: [],
					memberIds: [],
					mobilePairIds: [],
					meeting: { weekday: 2, everyWeeks: 2, anchor: today, start: '13:00', end: '15:00' },
					lastVerified
				}
			};
		case 'units':
			return {
				kind,
				name: '',
				draft: { name: '', organisationId: '', countyId, description: blank(), lastVerified }
			};
		case 'organisations':
			return { kind, name: '', draft: { name: '', type: 'public', countyId, lastVerified } };
	}
}

/** Opens a stored entry for editing: a copy, so the list keeps showing the saved state. */
export function editingOf<K extends DirectoryKind>(
	kind: K,
	entry: DirectoryEntry<K>,
	locale: Locale
): Editing {
	// A JSON copy: entries are JSON data, and a reactive proxy cannot be structured-cloned.
	const draft: Partial<DirectoryEntry> = JSON.parse(JSON.stringify(entry));
	delete draft.id;
	delete draft.version;
	delete draft.updatedAt;
	// An expert stored before the duty rota had a manual on-duty flag instead: the rota
	// replaces it (and the server knows no such field any more).
	if (kind === 'experts') {
		delete (draft as Record<string, unknown>).onDuty;
		(draft as Record<string, unknown>).duty ??= [];
	}
	const name = entryName(kind, entry, locale);
	return { kind, id: entry.id, baseVersion: entry.version, name, draft } as unknown as Editing;
}

/** The entry's name in `locale` (services have one per language; Finnish is always there). */
export function entryName(kind: DirectoryKind, entry: { name: unknown }, locale: Locale): string {
	if (kind === 'services' && typeof entry.name === 'object' && entry.name) {
		const names = entry.name as Record<Locale, string>;
		return names[locale] || names.fi;
	}
	return String(entry.name);
}

/**
 * The body to send: an emptied optional field is left out (the server removes it), as is a
 * channel's empty hours. Texts in several languages keep their empty translations.
 */
export function requestBody(draft: object): Record<string, unknown> {
	const body: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(draft)) {
		if (value === '' || value === undefined) continue;
		body[key] =
			key === 'channels' && Array.isArray(value)
				? value.map((channel: Record<string, unknown>) =>
						Object.fromEntries(Object.entries(channel).filter(([, part]) => part !== ''))
					)
				: value;
	}
	return body;
}

/** The form fields a 400 answer names, as paths like `name`, `email` or `channels.0.value`. */
export function invalidPaths(details: unknown): Set<string> {
	if (!Array.isArray(details)) return new Set();
	return new Set(
		details
			.map((detail: { path?: unknown }) => detail?.path)
			.filter((path): path is string => typeof path === 'string')
	);
}
