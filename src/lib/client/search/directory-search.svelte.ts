import { liveQuery } from 'dexie';
import { getContext, setContext } from 'svelte';
import type { RefDb } from '../db/ref-db';
import { directoryCursor } from '../directory/refresh';
import { activeFilters, type FilterName, type SearchFilters } from './filters';
import type { SearchHit } from './search-index';
import {
	catchUpStoredIndex,
	readStoredIndex,
	rebuildStoredIndex,
	type LoadedIndex
} from './stored-index';

export const PAGE_SIZE = 25;

/** The names of the performance entries search leaves: each search, and each index opened. */
export const SEARCH_MEASURE = 'lahelle:directory-search';
export const INDEX_READY_MARK = 'lahelle:search-index-ready';
/** How long following a moved cursor took, and whether by update (`caughtUp`) or rebuild. */
export const INDEX_UPDATE_MEASURE = 'lahelle:search-index-update';

export type IndexStatus = 'loading' | 'building' | 'ready' | 'none' | 'failed';

/**
 * The directory search as the UI sees it: what is typed, the filters, and the hits, computed
 * synchronously on every change from the index in memory. The index follows the directory:
 * loaded from the device at start, and whenever the directory's cursor moves, updated with the
 * entries that changed (or, when that cannot be told, rebuilt) and saved.
 */
export class DirectorySearch {
	#query = $state('');
	#filters = $state.raw<SearchFilters>({});
	#limit = $state(PAGE_SIZE);
	#loaded = $state.raw<LoadedIndex | null>(null);
	#status = $state<IndexStatus>('loading');
	#cursor = $state<string | undefined>(undefined);
	#work: Promise<void> = Promise.resolve();
	#storedRead = false;

	/** Every hit, best first (kind and name order when nothing is typed). */
	readonly hits: SearchHit[] = $derived.by(() => {
		if (!this.#loaded) return [];
		const started = performance.now();
		const hits = this.#loaded.index.search(this.#query, this.#filters);
		// The latest search as a User Timing entry: seen in the browser's profiler and by the
		// benchmark; one entry only, so a long day of typing does not fill the buffer.
		performance.clearMeasures(SEARCH_MEASURE);
		performance.measure(SEARCH_MEASURE, { start: started });
		return hits;
	});
	/** The hits on screen: a page at a time, so a short query never draws thousands of rows. */
	readonly shown: SearchHit[] = $derived(this.hits.slice(0, this.#limit));
	readonly languages: string[] = $derived(this.#loaded?.index.languages() ?? []);

	/**
	 * @param stored the saved index being read, when the route started reading it early
	 */
	constructor(
		private readonly db: RefDb,
		private readonly stored: Promise<LoadedIndex | null> = readStoredIndex(db)
	) {}

	get query(): string {
		return this.#query;
	}

	set query(text: string) {
		this.#query = text;
		this.#limit = PAGE_SIZE;
	}

	get filters(): SearchFilters {
		return this.#filters;
	}

	get status(): IndexStatus {
		return this.#status;
	}

	/** The directory's cursor as last seen: it moves whenever a pull changes the data. */
	get cursor(): string | undefined {
		return this.#cursor;
	}

	get hasMore(): boolean {
		return this.hits.length > this.#limit;
	}

	/** Whether anything narrows the list: typed text or a filter. */
	get narrowed(): boolean {
		return this.#query.trim() !== '' || Object.keys(activeFilters(this.#filters)).length > 0;
	}

	setFilter(name: FilterName, value: string | undefined) {
		this.#filters = activeFilters({ ...this.#filters, [name]: value });
		this.#limit = PAGE_SIZE;
	}

	clearFilters() {
		this.#filters = {};
		this.#limit = PAGE_SIZE;
	}

	showMore() {
		this.#limit += PAGE_SIZE;
	}

	/** Opens the index and keeps it in step with the directory; answers the stop function. */
	start(): () => void {
		const subscription = liveQuery(() => directoryCursor(this.db)).subscribe({
			next: (cursor) => this.#follow(cursor),
			error: () => (this.#status = 'failed')
		});
		return () => subscription.unsubscribe();
	}

	#follow(cursor: string | undefined) {
		this.#cursor = cursor;
		// One step at a time: a cursor that moves during a rebuild gets its own turn after it.
		this.#work = this.#work
			.then(() => this.#catchUp(cursor))
			.catch(() => {
				this.#status = 'failed';
			});
	}

	async #catchUp(cursor: string | undefined) {
		if (!this.#storedRead) {
			this.#storedRead = true;
			const stored = await this.stored.catch(() => null);
			if (stored) this.#open(stored);
		}
		if (cursor === undefined) {
			this.#loaded = null;
			this.#status = 'none';
			return;
		}
		if (this.#loaded?.cursor === cursor) {
			this.#status = 'ready';
			return;
		}
		// An older index keeps answering while the new one is built. One that the directory's
		// journal can bring up to date takes in only what changed (no rebuild of the whole).
		if (!this.#loaded) this.#status = 'building';
		const started = performance.now();
		const caughtUp = this.#loaded && (await catchUpStoredIndex(this.db, this.#loaded));
		const rebuilt = caughtUp || (await rebuildStoredIndex(this.db));
		performance.measure(INDEX_UPDATE_MEASURE, { start: started, detail: { caughtUp: !!caughtUp } });
		if (rebuilt) this.#open(rebuilt);
		else this.#loaded = null;
		this.#status = rebuilt ? 'ready' : 'none';
	}

	#open(loaded: LoadedIndex) {
		this.#loaded = loaded;
		performance.mark(INDEX_READY_MARK);
	}
}

const CONTEXT = Symbol('directory-search');

export function setDirectorySearch(search: DirectorySearch): DirectorySearch {
	return setContext(CONTEXT, search);
}

export function getDirectorySearch(): DirectorySearch {
	return getContext<DirectorySearch>(CONTEXT);
}
