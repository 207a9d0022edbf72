import type { CodeCount } from './compute';

/** Counts by code, every known code first in its list order (zeros too), then unknown ones. */
export class Tally {
	private readonly counts = new Map<string, number>();

	constructor(known: readonly string[]) {
		for (const code of known) this.counts.set(code, 0);
	}

	add(code: string, count: number) {
		this.counts.set(code, (this.counts.get(code) ?? 0) + count);
	}

	get(code: string) {
		return this.counts.get(code) ?? 0;
	}

	codes() {
		return [...this.counts.keys()];
	}

	list(): CodeCount[] {
		return [...this.counts].map(([code, count]) => ({ code, count }));
	}
}
