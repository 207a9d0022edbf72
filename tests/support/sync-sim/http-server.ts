/**
 * The built server over HTTP for the simulated world: real sessions, registered devices, one
 * process or several behind a random load balancer, processes killed with SIGKILL (also in the
 * middle of a push) and started again.
 */
import type { PushResponse, RecordsPage } from '$lib/domain/api/sync';
import type { PushRequest } from '$lib/domain/sync/protocol';
import type { DatabaseHandle } from '$lib/server/db/connect';
import type { ApiClient, ApiResponse } from '../api-client';
import { startServer, type RunningServer } from '../server.js';
import { holdPushAtEnd } from './hold-push';
import { InjectedCrash, type Device, type SyncServer } from './server';

/** A server failure the client sees as an HTTP status. */
export class ServerAnswered extends Error {
	constructor(
		readonly status: number,
		body: string
	) {
		super(`server answered ${status}: ${body.slice(0, 300)}`);
	}
}

/** One process of the built app, and the environment that starts it again on the same port. */
export interface AppProcess {
	running: RunningServer;
	env: Record<string, string>;
}

interface Member extends AppProcess {
	/** Set while the process is down and starting again: the load balancer leaves it out. */
	restarting?: Promise<void>;
	/** Requests it answered, to tell that the balancing really spread them. */
	served: number;
}

/**
 * The built server over HTTP: real sessions (one per person), registered devices, the device
 * header the app sends. One process, or several on one PostgreSQL database with every request
 * sent to one of them at random (`route`), as a load balancer does. A restart is a SIGKILL of a
 * process and a new one on the same database and port; with several, the others serve
 * meanwhile. With `killMidPush` (PostgreSQL: the admin connection string of the database) a
 * push can be made to die in the middle of its transaction (holdPushAtEnd).
 */
export class HttpServer implements SyncServer {
	private readonly members: Member[];
	/** Picks a process: a number in [0, 1), as Math.random. */
	route: () => number = Math.random;
	/** Processes killed while a push of theirs was writing. */
	killedMidPush = 0;

	constructor(
		processes: AppProcess | AppProcess[],
		private readonly sessions: Map<string, ApiClient>,
		private readonly reader: DatabaseHandle,
		private readonly options: { killMidPush?: string } = {}
	) {
		this.members = [processes].flat().map((process) => ({ ...process, served: 0 }));
	}

	get canCrashMidBatch() {
		return this.options.killMidPush !== undefined;
	}

	db() {
		return this.reader.db;
	}

	/** What each process now serving has printed. */
	outputs() {
		return this.members.map((member) => member.running.output());
	}

	/** Requests each process answered so far. */
	served() {
		return this.members.map((member) => member.served);
	}

	/**
	 * A serving process, chosen by `route`; when every one is starting again (a slow start on a
	 * loaded machine), the first that is back. A start that failed for good fails the run here.
	 */
	private async pick(): Promise<Member> {
		for (;;) {
			const live = this.members.filter((member) => !member.restarting);
			const member = live[Math.floor(this.route() * live.length)];
			if (member) return member;
			await Promise.race(this.members.map((each) => each.restarting));
		}
	}

	private session(device: Device, member: Member): ApiClient {
		const session = this.sessions.get(device.actor.userId);
		if (!session) throw new Error(`no session for ${device.actor.userId}`);
		return session.at(member.running.url);
	}

	/** Each simulated device registers as the app does after sign-in. */
	async register(devices: readonly Device[]) {
		for (const device of devices) {
			const answer = await this.session(device, await this.pick()).post('/api/v1/devices', {
				clientId: device.clientId
			});
			if (answer.status !== 200) throw new Error(`device registration: ${answer.text}`);
		}
	}

	async push(device: Device, body: PushRequest, crashAfterQueries?: number) {
		const member = await this.pick();
		if (crashAfterQueries !== undefined && this.options.killMidPush) {
			return this.killMidPush(member, device, body, this.options.killMidPush);
		}
		return this.answered(member, this.sendPush(member, device, body));
	}

	private sendPush(member: Member, device: Device, body: PushRequest) {
		return this.session(device, member).post('/api/v1/sync/push', body, {
			headers: { 'x-lahelle-client': device.clientId }
		});
	}

	private async answered(member: Member, request: Promise<ApiResponse>) {
		const answer = await request;
		member.served++;
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as PushResponse;
	}

	/**
	 * The push's process gets SIGKILL while the push waits at its last statement, everything
	 * else written and nothing committed; then it starts again while the others serve. Throws
	 * InjectedCrash, as the in-process crash does. If the push is answered first (refused before
	 * its transaction), that answer stands.
	 */
	private async killMidPush(member: Member, device: Device, body: PushRequest, url: string) {
		const hold = await holdPushAtEnd(url, device.clientId);
		let waiting: number | null = null;
		try {
			const request = this.sendPush(member, device, body).then(
				(answer) => ({ answer }),
				(error: unknown) => ({ error })
			);
			let settled = false;
			void request.then(() => (settled = true));
			while (!settled && waiting === null) {
				waiting = await hold.waiting();
				if (waiting === null) await new Promise((resolve) => setTimeout(resolve, 5));
			}
			if (waiting === null) {
				const outcome = await request;
				if ('error' in outcome) throw outcome.error;
				return this.answered(member, Promise.resolve(outcome.answer));
			}
			const exited = new Promise((resolve) => member.running.process.once('exit', resolve));
			member.running.process.kill('SIGKILL');
			await exited;
			this.killedMidPush++;
			// The push reached this process and was at its last statement: the balancing reached
			// it, even if every request it got on a loaded machine ended this way.
			member.served++;
			await request;
		} finally {
			await hold.release(waiting);
		}
		this.startAgain(member);
		throw new InjectedCrash(`process ${member.running.url} killed in the middle of a push`);
	}

	/** Starts a killed process again; a start that times out on a loaded machine is tried twice more. */
	private startAgain(member: Member) {
		const start = async (attempt = 1): Promise<RunningServer> =>
			startServer(member.env, { within: 60_000 }).catch((error: unknown) => {
				if (attempt >= 3) throw error;
				return start(attempt + 1);
			});
		member.restarting = start().then((running) => {
			member.running = running;
			member.restarting = undefined;
		});
	}

	/** Waits for every process that is starting again. */
	async allServing() {
		await Promise.all(this.members.map((member) => member.restarting));
	}

	async pull(device: Device, since: string | null, limit: number) {
		const member = await this.pick();
		const query = `scope=records&limit=${limit}` + (since ? `&since=${since}` : '');
		const answer = await this.session(device, member).get(`/api/v1/sync/pull?${query}`, {
			headers: { 'x-lahelle-client': device.clientId }
		});
		member.served++;
		if (answer.status !== 200) throw new ServerAnswered(answer.status, answer.text);
		return answer.body as RecordsPage;
	}

	/**
	 * One process dies (SIGKILL) and starts again. With one process the world waits for it;
	 * with several the others serve meanwhile, but never fewer than one.
	 */
	async restart() {
		if (this.members.filter((member) => !member.restarting).length < 2) await this.allServing();
		const member = await this.pick();
		const exited = new Promise((resolve) => member.running.process.once('exit', resolve));
		member.running.process.kill('SIGKILL');
		await exited;
		this.startAgain(member);
		if (this.members.length === 1) await this.allServing();
	}

	get url() {
		return this.members[0]!.running.url;
	}

	async stop() {
		// A start that failed must not keep the others running.
		await Promise.allSettled(this.members.map((member) => member.restarting));
		await Promise.allSettled(this.members.map((member) => member.running.stop()));
	}
}
