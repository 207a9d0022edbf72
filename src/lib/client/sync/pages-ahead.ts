import type { Outcome } from './settled';

/** A page on its way: the page as it arrives, and its changes as they will be stored. */
export interface Arriving<Page, Changes> {
	page: Promise<Outcome<Page>>;
	changes: Promise<Outcome<Changes>>;
}

/** What a page says of the pages after it. */
export interface PageSequel {
	hasMore: boolean;
	reset?: boolean;
	cursor: string;
}

/**
 * The pages of a pull, asked for one after another, each the moment the one before it arrives
 * (never two requests at once), while the caller stores those before them. Asking only once
 * a page was stored left the server idle for as long as each write took; up to `ahead` pages
 * wait here, so a long pull holds a bounded number of pages in memory.
 */
export class PagesAhead<Page extends PageSequel, Changes> {
	#waiting: Arriving<Page, Changes>[] = [];
	/** Where the requests stopped for want of room, to go on from when a page is taken. */
	#resumeFrom: string | null = null;
	/** Requests of an earlier start go unheeded. */
	#start = 0;

	constructor(
		private readonly request: (since: string | undefined) => Arriving<Page, Changes>,
		private readonly ahead: number
	) {}

	/** Starts, or starts over, from `since`: pages asked for before are forgotten. */
	from(since: string | undefined): void {
		this.#start++;
		this.#waiting = [];
		this.#resumeFrom = null;
		this.#ask(since);
	}

	/** The next page in order; only after `from`, and not after the page that had no more. */
	next(): Arriving<Page, Changes> {
		const arriving = this.#waiting.shift();
		if (!arriving) throw new Error('No page was asked for');
		if (this.#resumeFrom !== null) {
			const since = this.#resumeFrom;
			this.#resumeFrom = null;
			this.#ask(since);
		}
		return arriving;
	}

	#ask(since: string | undefined) {
		const start = this.#start;
		const arriving = this.request(since);
		this.#waiting.push(arriving);
		void arriving.page.then((outcome) => {
			if (start !== this.#start || !outcome.ok) return;
			const page = outcome.value;
			if (!page.hasMore || page.reset) return;
			if (this.#waiting.length < this.ahead) this.#ask(page.cursor);
			else this.#resumeFrom = page.cursor;
		});
	}
}
