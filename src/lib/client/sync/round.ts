import type { RecDb } from '../db/rec-db';
import { pullRecords, type PullOptions } from './pull';
import { pushOutbox } from './push';
import { knownEpoch } from './recover';
import { httpTransport, type SyncTransport } from './transport';

/**
 * One sync round (DESIGN.md): push the outbox, then pull. A pull that meets a new server epoch
 * queues again what the server lost (recover.ts): that is sent, and its outcome pulled, in the
 * same round. Answers how many outbox rows the server acknowledged.
 */
export async function syncRound(
	db: RecDb,
	key: CryptoKey,
	clientId: string,
	transport: SyncTransport = httpTransport,
	pullOptions: PullOptions = {}
): Promise<number> {
	let sent = await pushOutbox(db, key, clientId, transport);
	const epoch = await knownEpoch(db);
	await pullRecords(db, key, transport, pullOptions);
	if (epoch && (await knownEpoch(db)) !== epoch) {
		sent += await pushOutbox(db, key, clientId, transport);
		await pullRecords(db, key, transport, pullOptions);
	}
	return sent;
}
