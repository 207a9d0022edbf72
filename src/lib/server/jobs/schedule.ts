import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { RetentionResult } from '$lib/domain/retention';
import type { Database } from '../db/schema';
import { runRetention } from '../retention/run';
import { RETENTION_JOB } from '../retention/settings';
import { catchUpStatsFacts } from '../stats/facts-table';
import { endExpiredCaseAccess } from '../sync/case-access-expiry';
import { releaseLease, takeLease } from './lease';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The first check waits: a starting process serves first, and a short-lived one never runs jobs. */
const FIRST_TICK_MS = 10 * 60_000;
const WARM_UP_MS = 5_000;

/**
 * The daily retention run, if it is due and no other process is running it. Answers what it
 * deleted, or null when it was not this process's turn.
 */
export async function runRetentionIfDue(
	db: Kysely<Database>,
	now: Date,
	holder: string = uuidv7()
): Promise<RetentionResult | null> {
	if (!(await takeLease(db, RETENTION_JOB, holder, now, { leaseMs: HOUR, everyMs: DAY }))) {
		return null;
	}
	// Finished "now plus the time it took" on the caller's clock.
	const started = performance.now();
	const finished = () => new Date(now.getTime() + (performance.now() - started));
	try {
		const result = await runRetention(db, now);
		await releaseLease(db, RETENTION_JOB, holder, finished(), result);
		return result;
	} catch (error) {
		await releaseLease(db, RETENTION_JOB, holder, finished(), null);
		throw error;
	}
}

const CASE_ACCESS_JOB = 'case-access';

/**
 * Ends experts' access to the cases closed longer ago than the grace period (case-readers.ts),
 * when no other process is doing it: a run at most every quarter of an hour. Answers how many
 * cases it ended, or null when it was not this process's turn.
 */
export async function endCaseAccessIfDue(
	db: Kysely<Database>,
	now: Date,
	holder: string = uuidv7()
): Promise<number | null> {
	const terms = { leaseMs: HOUR, everyMs: 15 * 60_000 };
	if (!(await takeLease(db, CASE_ACCESS_JOB, holder, now, terms))) return null;
	try {
		const ended = await endExpiredCaseAccess(db, now);
		await releaseLease(db, CASE_ACCESS_JOB, holder, now, { ended });
		return ended;
	} catch (error) {
		await releaseLease(db, CASE_ACCESS_JOB, holder, now, null);
		throw error;
	}
}

/**
 * Starts this process's scheduled work: each tick (every `checkMs`, an hour by default; the
 * lease makes sure only one process runs a due job) brings the statistics facts level with the
 * records, ends experts' access to cases closed past their grace period, and runs the
 * retention job when it is due. Answers a function that stops it.
 */
export function startScheduledJobs(db: Kysely<Database>, checkMs = HOUR): () => void {
	const holder = uuidv7();
	let running = false;
	const tick = async () => {
		if (running) return;
		running = true;
		try {
			await catchUpStatsFacts(db, { background: true });
			await endCaseAccessIfDue(db, new Date(), holder);
			const result = await runRetentionIfDue(db, new Date(), holder);
			if (result) {
				const { contacts, consultations, consultation_events } = result.deleted;
				console.log(
					`Lähelle: retention deleted ${contacts} contacts, ${consultations} consultations, ` +
						`${consultation_events} consultation events`
				);
			}
		} catch (error) {
			console.error(`Lähelle: a scheduled job failed: ${String(error)}`);
		} finally {
			running = false;
		}
	};
	// Records stored while no process ran (an upgrade, a bulk import) get their facts soon after
	// start, so the first statistics request need not wait for them.
	const warm = setTimeout(() => {
		catchUpStatsFacts(db, { background: true }).catch((error: unknown) => {
			console.error(`Lähelle: statistics facts could not catch up: ${String(error)}`);
		});
	}, WARM_UP_MS);
	warm.unref();
	let interval: ReturnType<typeof setInterval> | undefined;
	const first = setTimeout(
		() => {
			void tick();
			interval = setInterval(() => void tick(), checkMs);
			interval.unref();
		},
		Math.min(FIRST_TICK_MS, checkMs)
	);
	first.unref();
	return () => {
		clearTimeout(warm);
		clearTimeout(first);
		clearInterval(interval);
	};
}
