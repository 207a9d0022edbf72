import autocannon from 'autocannon';
import {
	cpuSeconds,
	insertMutation,
	postgresReachable,
	push,
	signInDevice,
	startSyncServer,
	updateMutation
} from '../support/sync.js';

const CLIENTS = 50;
const SECONDS = 30;
const PER_PUSH = 10;

/**
 * 50 devices, each signed in with its own session and registered, take turns over 50
 * keep-alive connections (autocannon) for 30 s: a push of its next 10 outbox changes (new
 * contacts and edits of its own earlier ones), then a pull of a page of up to 100 changes from
 * its cursor — as the app's sync loop does. A device keeps its outbox until the server
 * acknowledges it, so a lost answer is resent. Afterwards each device sends what is left, and
 * the server must hold every change exactly once. Reported per database: requests per second,
 * p99 latency, errors (failed requests, non-2xx answers and changes not applied; a request
 * counts as failed after 30 s without an answer), and the server process's CPU time per
 * request, which depends little on what else the machine is doing.
 */
export async function syncLoad() {
	const kinds = (await postgresReachable()) ? ['sqlite', 'postgres'] : ['sqlite'];
	const rows = [];
	for (const kind of kinds) {
		const server = await startSyncServer(kind);
		try {
			const cpuBefore = cpuSeconds(server.pid);
			const result = await load([server.url]);
			const cpuAfter = cpuSeconds(server.pid);
			rows.push(
				{
					metric: `sync load, ${CLIENTS} devices pushing and pulling ${SECONDS} s, ${kind} (requests/s)`,
					value: Math.round(result.requestsPerSecond),
					target: null
				},
				{
					metric: `sync load, ${kind}: p99 latency (ms)`,
					value: result.p99,
					target: null
				},
				{ metric: `sync load, ${kind}: errors`, value: result.errors, target: 0 }
			);
			if (cpuBefore !== null && cpuAfter !== null) {
				rows.push({
					metric: `sync load, ${kind}: server CPU per request (ms)`,
					value: Math.round(((cpuAfter - cpuBefore) * 10_000) / result.requests) / 10,
					target: null
				});
			}
		} finally {
			await server.stop();
		}
	}
	return rows;
}

/**
 * The load on one or several processes of one deployment; each request goes to the next
 * connection's process, so a device's turns spread over them as behind a load balancer.
 * @param {string[]} urls
 */
export async function load(urls) {
	const [url] = urls;
	const devices = [];
	// One sign-in at a time: the throttle counts each try before its password is checked, so
	// more than three at once for one account would be refused (429) until the first finish.
	for (let at = 0; at < CLIENTS; at++) devices.push(newDevice(await signInDevice(url)));
	const idle = [...devices];
	let refused = 0;

	const instance = autocannon({
		url: urls.length === 1 ? url : urls,
		connections: CLIENTS,
		duration: SECONDS,
		timeout: 30,
		requests: [
			{
				setupRequest(request, context) {
					// Each connection serves one device at a time; a device is never in two requests.
					const device = idle.shift() ?? devices[Math.floor(Math.random() * devices.length)];
					context.device = device;
					device.turn++;
					if (device.turn % 2 === 1) {
						topUp(device);
						context.pushing = true;
						return {
							...request,
							method: 'POST',
							path: '/api/v1/sync/push',
							headers: { ...device.headers, 'content-type': 'application/json' },
							body: JSON.stringify({
								clientId: device.clientId,
								schemaVersion: 5,
								mutations: device.outbox.slice(0, PER_PUSH)
							})
						};
					}
					context.pushing = false;
					const since = device.cursor ? `&since=${encodeURIComponent(device.cursor)}` : '';
					return {
						...request,
						method: 'GET',
						path: `/api/v1/sync/pull?scope=records&limit=100${since}`,
						headers: device.headers
					};
				},
				onResponse(status, body, context) {
					const device = context.device;
					idle.push(device);
					if (status !== 200) return;
					const answer = JSON.parse(body);
					if (context.pushing) refused += acknowledge(device, answer);
					else device.cursor = answer.cursor;
				}
			}
		]
	});
	const result = await instance;

	// Whatever is still queued goes now; then every change must be on the server exactly once.
	for (const device of devices) {
		while (device.outbox.length > 0) {
			acknowledge(device, await push(url, device, device.outbox.slice(0, 500)));
		}
	}
	await checkEveryChangeOnce(url, devices);
	const errors = result.errors + result.timeouts + result.non2xx + refused;
	if (errors > 0) {
		console.error(
			`sync load: ${result.errors} failed, ${result.timeouts} timed out, ` +
				`${result.non2xx} non-2xx, ${refused} changes not applied`
		);
	}
	return {
		requests: result.requests.total,
		requestsPerSecond: result.requests.average,
		p99: result.latency.p99,
		errors
	};
}

function newDevice({ clientId, headers }) {
	// No Origin: a script's request, let through by every process (each is its own origin).
	const sent = { ...headers };
	delete sent.origin;
	return {
		clientId,
		headers: sent,
		turn: 0,
		nextMid: 1,
		outbox: [],
		cursor: null,
		/** Records this device created, with the version its last acknowledged change made. */
		own: new Map(),
		inserted: 0
	};
}

/** Queues changes until there are 10 to send: mostly new contacts, some edits of earlier ones. */
function topUp(device) {
	while (device.outbox.length < PER_PUSH) {
		const mid = device.nextMid++;
		const editable = [...device.own].filter(([, version]) => version > 0);
		if (mid % 4 === 0 && editable.length > 0) {
			const [id, version] = editable[mid % editable.length];
			device.outbox.push(updateMutation(mid, id, version));
		} else {
			const mutation = insertMutation(mid);
			device.own.set(mutation.id, 0);
			device.inserted++;
			device.outbox.push(mutation);
		}
	}
}

/** Drops what the server took; answers how many changes it did not apply. */
function acknowledge(device, answer) {
	let refused = 0;
	for (const result of answer.results) {
		const change = device.outbox.find((row) => row.mid === result.mid);
		if (result.status === 'applied' && change) device.own.set(change.id, result.version);
		if (result.status === 'conflict' || result.status === 'rejected') refused++;
	}
	device.outbox = device.outbox.filter((row) => row.mid > answer.lastMutationId);
	return refused;
}

async function checkEveryChangeOnce(url, devices) {
	const [first] = devices;
	let received = 0;
	let cursor = null;
	const seen = new Set();
	for (;;) {
		const since = cursor ? `&since=${encodeURIComponent(cursor)}` : '';
		const page = await (
			await fetch(`${url}/api/v1/sync/pull?scope=records&limit=1000${since}`, {
				headers: first.headers
			})
		).json();
		for (const change of page.changes) seen.add(change.id);
		received += page.changes.length;
		cursor = page.cursor;
		if (!page.hasMore) break;
	}
	const inserted = devices.reduce((sum, device) => sum + device.inserted, 0);
	if (received !== seen.size || seen.size !== inserted) {
		throw new Error(`after the load: ${inserted} contacts made, ${seen.size} on the server`);
	}
}
