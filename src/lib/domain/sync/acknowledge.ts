/**
 * What a device does with the server's answer to a push (DESIGN.md, sync). Pure: the
 * browser's push (src/lib/client/sync/push.ts) and the fault-injection simulation
 * (tests/support/sync-sim/) both run this one rule.
 */
import type { MutationResult, PushResponse } from '../api/sync';

/** An outbox entry that was sent, as far as the acknowledgement needs it. */
export interface SentChange {
	mid: number;
	table: string;
	id: string;
	fields: Record<string, unknown>;
}

/** A change the server did not simply apply, kept on the device until a person looks at it. */
export interface PushIssue {
	mid: number;
	table: string;
	recordId: string;
	status: 'conflict' | 'rejected';
	fields: string[];
	/** What the device sent for those fields (as the outbox holds them), to offer "keep yours". */
	yours: Record<string, unknown>;
	error?: string;
	/** A refusal's code (domain/sync/refusal.ts), when the server gave one. */
	reason?: string;
	at: string;
}

export interface Acknowledgement {
	/** Outbox entries the server has taken (everything up to its lastMutationId): delete them. */
	done: number[];
	/** Conflicts and rejections among them, to show the person. */
	issues: PushIssue[];
	/** The server stopped before the end of the batch (a gap): send the rest on a later round. */
	stoppedEarly: boolean;
}

/**
 * Whether the server refused the change: answered now, or — a duplicate with a reason — when
 * it first took it, its answer then lost on the way (server/sync/push.ts).
 */
export const refused = (result: MutationResult | undefined): boolean =>
	result?.status === 'rejected' || (result?.status === 'duplicate' && result.error !== undefined);

/** What the person is shown of a result: a conflict, a refusal, or nothing. */
function issueStatus(result: MutationResult): PushIssue['status'] | null {
	if (result.status === 'conflict') return 'conflict';
	return refused(result) ? 'rejected' : null;
}

/**
 * Drops only what the server acknowledged. A device does not take the versions the push
 * answers for its records: a record's version says which server state the device has seen,
 * and only a pull shows it that (a version from the answer would let the next edit overwrite
 * another device's change it never saw, without a conflict).
 */
export function acknowledge(sent: readonly SentChange[], answer: PushResponse): Acknowledgement {
	const byMid = new Map(sent.map((entry) => [entry.mid, entry]));
	const issues: PushIssue[] = [];
	for (const result of answer.results) {
		const entry = byMid.get(result.mid);
		const status = issueStatus(result);
		if (!entry || !status) continue;
		issues.push({
			mid: entry.mid,
			table: entry.table,
			recordId: entry.id,
			status,
			fields: result.conflicts ?? Object.keys(entry.fields),
			yours: entry.fields,
			...(result.error !== undefined ? { error: result.error } : {}),
			...(result.reason !== undefined ? { reason: result.reason } : {}),
			at: answer.serverTime
		});
	}
	const done = sent.filter((entry) => entry.mid <= answer.lastMutationId).map((entry) => entry.mid);
	return { done, issues, stoppedEarly: done.length < sent.length };
}
