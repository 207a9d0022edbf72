// The sync worker: runs a round (round.ts) off the page's thread, so the JSON, the field
// encryption and IndexedDB's copying of 10 000 pulled records do not take the page's one
// thread while the app prepares the directory and answers the person (issue 14). Dexie tells
// the page's live queries of what it wrote, as it does across tabs.
import { useClientId } from '../api/http';
import { RecDb } from '../db/rec-db';
import { syncRound } from './round';
import { toWire, type RoundMessage, type RoundRequest } from './worker-protocol';

const post = (message: RoundMessage) => self.postMessage(message);

self.onmessage = async ({ data }: MessageEvent<RoundRequest>) => {
	const { id, dbName, key, clientId } = data;
	useClientId(clientId);
	// Opened for the round and closed after it: a sign-out deletes the database, and an open
	// connection here must not hold that up between rounds.
	const db = new RecDb(dbName);
	try {
		const sent = await syncRound(db, key, clientId, undefined, {
			onProgress: (progress) => post({ id, type: 'progress', progress }),
			onStored: (received, done) =>
				post({ id, type: 'stored', received, done, at: performance.timeOrigin + performance.now() })
		});
		post({ id, type: 'done', sent });
	} catch (error) {
		post({ id, type: 'failed', error: toWire(error) });
	} finally {
		db.close();
	}
};
