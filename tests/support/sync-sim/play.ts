/** One simulated world played to the end, and what many of them exercised together. */
import type { Step } from './steps';
import { HttpServer } from './http-server';
import type { SyncServer } from './server';
import { World, type WorldPeople } from './world';

/**
 * Runs one world to the end and checks it; answers what happened, for the coverage check.
 * Over HTTP the devices register first (`register`), and `killLast` kills a process just
 * before the network heals.
 */
export async function play(
	server: SyncServer,
	people: WorldPeople,
	steps: Step[],
	options: { register?: boolean; killLast?: boolean } = {}
) {
	const world = await World.create(server, people);
	try {
		if (options.register && server instanceof HttpServer) await server.register(world.devices);
		for (const step of steps) await world.step(step);
		if (options.killLast) await world.step({ t: 'restart' });
		await world.settle();
		await world.verify();
		return world.summary();
	} finally {
		await world.dispose();
	}
}

export type Summary = Awaited<ReturnType<typeof play>>;

/** What many runs exercised together. */
export function total(summaries: Summary[]) {
	const sum = (field: keyof Summary) => summaries.reduce((n, s) => n + s[field], 0);
	return {
		runs: summaries.length,
		crashes: sum('crashes'),
		restarts: sum('restarts'),
		conflicts: sum('conflicts'),
		rejected: sum('rejected'),
		duplicates: sum('duplicates'),
		applied: sum('applied')
	};
}
