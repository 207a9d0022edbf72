/**
 * The world's edits: what a person does on a device (new contact, change, undo) through the
 * app's own write path, and what a broken or hostile app might queue instead. Every note and
 * time written is unique in the run, so each write can be traced to its change.
 */
import { contactChannels } from '$lib/domain/contact-channels';
import { sourceTypes } from '$lib/domain/source-types';
import type { Mutation } from '$lib/domain/sync/protocol';
import { check } from './check';
import type { SimDevice } from './device';
import type { Step } from './steps';

const channelCodes = [...contactChannels.codes];

export const hex = (value: number, width: number) => value.toString(16).padStart(width, '0');

export class Edits {
	/** Every record id the run has named, made or only referred to. */
	readonly recordIds = new Set<string>();
	private nextRecord = 0;
	private nextStamp = 0;

	/** `run` keeps this run's ids apart from every other's on the same database. */
	constructor(private readonly run: number) {}

	newRecordId() {
		const id = `${hex(this.run, 8)}-0000-4000-8000-${hex(++this.nextRecord, 12)}`;
		this.recordIds.add(id);
		return id;
	}

	/** Values that no other change in the run writes, so every write can be traced. */
	private uniqueNote(device: SimDevice, mid: number) {
		return `${device.label} ${mid}`;
	}

	private uniqueTime() {
		return new Date(Date.UTC(2026, 0, 1) + ++this.nextStamp * 60_000).toISOString();
	}

	/**
	 * Makes the step's change on the device; answers its mutation id and whether it was queued
	 * raw (malformed, never applied on the device).
	 */
	async make(
		device: SimDevice,
		step: Extract<Step, { t: 'edit' }>
	): Promise<{ mid: number; raw: boolean }> {
		const records = await device.records();
		const known = Object.keys(records).sort();
		const target = known.length > 0 ? known[step.pick % known.length] : undefined;
		const op = (step.op === 'update' || step.op === 'delete') && !target ? 'insert' : step.op;
		// The mid the device will give this change: its counter has no gaps.
		const next = device.made + 1;
		let mid: number;
		if (op === 'insert') {
			const fields = {
				channel: step.fields.channel ?? channelCodes[0]!,
				sourceType: sourceTypes.codes[step.pick % sourceTypes.codes.length]!,
				themes: step.fields.themes ?? [],
				note: this.uniqueNote(device, next),
				followUp: step.fields.followUp ?? false,
				occurredAt: this.uniqueTime(),
				createdBy: device.actor.userId,
				countyId: device.actor.countyId
			};
			mid = await device.change({
				op: 'insert',
				id: this.newRecordId(),
				baseVersion: null,
				fields
			});
		} else if (op === 'update') {
			const local = records[target!]!;
			const fields: Record<string, unknown> = {};
			const choice = step.fields;
			if (choice.note) fields.note = this.uniqueNote(device, next);
			if (choice.occurredAt) fields.occurredAt = this.uniqueTime();
			if (choice.followUp !== undefined) fields.followUp = choice.followUp;
			if (choice.themes !== undefined) fields.themes = choice.themes;
			if (choice.channel !== undefined) fields.channel = choice.channel;
			if (Object.keys(fields).length === 0) fields.note = this.uniqueNote(device, next);
			mid = await device.change({ op: 'update', id: target!, baseVersion: local.version, fields });
		} else if (op === 'delete') {
			mid = await device.remove(target!);
		} else {
			mid = await this.malformed(device, step.pick % 7, target ?? this.newRecordId(), next);
		}
		check(mid === next, `${device.label} made mid ${mid}, not ${next}`);
		return { mid, raw: op === 'invalid' };
	}

	/** What a broken or hostile client might send: each must be quarantined, never block. */
	private malformed(device: SimDevice, variant: number, someId: string, next: number) {
		const queue = (
			rowOp: Mutation['op'],
			id: string,
			baseVersion: number | null,
			fields: Record<string, unknown>
		) => device.queueMalformed(rowOp, id, baseVersion, fields);
		switch (variant) {
			case 0:
				return queue('insert', this.newRecordId(), null, {
					channel: 'phone',
					sourceType: sourceTypes.codes[0],
					themes: [],
					note: this.uniqueNote(device, next),
					followUp: false,
					occurredAt: this.uniqueTime(),
					countyId: 'lappi'
				});
			case 1:
				return queue('update', someId, 0, { channel: 'pigeon' });
			case 2:
				return queue('update', this.newRecordId(), 0, { note: 'nobody made me' });
			case 3:
				return queue('update', someId, 0, { bogus: 1 });
			case 4:
				// U+0000, which PostgreSQL cannot store in text, in a field's name and in a value.
				return queue('update', someId, 0, { ['no\u0000te']: 'x' });
			case 5:
				return queue('update', someId, 0, { note: `${this.uniqueNote(device, next)}\u0000` });
			default: {
				// Nested deep, though not so deep that the whole push is refused.
				let deep: unknown = 'x';
				for (let level = 0; level < 20; level++) deep = [deep];
				return queue('update', someId, 0, { themes: deep });
			}
		}
	}
}
