import { describe, expect, it } from 'vitest';
import { PagesAhead, type PageSequel } from './pages-ahead';
import { settled } from './settled';

/** A server whose answers the test gives one by one: what was asked for, and a way to answer. */
function server() {
	const asked: (string | undefined)[] = [];
	const answers: ((page: PageSequel | Error) => void)[] = [];
	const request = (since: string | undefined) => {
		asked.push(since);
		const page = new Promise<PageSequel>((resolve, reject) =>
			answers.push((answer) => (answer instanceof Error ? reject(answer) : resolve(answer)))
		);
		return { page: settled(page), changes: settled(page.then(() => [])) };
	};
	/** Answers the `n`th request (from 0), and lets the promise callbacks run. */
	const answer = async (n: number, page: PageSequel | Error) => {
		answers[n]!(page);
		await new Promise((resolve) => setTimeout(resolve, 0));
	};
	return { asked, request, answer };
}

const more = (cursor: string): PageSequel => ({ hasMore: true, cursor });

describe('pages asked for ahead of the writes', () => {
	it('asks for the next page when one arrives, before it is taken, one request at a time', async () => {
		const { asked, request, answer } = server();
		const pages = new PagesAhead(request, 2);
		pages.from('c0');
		expect(asked).toEqual(['c0']);
		await answer(0, more('c1'));
		expect(asked).toEqual(['c0', 'c1']);
		// While the second is on its way, nothing more is asked for.
		const first = await pages.next().page;
		expect(first).toEqual({ ok: true, value: more('c1') });
		expect(asked).toEqual(['c0', 'c1']);
		await answer(1, more('c2'));
		expect(asked).toEqual(['c0', 'c1', 'c2']);
	});

	it('holds no more than `ahead` pages untaken, and goes on when one is taken', async () => {
		const { asked, request, answer } = server();
		const pages = new PagesAhead(request, 2);
		pages.from(undefined);
		await answer(0, more('c1'));
		await answer(1, more('c2'));
		// Two pages wait: the third is not asked for until one of them is taken.
		expect(asked).toEqual([undefined, 'c1']);
		expect(await pages.next().page).toEqual({ ok: true, value: more('c1') });
		expect(asked).toEqual([undefined, 'c1', 'c2']);
		await answer(2, { hasMore: false, cursor: 'c3' });
		expect(await pages.next().page).toEqual({ ok: true, value: more('c2') });
		expect(await pages.next().page).toEqual({
			ok: true,
			value: { hasMore: false, cursor: 'c3' }
		});
		expect(asked).toEqual([undefined, 'c1', 'c2']);
		expect(() => pages.next()).toThrow();
	});

	it('stops at a page that says to start over, and at a failed one', async () => {
		const { asked, request, answer } = server();
		const pages = new PagesAhead(request, 3);
		pages.from('c0');
		await answer(0, { hasMore: true, reset: true, cursor: 'x' });
		expect(asked).toEqual(['c0']);
		pages.from(undefined);
		await answer(1, new Error('offline'));
		expect(asked).toEqual(['c0', undefined]);
		const failed = await pages.next().page;
		expect(failed.ok).toBe(false);
	});

	it('forgets what it asked for before a start-over: a late answer asks for nothing', async () => {
		const { asked, request, answer } = server();
		const pages = new PagesAhead(request, 2);
		pages.from('old');
		pages.from(undefined);
		expect(asked).toEqual(['old', undefined]);
		await answer(0, more('old-next'));
		expect(asked).toEqual(['old', undefined]);
		await answer(1, more('new-next'));
		expect(asked).toEqual(['old', undefined, 'new-next']);
		expect(await pages.next().page).toEqual({ ok: true, value: more('new-next') });
	});
});
