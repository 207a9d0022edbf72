// Plain JavaScript (typed with JSDoc) so both the test suites and `npm run bench` can use it.

/**
 * A consultation request as a requester's device sends it once submitted: consent given,
 * a question, the child only as an age group and a municipality.
 * @param {Record<string, unknown>} [overrides]
 * @returns {Record<string, unknown>}
 */
export function submittedRequest(overrides = {}) {
	const now = new Date().toISOString();
	return {
		status: 'submitted',
		stage: null,
		urgency: 'normal',
		highRisk: [],
		requesterName: 'Testi Työntekijä',
		requesterPhone: '040 000 0001',
		requesterOrganisation: 'Perhesosiaalityö (demo)',
		consent: 'given',
		consentDate: now.slice(0, 10),
		consentMethod: 'phone',
		consentJustification: '',
		childAgeGroup: '7-12',
		municipalityId: '837',
		themes: ['demanding-separation'],
		clientGroups: [],
		servicesInvolved: ['family-social-work'],
		stuck: 'Tapaamiset eivät toteudu',
		question: 'Miten tukea lasta huoltoriidan keskellä?',
		background: '',
		helpWanted: ['thinking-together'],
		preferredExpertise: [],
		preferredExpertIds: [],
		preferredGroupIds: [],
		assigneeIds: [],
		groupId: null,
		handlingDate: null,
		followUpDate: null,
		plan: '',
		outcome: '',
		feedbackRating: null,
		feedbackComment: '',
		sourceContactId: null,
		submittedAt: now,
		closedAt: null,
		createdAt: now,
		createdBy: 'set-by-the-server',
		countyId: 'pirkanmaa',
		...overrides
	};
}

/**
 * @typedef {{ post: (path: string, body?: unknown) => Promise<{ status: number; body: any; text: string }> }} PostingClient
 * @typedef {{ table: string; op: 'insert' | 'update' | 'delete'; id: string; fields: Record<string, unknown>; baseVersion?: number | null; resolves?: string[] }} Change
 */

/**
 * A device of a signed-in client that pushes through the sync API as the app does: it
 * registers itself and numbers its mutations.
 * @param {PostingClient} client
 */
export async function syncDevice(client) {
	const clientId = crypto.randomUUID();
	const registered = await client.post('/api/v1/devices', { clientId });
	if (registered.status !== 200) throw new Error(`cannot register a device: ${registered.text}`);
	let mid = 0;
	return {
		clientId,
		/**
		 * Pushes the changes in one request (at most 500) and answers the server's reply.
		 * @param {Change[]} changes
		 */
		async push(changes) {
			const mutations = changes.map((change) => ({
				mid: ++mid,
				op: change.op,
				table: change.table,
				id: change.id,
				baseVersion: change.baseVersion ?? null,
				fields: change.fields,
				clientTs: new Date().toISOString(),
				...(change.resolves ? { resolves: change.resolves } : {})
			}));
			const answer = await client.post('/api/v1/sync/push', {
				clientId,
				schemaVersion: 5,
				mutations
			});
			if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${answer.text}`);
			return answer.body;
		}
	};
}
