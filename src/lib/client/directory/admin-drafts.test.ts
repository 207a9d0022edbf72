import { describe, expect, it } from 'vitest';
import { directorySchemas, directoryKinds } from '$lib/domain/schemas/directory';
import { editingOf, entryName, invalidPaths, newEditing, requestBody } from './admin-drafts';

const id = '01900000-0000-7000-8000-000000000001';

describe('admin drafts', () => {
	it('starts every kind from a draft the schema accepts once the required texts are in', () => {
		const text = { fi: 'x', sv: '', en: '' };
		const fills = {
			experts: { name: 'x', title: 'x', organisation: 'x' },
			services: {
				name: text,
				summary: text,
				description: text,
				targetGroups: ['parents'],
				channels: [{ type: 'phone', value: '040 000 0001', hours: '' }],
				providerId: id
			},
			groups: { name: 'x' },
			units: { name: 'x', organisationId: id, description: text },
			organisations: { name: 'x' }
		};
		for (const kind of directoryKinds) {
			const { draft } = newEditing(kind, 'pirkanmaa', '2026-02-01');
			const entry = {
				...requestBody({ ...draft, ...fills[kind] }),
				id,
				version: 1,
				updatedAt: '2026-02-01T00:00:00.000Z'
			};
			const result = directorySchemas[kind].safeParse(entry);
			expect(result.success ? [] : result.error.issues, kind).toEqual([]);
		}
	});

	it('leaves out emptied optional fields and empty channel hours, keeping empty translations', () => {
		const body = requestBody({
			name: 'Aino',
			phone: '',
			email: undefined,
			description: { fi: 'Kuvaus', sv: '', en: '' },
			channels: [{ type: 'phone', value: '040 000 0001', hours: '' }]
		});
		expect(body).toEqual({
			name: 'Aino',
			description: { fi: 'Kuvaus', sv: '', en: '' },
			channels: [{ type: 'phone', value: '040 000 0001' }]
		});
	});

	it('opens a stored entry as a copy based on its version', () => {
		const entry = {
			id,
			name: { fi: 'Sovittelu', sv: 'Medling', en: '' },
			version: 4,
			updatedAt: '2026-02-01T00:00:00.000Z'
		};
		const editing = editingOf('services', entry as never, 'en');
		expect(editing).toMatchObject({ kind: 'services', id, baseVersion: 4, name: 'Sovittelu' });
		expect(editing.draft).toEqual({ name: { fi: 'Sovittelu', sv: 'Medling', en: '' } });
		expect(entryName('services', entry, 'sv')).toBe('Medling');
		expect(entryName('experts', { name: 'Aino' }, 'sv')).toBe('Aino');
	});

	it('reads the invalid field paths of a 400 answer', () => {
		const paths = invalidPaths([{ path: 'email', message: 'x' }, { path: 'channels.0.value' }]);
		expect([...paths]).toEqual(['email', 'channels.0.value']);
		expect(invalidPaths(undefined).size).toBe(0);
	});
});
