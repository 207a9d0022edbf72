/**
 * One simulated world of the fault-injection suite (tests/integration/sync-faults.test.ts):
 * three devices running the app's own sync client, a network between them and the server
 * that drops, duplicates, delays and reorders requests, a server that crashes in the middle of
 * a batch or restarts, and the invariants checked against the server's real database.
 */
import { isDeepStrictEqual } from 'node:util';
import { decodeCursor, encodeCursor } from '$lib/domain/cursor';
import type { Actor } from '$lib/domain/roles';
import type { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import { generateDataKey } from '$lib/client/crypto/wrap';
import { check, PropertyViolation } from './check';
import { SimDevice, type DeviceLink } from './device';
import { Edits, hex } from './edits';
import { snapshot, verifyWorld } from './invariants';
import { Ledger } from './ledger';
import { InjectedCrash, RECORDS, type SyncServer } from './server';
import type { PushFate, Step } from './steps';

const cursorSeq = (cursor: string) => {
	const seq = decodeCursor(RECORDS, cursor);
	if (seq === null) throw new PropertyViolation(`the server sent an undecodable cursor ${cursor}`);
	return seq;
};

let runSerial = Math.floor(Math.random() * 0x1000) * 0x10000;

export interface WorldPeople {
	worker: Actor;
	coordinator: Actor;
}

/**
 * One run: three devices — the worker's phone and laptop and the coordinator's desk —
 * making changes, a network between them and the server, and a log of every answer the
 * server gave (also those the network then lost).
 */
export class World implements DeviceLink {
	readonly devices: SimDevice[];
	private readonly run = ++runSerial;
	private readonly edits = new Edits(this.run);
	private readonly delayed: { device: SimDevice; body: PushRequest }[] = [];
	private readonly ledger = new Ledger();
	stats = { pushes: 0, crashes: 0, restarts: 0, pulls: 0 };

	private constructor(
		readonly server: SyncServer,
		people: WorldPeople,
		keys: CryptoKey[]
	) {
		const device = (index: number, actor: Actor, label: string) =>
			new SimDevice(
				`${hex(this.run, 8)}-0000-4000-9000-${hex(index, 12)}`,
				actor,
				label,
				keys[index - 1]!,
				this
			);
		this.devices = [
			device(1, people.worker, 'phone'),
			device(2, people.worker, 'laptop'),
			device(3, people.coordinator, 'desk')
		];
	}

	/** A world whose devices have already synced everything before it starts. */
	static async create(server: SyncServer, people: WorldPeople) {
		const counter = await server
			.db()
			.selectFrom('counters')
			.select('value')
			.where('name', '=', 'seq')
			.executeTakeFirstOrThrow();
		const keys = await Promise.all([1, 2, 3].map(() => generateDataKey()));
		const world = new World(server, people, keys);
		const cursor = encodeCursor(RECORDS, Number(counter.value));
		for (const device of world.devices) await device.start(cursor);
		return world;
	}

	/** Removes the devices' databases. */
	async dispose() {
		for (const device of this.devices) await device.dispose();
	}

	clientIds() {
		return this.devices.map((device) => device.clientId);
	}

	async step(step: Step) {
		switch (step.t) {
			case 'edit':
				return this.edit(this.device(step.device), step);
			case 'push':
				return this.push(this.device(step.device), step.size, step.fate, step.crashAt);
			case 'pull':
				return this.pull(this.device(step.device), step.limit, step.lostPage);
			case 'deliver':
				return this.deliver(step);
			case 'restart':
				this.stats.restarts++;
				return this.server.restart();
		}
	}

	private device(index: number) {
		return this.devices[index % this.devices.length]!;
	}

	get recordIds() {
		return this.edits.recordIds;
	}

	private async edit(device: SimDevice, step: Extract<Step, { t: 'edit' }>) {
		const { mid, raw } = await this.edits.make(device, step);
		this.ledger.made(device, await device.mutation(mid), raw);
	}

	/** One request to the server; its answer is logged even if the network then loses it. */
	private async send(device: SimDevice, body: PushRequest, crashAfterQueries?: number) {
		this.stats.pushes++;
		const answer = await this.server.push(device, body, crashAfterQueries);
		this.ledger.answered(device.clientId, body, answer);
		return answer;
	}

	/** One step's push: the app's push with one request let through, with this fate. */
	private push(device: SimDevice, size: number, fate: PushFate, crashAt = 0) {
		return device.push(size, { pushes: [fate], crashAt });
	}

	/**
	 * One push request meeting its fate on the network: answers what reaches the device, or
	 * nothing (the device sees a failed request).
	 */
	async transmit(
		device: SimDevice,
		body: PushRequest,
		fate: PushFate,
		crashAt: number
	): Promise<PushResponse | undefined> {
		const last = body.mutations[body.mutations.length - 1]?.mid ?? 0;
		const unanswered = () => {
			device.inDoubtUpTo = Math.max(device.inDoubtUpTo, last);
			return undefined;
		};
		switch (fate) {
			case 'ok':
				return this.send(device, body);
			case 'offline':
			case 'dropRequest':
				return undefined;
			case 'dropResponse':
				await this.send(device, body);
				return unanswered();
			case 'duplicate': {
				// The same request twice at once (a retry racing the original).
				const [first] = await Promise.all([this.send(device, body), this.send(device, body)]);
				return first;
			}
			case 'delay':
				this.delayed.push({ device, body });
				return unanswered();
			case 'ahead':
				// The batch without its first change, as a client sending the next batch before
				// the first is answered would: it starts after a gap, so the server must apply none
				// of it (unless the first was taken already).
				return this.send(device, { ...body, mutations: body.mutations.slice(1) });
			case 'clientCrash':
				await this.send(device, body);
				device.crashNext = true;
				return unanswered();
			case 'serverCrash':
				if (!this.server.canCrashMidBatch) {
					await this.send(device, body);
					return unanswered();
				}
				return (await this.crashMidBatch(device, body, crashAt)) ? undefined : unanswered();
		}
	}

	/**
	 * The push's transaction fails after some of its statements, as when the server dies: nothing
	 * of the batch may remain, and the device's retry must apply it once. Answers whether it
	 * crashed (else the push went through and its answer was lost).
	 */
	private async crashMidBatch(device: SimDevice, body: PushRequest, crashAt: number) {
		const statements = 1 + (Math.floor(crashAt / 2) % (2 * body.mutations.length + 8));
		const before = await snapshot(this.server.db(), device.clientId, this.recordIds);
		let crashed = false;
		try {
			await this.send(device, body, statements);
		} catch (error) {
			if (!(error instanceof InjectedCrash)) throw error;
			crashed = true;
		}
		if (crashed) {
			this.stats.crashes++;
			const after = await snapshot(this.server.db(), device.clientId, this.recordIds);
			check(
				isDeepStrictEqual(before, after),
				`a push that failed after ${statements} statements left part of its batch behind:\n` +
					`${JSON.stringify(before)}\n${JSON.stringify(after)}`
			);
		}
		// Half the time the process then comes back (the other half the failure was the
		// transaction's alone, e.g. a lost database connection): restarts are the slow part.
		if (crashAt % 2 === 0) {
			this.stats.restarts++;
			await this.server.restart();
		}
		return crashed;
	}

	/** The app's pull until the server has no more; a lost answer stops it where it was. */
	private pull(device: SimDevice, limit: number, lostPage?: number, alone = true) {
		return device.pull(limit, { pushes: [], crashAt: 0, lostPage }, alone);
	}

	/** One pull request reaching the server, and what its answer must be. */
	async transmitPull(device: SimDevice, since: string | null, limit: number): Promise<RecordsPage> {
		this.stats.pulls++;
		const answer = await this.server.pull(device, since, limit);
		check(!answer.reset, `the server refused its own cursor ${since}`);
		const from = since === null ? 0 : cursorSeq(since);
		check(
			cursorSeq(answer.cursor) >= from,
			`the cursor went back from ${since} to ${answer.cursor}`
		);
		return answer;
	}

	/**
	 * Requests held up in the network arrive now, late and in any order, several at once; maybe
	 * while a device pushes again and another pulls. Their answers reach nobody.
	 */
	private async deliver(step: Extract<Step, { t: 'deliver' }>) {
		const work: Promise<unknown>[] = [];
		for (let n = 0; n < step.count && this.delayed.length > 0; n++) {
			const [late] = this.delayed.splice((step.pick + n) % this.delayed.length, 1);
			work.push(this.send(late!.device, late!.body));
		}
		if (step.withPush !== undefined) work.push(this.push(this.device(step.withPush), 500, 'ok'));
		if (step.withPull !== undefined) {
			work.push(this.pull(this.device(step.withPull), 3, undefined, false));
		}
		const outcomes = await Promise.allSettled(work);
		for (const outcome of outcomes) if (outcome.status === 'rejected') throw outcome.reason;
	}

	/**
	 * The network heals: whatever is still in flight arrives, every device sends its whole
	 * outbox (which must always move) and then pulls everything.
	 */
	async settle() {
		while (this.delayed.length > 0) {
			const late = this.delayed.shift()!;
			await this.send(late.device, late.body);
		}
		for (const device of this.devices) {
			for (;;) {
				const before = await device.db.outbox.count();
				if (before === 0) break;
				await device.pushAll();
				const first = await device.db.outbox.orderBy('mid').first();
				check(
					(await device.db.outbox.count()) < before,
					`the outbox of ${device.label} is blocked at mid ${first?.mid}`
				);
			}
		}
		for (const device of this.devices) await this.pull(device, 50);
	}

	/** The invariants, checked against the server's database after settle(). */
	verify() {
		return verifyWorld({
			db: this.server.db(),
			devices: this.devices,
			recordIds: this.recordIds,
			ledger: this.ledger
		});
	}

	/** How much happened, to tell that a run really exercised the faults. */
	summary() {
		return { ...this.stats, ...this.ledger.counts() };
	}
}
