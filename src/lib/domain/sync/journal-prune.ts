/**
 * When a device may forget an acknowledged change (README, Backup and restore). Pure: the
 * browser (src/lib/client/sync/push.ts) and the tests run this one rule.
 *
 * The journal (recovery.ts) is what a device re-sends after the server restored a backup; a
 * restore loses only what was acknowledged after the backup it starts from. The rule assumes
 * what the README asks of an operator: restore a backup at most JOURNAL_KEEP_DAYS old. So an
 * entry goes once its last acknowledgment is older than that, by the server's clock (each
 * push answer's `serverTime`, never the phone's), and once the device has pulled the record
 * back at every version acknowledged in it (or holds it no longer: deleted, or out of its
 * person's reach). The client applies it only on an answer in the epoch the entries were
 * written in: a restore met first turns the whole journal into queued changes.
 */
import type { AckedRecord } from './recovery';

/** A month of daily backups and a few days to notice the damage (README). */
export const JOURNAL_KEEP_DAYS = 35;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment before which an acknowledgment may be forgotten, `serverTime` being now. */
export function journalCutoff(serverTime: string, keepDays = JOURNAL_KEEP_DAYS): string {
	return new Date(Date.parse(serverTime) - keepDays * DAY_MS).toISOString();
}

/**
 * Whether `entry` can go: last acknowledged before `cutoff` (journalCutoff), and the device
 * holds the record at `heldVersion`, at least every version acknowledged in it (a duplicate's,
 * unknown, asks nothing), or holds it no longer (`undefined`).
 */
export function prunable(
	entry: Pick<AckedRecord, 'ackedAt' | 'versions'>,
	heldVersion: number | undefined,
	cutoff: string
): boolean {
	if (!(Date.parse(entry.ackedAt) < Date.parse(cutoff))) return false;
	if (heldVersion === undefined) return true;
	return Object.values(entry.versions).every(
		(version) => version === null || version <= heldVersion
	);
}
