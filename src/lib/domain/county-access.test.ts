import { describe, expect, it } from 'vitest';
import { countyAccess } from './county-access';
import type { Actor } from './roles';

const actor = (role: Actor['role'], countyId = 'pirkanmaa'): Actor => ({
	userId: 'u',
	role,
	countyId
});

describe('county scope', () => {
	it('gives coordinators write in their county and read across their OT area only', () => {
		expect(countyAccess(actor('coordinator'), 'pirkanmaa')).toBe('write');
		expect(countyAccess(actor('coordinator'), 'kanta-hame')).toBe('read');
		expect(countyAccess(actor('coordinator'), 'lappi')).toBe('none');
	});

	it('gives admins everything and workers no county-wide access', () => {
		expect(countyAccess(actor('admin'), 'lappi')).toBe('write');
		expect(countyAccess(actor('worker'), 'pirkanmaa')).toBe('none');
		// An expert reads the cases assigned to them, never a county's (case-readers.ts).
		expect(countyAccess(actor('expert'), 'pirkanmaa')).toBe('none');
	});
});
