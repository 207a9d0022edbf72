/**
 * The world's log: every change a device made and every answer the server gave (also those
 * the network then lost), checked as each answer comes in: nothing taken twice, taken in order.
 */
import type { MutationResult, PushResponse } from '$lib/domain/api/sync';
import type { Mutation, PushRequest } from '$lib/domain/sync/protocol';
import { check, mutationKey } from './check';
import type { SimDevice } from './device';

export interface Observed {
	clientId: string;
	mutation: Mutation;
	result: MutationResult;
}

export interface Created {
	device: SimDevice;
	mutation: Mutation;
	/** The newest version of the record its author had received when making it. */
	seen: number;
	/** Queued malformed, straight into the outbox. */
	raw: boolean;
}

export class Ledger {
	/** Every change a device made, by mutationKey. */
	readonly created = new Map<string, Created>();
	/** The answer that took each change (applied, conflict or rejected), by mutationKey. */
	readonly terminal = new Map<string, Observed>();
	/** Every answer for a change, duplicates too. */
	readonly observed: Observed[] = [];

	/** A change the device has just made, and what its author had seen of the record. */
	made(device: SimDevice, mutation: Mutation, raw: boolean) {
		this.created.set(mutationKey(device.clientId, mutation.mid), {
			device,
			mutation,
			seen: device.seen[mutation.id] ?? 0,
			raw
		});
	}

	/** Logs the server's answer to one push request, checking it against what was sent. */
	answered(clientId: string, body: PushRequest, answer: PushResponse) {
		check(
			answer.lastMutationId >= 0 && answer.results.length <= body.mutations.length,
			'malformed push answer'
		);
		for (const result of answer.results) {
			const mutation = body.mutations.find((candidate) => candidate.mid === result.mid);
			check(mutation, `an answer for mid ${result.mid}, which was not sent`);
			const seen = { clientId, mutation, result };
			this.observed.push(seen);
			if (result.status === 'duplicate') continue;
			const id = mutationKey(clientId, result.mid);
			const earlier = this.terminal.get(id);
			check(
				!earlier,
				`mutation ${id} (${mutation.op} ${mutation.id}) was applied twice: ` +
					`${JSON.stringify(earlier?.result)} then ${JSON.stringify(result)}`
			);
			this.terminal.set(id, seen);
		}
		// Taken in order, without a hole, and none beyond what the server says it has taken.
		const taken = answer.results.filter((result) => result.status !== 'duplicate');
		taken.forEach((result, n) =>
			check(
				result.mid <= answer.lastMutationId && (n === 0 || result.mid === taken[n - 1]!.mid + 1),
				`mid ${result.mid} taken out of order (last taken ${answer.lastMutationId})`
			)
		);
	}

	/** How the changes ended, to tell that a run really exercised the faults. */
	counts() {
		const terminal = [...this.terminal.values()];
		const count = (status: string) =>
			terminal.filter((seen) => seen.result.status === status).length;
		return {
			mutations: this.created.size,
			applied: count('applied'),
			conflicts: count('conflict'),
			rejected: count('rejected'),
			duplicates: this.observed.filter((seen) => seen.result.status === 'duplicate').length
		};
	}
}
