/** A broken invariant of the sync protocol: what the fault-injection suite looks for. */
export class PropertyViolation extends Error {}

export function check(condition: unknown, message: string): asserts condition {
	if (!condition) throw new PropertyViolation(message);
}

/** One mutation of one device, as the logs and the invariants name it. */
export const mutationKey = (clientId: string, mid: number) => `${clientId}#${mid}`;
