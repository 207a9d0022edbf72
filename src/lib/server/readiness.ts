import { sql, type Kysely } from 'kysely';
import type { Database } from './db/schema';

/** A load balancer checks every few seconds; a database slower than this counts as down. */
const TIMEOUT_MS = 2000;

let inFlight: Promise<string | null> | null = null;
let lastProblem: string | null = null;

/**
 * Why the database cannot serve now (it fails the check or does not answer within 2 s), or
 * null when it answers. Checks running at once share one query, so a hung database gathers no
 * queue of probes in the pool. The answer names no host or error (anyone may ask); the log
 * says what went wrong, once per outage.
 */
export function databaseProblem(db: Kysely<Database>): Promise<string | null> {
	inFlight ??= check(db).then((found) => {
		inFlight = null;
		if (found && !lastProblem) console.error(`Lähelle: not ready: ${found.detail}`);
		if (!found && lastProblem) console.log('Lähelle: ready again, the database answers');
		lastProblem = found?.answer ?? null;
		return lastProblem;
	});
	return inFlight;
}

async function check(db: Kysely<Database>) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const late = new Promise<{ answer: string; detail: string }>((resolve) => {
		timer = setTimeout(() => {
			const answer = `The database did not answer within ${TIMEOUT_MS / 1000} s.`;
			resolve({ answer, detail: answer });
		}, TIMEOUT_MS);
	});
	const answered = sql`select 1`.execute(db).then(
		() => null,
		(error: unknown) => ({
			answer: 'The database does not answer.',
			detail: error instanceof Error ? error.message : String(error)
		})
	);
	try {
		return await Promise.race([answered, late]);
	} finally {
		clearTimeout(timer);
	}
}
