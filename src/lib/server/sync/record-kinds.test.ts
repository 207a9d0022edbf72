import { describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/roles';
import { mayReadRecord, ownerReadsAfter } from './record-kinds';

const worker: Actor = { userId: 'worker', role: 'worker', countyId: 'pirkanmaa' };
const coordinator: Actor = { userId: 'coord', role: 'coordinator', countyId: 'pirkanmaa' };
const neighbour: Actor = { userId: 'coord-2', role: 'coordinator', countyId: 'kanta-hame' };
const farAway: Actor = { userId: 'coord-3', role: 'coordinator', countyId: 'lappi' };
const admin: Actor = { userId: 'admin', role: 'admin', countyId: 'lappi' };
const otherWorker: Actor = { userId: 'worker-2', role: 'worker', countyId: 'pirkanmaa' };

/** A record on the worker's case, in Pirkanmaa. */
const onCase = (kind: string, data: Record<string, unknown> | null) => ({
	kind,
	ownerId: 'worker',
	countyId: 'pirkanmaa',
	data
});
const note = (forRequester: boolean, createdBy = 'coord') =>
	onCase('consultation_events', { type: 'note', forRequester, createdBy });

describe('who may read a record', () => {
	it("the requester reads their case and its notes for them, not the coordinators' internal notes", () => {
		expect(mayReadRecord(worker, onCase('consultations', { createdBy: 'worker' }))).toBe(true);
		expect(mayReadRecord(worker, onCase('contacts', { createdBy: 'worker' }))).toBe(true);
		expect(mayReadRecord(worker, note(true))).toBe(true);
		expect(mayReadRecord(worker, note(false))).toBe(false);
		// What they wrote themselves stays theirs, whatever it says.
		expect(mayReadRecord(worker, note(false, 'worker'))).toBe(true);
		// Stage changes and consent decisions follow the same flag.
		expect(
			mayReadRecord(
				worker,
				onCase('consultation_events', { type: 'stage', forRequester: false, createdBy: 'coord' })
			)
		).toBe(false);
	});

	it('coordinators read their county and OT area, internal notes included; admins everything', () => {
		for (const actor of [coordinator, neighbour, admin]) {
			expect(mayReadRecord(actor, note(false)), actor.userId).toBe(true);
			expect(mayReadRecord(actor, onCase('contacts', {})), actor.userId).toBe(true);
		}
		expect(mayReadRecord(farAway, note(true))).toBe(false);
		expect(mayReadRecord(farAway, onCase('consultations', {}))).toBe(false);
	});

	it("nobody else reads a worker's records; an unknown kind only with county access", () => {
		expect(mayReadRecord(otherWorker, onCase('consultations', {}))).toBe(false);
		expect(mayReadRecord(otherWorker, note(true))).toBe(false);
		expect(mayReadRecord(worker, onCase('secrets', {}))).toBe(false);
		expect(mayReadRecord(coordinator, onCase('secrets', {}))).toBe(true);
	});
});

describe('whether the owner reads a record after a change', () => {
	const fields = (forRequester: boolean, createdBy = 'coord') => ({
		type: 'note',
		forRequester,
		createdBy
	});

	it('is never for an internal note written so, and no longer once a shared note is hidden', () => {
		expect(ownerReadsAfter('consultation_events', fields(true), 'worker', null)).toBe('yes');
		expect(ownerReadsAfter('consultation_events', fields(false), 'worker', null)).toBe('never');
		expect(ownerReadsAfter('consultation_events', fields(false), 'worker', 'never')).toBe('never');
		expect(ownerReadsAfter('consultation_events', fields(false), 'worker', 'yes')).toBe(
			'no-longer'
		);
		expect(ownerReadsAfter('consultation_events', fields(false), 'worker', 'no-longer')).toBe(
			'no-longer'
		);
		expect(ownerReadsAfter('consultation_events', fields(true), 'worker', 'no-longer')).toBe('yes');
		expect(ownerReadsAfter('consultation_events', fields(false, 'worker'), 'worker', null)).toBe(
			'yes'
		);
	});

	it('is always yes for kinds the owner reads whole', () => {
		expect(ownerReadsAfter('consultations', {}, 'worker', null)).toBe('yes');
		expect(ownerReadsAfter('contacts', {}, 'worker', 'yes')).toBe('yes');
	});
});
