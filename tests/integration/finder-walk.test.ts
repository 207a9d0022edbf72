import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { municipalities } from '$lib/domain/areas';
import { postalCodesOf } from '$lib/domain/postal-codes';
import type { PublicDirectory } from '$lib/family/finder';
import { finderAnswer } from '$lib/family/finder-answer';
import { chromeText } from '$lib/family/messages';
import { startApp, type TestApp } from '../support/app';
import { testDatabaseKinds } from '../support/databases';

/** What the server's finder page (JavaScript off) answered, read from its HTML. */
interface Answer {
	place?: string;
	fallback?: string;
	services: number;
	helpLines: number;
}

function readAnswer(html: string): Answer {
	const start = html.indexOf('<div class="finder-results"');
	const results = start < 0 ? '' : html.slice(start, html.indexOf('id="help-lines"', start));
	const attributes = /^<div[^>]*>/.exec(results)?.[0] ?? '';
	return {
		place: /data-place="(\d+)"/.exec(attributes)?.[1],
		fallback: /data-fallback="(\w+)"/.exec(attributes)?.[1],
		services: results.match(/<li class="service"/g)?.length ?? 0,
		helpLines: html.match(/id="help-lines"[\s\S]*?href="tel:/g)?.length ?? 0
	};
}

/** Runs `work` over `items`, a few at a time (the machine is shared). */
async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
	for (let start = 0; start < items.length; start += size) {
		await Promise.all(items.slice(start, start + size).map(work));
	}
}

describe.each(testDatabaseKinds())(
	'the family finder, with JavaScript and without, on %s',
	(kind) => {
		let app: TestApp;

		beforeAll(async () => {
			app = await startApp(kind);
		});

		afterAll(async () => {
			await app?.stop();
		});

		const ask = async (query: string, lang = '') => {
			const response = await fetch(`${app.url}${lang}/palvelut?kunta=${encodeURIComponent(query)}`);
			expect(response.status, query).toBe(200);
			return readAnswer(await response.text());
		};

		it('finds each of the 308 municipalities by its names and a postal code, with a door', async () => {
			expect(municipalities).toHaveLength(308);
			// With JavaScript the page answers itself (client/finder-page.ts): finderAnswer over the
			// list this server sends. It must agree with the server's page on every query.
			const directory = (await (
				await fetch(`${app.url}/api/v1/public/services`)
			).json()) as PublicDirectory;
			const queries = municipalities.flatMap((place) => {
				const names = [...new Set([place.name.fi, place.name.sv])];
				const [postalCode] = postalCodesOf(place.id);
				return [...names, postalCode ?? `no postal code: ${place.id}`].map((query) => ({
					query,
					id: place.id
				}));
			});
			const wrong: string[] = [];
			const fallbacks = new Map<string, number>();
			await inBatches(queries, 6, async ({ query, id }) => {
				const answer = await ask(query);
				const onPage = finderAnswer(query, directory, 'fi', chromeText('fi'));
				if (
					onPage.kind !== 'found' ||
					onPage.placeId !== answer.place ||
					onPage.fallback !== answer.fallback ||
					onPage.groups.reduce((sum, group) => sum + group.services.length, 0) !== answer.services
				) {
					wrong.push(`${query} with JavaScript → ${JSON.stringify(onPage).slice(0, 300)}`);
				}
				fallbacks.set(answer.fallback ?? '-', (fallbacks.get(answer.fallback ?? '-') ?? 0) + 1);
				// Found, with the level named, and a service to contact or the nationwide help lines.
				if (
					answer.place !== id ||
					!['municipality', 'county', 'area', 'national'].includes(answer.fallback ?? '') ||
					(answer.services === 0 && answer.helpLines === 0)
				) {
					wrong.push(`${query} → ${JSON.stringify(answer)}`);
				}
			});
			expect(wrong).toEqual([]);
			// The demo directory has places with services of their own and places that fall back.
			expect(fallbacks.get('municipality')).toBeGreaterThan(0);
			expect([...fallbacks.keys()].length).toBeGreaterThan(1);
			// Some 680 pages rendered one by one: room on a loaded machine, not a speed requirement.
		}, 600_000);

		it('answers a case form, a Swedish phrase and a partial name honestly, and keeps nothing', async () => {
			expect(await ask('Helsingissä')).toMatchObject({ place: '091' });
			expect(await ask('i Åbo', '/sv')).toMatchObject({ place: '853' });
			// "Lahti" is Lahti (never Vesilahti); a part of a name is only a "did you mean".
			expect(await ask('Lahti')).toMatchObject({ place: '398' });
			const partial = await fetch(`${app.url}/en/palvelut?kunta=Vesilah`);
			const html = await partial.text();
			expect(readAnswer(html).place).toBeUndefined();
			expect(html).toContain('Did you mean one of these?');
			expect(html).toContain('href="/en/palvelut?kunta=Vesilahti"');
			// What a parent typed is not written to the server's log.
			await ask('Xyzzyvillage-private');
			expect(app.server.output()).not.toContain('Xyzzyvillage');
		});

		it('answers any text, however odd, with the finder page and never an error', async () => {
			const odd = fc.oneof(
				fc.string({ maxLength: 120 }),
				fc.stringMatching(/^[0-9 ]{1,8}$/),
				fc.constantFrom(
					'%',
					'\u0000',
					'<script>alert(1)</script>',
					"Lahti' OR '1'='1",
					'i i i',
					'00100 00100',
					'ä'.repeat(300)
				)
			);
			await fc.assert(
				fc.asyncProperty(odd, async (text) => {
					const path = `/en/palvelut?kunta=${encodeURIComponent(text)}`;
					const response = await fetch(app.url + path);
					expect(response.status, path).toBe(200);
					const html = await response.text();
					// What was typed is shown back as text, never as markup.
					expect(html, path).not.toContain('<script>alert');
					expect(html, path).toContain('id="help-lines"');
				}),
				{ numRuns: 30, seed: 20_261_205 }
			);
		});
	}
);
