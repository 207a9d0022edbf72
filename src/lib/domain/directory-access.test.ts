import { describe, expect, it } from 'vitest';
import { canWriteEntry, entryCounties } from './directory-access';
import type { Actor } from './roles';

const actor = (role: Actor['role'], countyId = 'pirkanmaa'): Actor => ({
	userId: 'u1',
	role,
	countyId
});

describe('directory write access', () => {
	it('reads the counties of single-county entries and of services', () => {
		expect(entryCounties({ countyId: 'pirkanmaa' })).toEqual(['pirkanmaa']);
		expect(entryCounties({ countyIds: ['pirkanmaa', 'kanta-hame'] })).toEqual([
			'pirkanmaa',
			'kanta-hame'
		]);
		expect(entryCounties({ name: 'Erotuki ry' })).toEqual([]);
	});

	it('lets admins write anything and workers nothing', () => {
		expect(canWriteEntry(actor('admin', 'kanta-hame'), { countyId: 'pirkanmaa' })).toBe(true);
		expect(canWriteEntry(actor('admin'), { name: 'national' })).toBe(true);
		expect(canWriteEntry(actor('worker'), { countyId: 'pirkanmaa' })).toBe(false);
	});

	it('lets coordinators write only entries wholly in their own county', () => {
		const coordinator = actor('coordinator');
		expect(canWriteEntry(coordinator, { countyId: 'pirkanmaa' })).toBe(true);
		// Same OT area is read access, not write.
		expect(canWriteEntry(coordinator, { countyId: 'kanta-hame' })).toBe(false);
		expect(canWriteEntry(coordinator, { countyIds: ['pirkanmaa'] })).toBe(true);
		expect(canWriteEntry(coordinator, { countyIds: ['pirkanmaa', 'kanta-hame'] })).toBe(false);
		expect(canWriteEntry(coordinator, { countyIds: [] })).toBe(false);
		expect(canWriteEntry(coordinator, { name: 'national' })).toBe(false);
	});
});
