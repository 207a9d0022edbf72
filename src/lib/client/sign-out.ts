import { wipeLocalData } from './db/wipe';
import type { Session } from './session.svelte';

/**
 * Ends the session and removes everything this device holds, then starts afresh at the
 * sign-in page (a full load, so no open database or key survives in memory).
 */
export async function signOutAndWipe(session: Session, reason?: 'wiped'): Promise<void> {
	await session.endServerSession();
	const { recDb, refDb } = await import('./db/open');
	await wipeLocalData(recDb(), refDb());
	location.replace(reason ? `/app/login?reason=${reason}` : '/app/login');
}
