import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { languageNames, locales, type Locale } from '../../src/lib/domain/locale';
import { demo } from '../support/api-client';
import { axeFindings, pageProblems, type PageProblems } from './layout-checks';
import { useApp } from './support';

/**
 * Issue 17, "checked on every screen, every language": every staff screen, as each role that
 * uses it, in Finnish, Swedish and English, on a phone (390×844) and a desktop (1366×768). A
 * screen fails on sideways scrolling, text cut by its box, a word broken inside, a touch target
 * under 44×44 px on the phone, a missing or wrong window title, a message key shown instead of
 * its text, or a serious or critical axe finding (layout-checks.ts). Each is photographed into
 * test-results/layout/<viewport>/<lang>/<role>-<screen>.png (git-ignored) for a person to look
 * at. The first test proves on a made-up page that each check finds what it looks for.
 *
 * One signed-in browser per role: the window is resized for each viewport, the language is
 * switched in it, and the screens are reached by the app's own navigation (no reload, so no
 * PIN between them). Measured: under 4 minutes for the whole file on a 2-core machine shared
 * with other work (load average 11).
 */
const app = useApp();

const viewports = {
	phone: { width: 390, height: 844 },
	desktop: { width: 1366, height: 768 }
} as const;
type Viewport = keyof typeof viewports;

const roles = ['worker', 'coordinator', 'admin', 'expert'] as const;
type Role = (typeof roles)[number];

const messagesDir = path.resolve(import.meta.dirname, '../../src/lib/i18n/messages');
const shots = path.resolve(import.meta.dirname, '../../test-results/layout');

/** Every message key of every catalogue: seen on a screen, it was not translated. */
async function messageKeys(): Promise<Set<string>> {
	const keys = new Set<string>();
	for (const file of readdirSync(messagesDir).filter((name) => name.endsWith('.ts'))) {
		const module: Record<string, Record<string, string>> = await import(
			path.join(messagesDir, file)
		);
		for (const catalogue of Object.values(module)) {
			for (const key of Object.keys(catalogue)) if (key.includes('.')) keys.add(key);
		}
	}
	return keys;
}

/** Every message of one language, all parts together. */
async function messages(locale: Locale): Promise<Record<string, string>> {
	const all: Record<string, string> = {};
	for (const file of readdirSync(messagesDir)) {
		const part = file.replace(/\.ts$/, '');
		if (part !== locale && !part.endsWith(`.${locale}`)) continue;
		const module: Record<string, Record<string, string>> = await import(
			path.join(messagesDir, file)
		);
		for (const catalogue of Object.values(module)) Object.assign(all, catalogue);
	}
	return all;
}

/** What a screen needs to be opened: found once per browser, in the first language. */
interface Found {
	directory: Record<'expert' | 'group' | 'unit' | 'service', string>;
	caseHref?: string;
	mineHref?: string;
	requestHref?: string;
	draftHref?: string;
	printHref?: string;
}

interface Screen {
	/** The screenshot's name. */
	name: string;
	roles: readonly Role[];
	/** Where it is, from what was found. */
	path: (found: Found) => string;
	/** What to do there once open (a step of a form). */
	then?: (page: Page, text: Record<string, string>) => Promise<void>;
}

const everyone = roles;
const coordinators = ['coordinator', 'admin'] as const;
/**
 * The coordinator's tools an admin uses too, on the same screens with the same navigation:
 * checked as the coordinator only, to keep the suite quick. The admin's own visits are the
 * screens that show an admin more (every county's cases, groups and figures) or other things.
 */
const coordinatorTools = ['coordinator'] as const;

/**
 * Step `n` (1–6) of a new request. The steps follow one another: step 1 opens the draft from
 * the list, each later one is Next from the step before.
 */
const requestStep = (n: number): Screen => ({
	name: `request-step-${n}`,
	roles: ['worker'],
	path: (found) => found.draftHref!,
	then: async (page, text) => {
		if (n === 1) return;
		const heading = page.locator('form.stepper h2');
		const before = await heading.textContent();
		await page.getByRole('button', { name: text['records.next'], exact: true }).click();
		await expect.poll(() => heading.textContent()).not.toBe(before);
	}
});

const screens: Screen[] = [
	{ name: 'home', roles: everyone, path: () => '/app' },
	{ name: 'directory', roles: everyone, path: () => '/app/directory' },
	...(['expert', 'group', 'unit', 'service'] as const).map((kind): Screen => ({
		name: `directory-${kind}`,
		roles: ['worker', 'coordinator', 'expert'],
		path: (found) => `/app/directory/${kind}/${found.directory[kind]}`
	})),
	{ name: 'log', roles: ['worker', 'coordinator'], path: () => '/app/log' },
	{ name: 'requests', roles: ['worker', 'coordinator'], path: () => '/app/requests' },
	...[1, 2, 3, 4, 5, 6].map(requestStep),
	{ name: 'request-sent', roles: coordinatorTools, path: (found) => found.requestHref! },
	{ name: 'desk', roles: coordinatorTools, path: () => '/app/desk' },
	{
		name: 'desk-call',
		roles: coordinatorTools,
		path: () => '/app/desk',
		then: async (page, text) => {
			// A call from a child protection office in Tampere: the form beside (on a phone,
			// above) what the device knows of that caller, its section opened.
			await page.getByRole('button', { name: text['desk.call.incoming'] }).click();
			const form = page.locator('form.call-form');
			await form.getByLabel(text['desk.call.source']!).selectOption('child-protection');
			await form.getByRole('combobox', { name: text['desk.call.municipality'] }).fill('Tampere');
			await page.keyboard.press('Tab');
			const history = page.locator('.caller-history');
			await history
				.getByText(/Tampere|Tammerfors/)
				.first()
				.waitFor();
			if (await history.evaluate((element) => element.matches('details'))) {
				await history.locator('summary').click();
			}
		}
	},
	{
		name: 'desk-saved',
		roles: coordinatorTools,
		path: () => '/app/desk',
		then: async (page, text) => {
			// The form of the screen before is still open: saved, the notice offers Undo.
			await page.getByRole('button', { name: text['desk.call.save'] }).click();
			await page.getByRole('button', { name: text['desk.call.undo'] }).waitFor();
		}
	},
	{ name: 'cases', roles: coordinators, path: () => '/app/cases' },
	{ name: 'case', roles: coordinatorTools, path: (found) => found.caseHref! },
	{ name: 'conflicts', roles: coordinatorTools, path: () => '/app/cases/conflicts' },
	{ name: 'agenda', roles: [...coordinators, 'expert'], path: () => '/app/agenda' },
	{ name: 'agenda-print', roles: coordinatorTools, path: (found) => found.printHref! },
	{ name: 'mine', roles: ['expert'], path: () => '/app/mine' },
	{ name: 'mine-case', roles: ['expert'], path: (found) => found.mineHref! },
	{ name: 'stats', roles: coordinators, path: () => '/app/stats' },
	{ name: 'admin-users', roles: ['admin'], path: () => '/app/admin' },
	{ name: 'admin-directory', roles: coordinators, path: () => '/app/admin/directory' },
	{ name: 'admin-devices', roles: ['admin'], path: () => '/app/admin/devices' },
	{ name: 'admin-audit', roles: ['admin'], path: () => '/app/admin/audit' },
	{ name: 'admin-blind-spots', roles: coordinators, path: () => '/app/admin/blind-spots' },
	{ name: 'admin-import', roles: ['admin'], path: () => '/app/admin/import' },
	{ name: 'sync', roles: everyone, path: () => '/app/sync' },
	{ name: 'more', roles: everyone, path: () => '/app/more' }
];

/** A move inside the app, as a link makes it: no reload, so the device stays unlocked. */
async function visit(page: Page, to: string) {
	const here = new URL(page.url());
	if (here.pathname + here.search === to) return settled(page);
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		document.body.append(link);
		link.click();
		link.remove();
	}, to);
	await page.waitForURL((url) => url.pathname + url.search === to);
	await settled(page);
}

/** The page has drawn its heading and nothing says it is still loading. */
async function settled(page: Page) {
	await page.waitForFunction(
		() => {
			const main = document.querySelector('main');
			return !!main?.querySelector('h1') && !document.querySelector('[aria-busy="true"]');
		},
		undefined,
		{ timeout: 20_000 }
	);
	// Two frames: what a lazily loaded part draws has been laid out.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
}

/** The hrefs of the first links under `selector` on the page at `from`. */
async function firstLink(page: Page, from: string, selector: string): Promise<string> {
	await visit(page, from);
	const link = page.locator(selector).first();
	await link.waitFor({ timeout: 30_000 }).catch(async (e) => {
		await page.screenshot({ path: path.join(shots, 'debug.png'), fullPage: true });
		throw e;
	});
	return (await link.getAttribute('href'))!;
}

/** The print link of the first group whose next meeting has cases. */
async function printLink(page: Page): Promise<string> {
	await visit(page, '/app/agenda');
	const choices = page.getByRole('group', { name: 'Ryhmä' }).getByRole('radio');
	const link = page.locator('main a[href^="/app/agenda/print"]').first();
	for (const choice of await choices.all()) {
		await choice.check();
		await settled(page);
		if (await link.count()) return (await link.getAttribute('href'))!;
	}
	throw new Error('No group on the agenda has a case to print');
}

/** The directory's first entry of each kind, from the device's copy (filled after sign-in). */
async function directoryIds(page: Page): Promise<Found['directory']> {
	let ids: Found['directory'] | null = null;
	await expect
		.poll(
			async () =>
				(ids = await page.evaluate(async () => {
					const db = await new Promise<IDBDatabase>((resolve, reject) => {
						const open = indexedDB.open('ref');
						open.onsuccess = () => resolve(open.result);
						open.onerror = () => reject(open.error);
					});
					const first = (store: string) =>
						new Promise<string | undefined>((resolve) => {
							if (!db.objectStoreNames.contains(store)) return resolve(undefined);
							const request = db.transaction(store).objectStore(store).openCursor();
							request.onsuccess = () => resolve(request.result?.primaryKey as string);
							request.onerror = () => resolve(undefined);
						});
					const [expert, group, unit, service] = await Promise.all(
						['experts', 'groups', 'units', 'services'].map(first)
					);
					db.close();
					return expert && group && unit && service ? { expert, group, unit, service } : null;
				})),
			{ timeout: 60_000, interval: 500 }
		)
		.not.toBeNull();
	return ids!;
}

async function find(page: Page, role: Role, text: Record<string, string>): Promise<Found> {
	const found: Found = { directory: await directoryIds(page) };
	if (role === 'worker') {
		await visit(page, '/app/requests');
		await page.getByRole('button', { name: text['records.new'] }).click();
		await page.waitForURL(/\/app\/requests\/[0-9a-f-]{36}$/);
		found.draftHref = new URL(page.url()).pathname;
	}
	if (role === 'coordinator') {
		found.caseHref = await firstLink(
			page,
			'/app/cases',
			'.consultation-card a[href^="/app/cases/"]'
		);
		found.requestHref = await firstLink(page, '/app/requests', 'main a[href^="/app/requests/"]');
		found.printHref = await printLink(page);
	}
	if (role === 'expert') {
		found.mineHref = await firstLink(page, '/app/mine', 'main a[href^="/app/mine/"]');
	}
	return found;
}

async function chooseLanguage(page: Page, locale: Locale) {
	await visit(page, '/app/more');
	await page.getByRole('radio', { name: languageNames[locale] }).check();
	await expect.poll(() => page.getAttribute('html', 'lang')).toBe(locale);
}

/** One screen's problems, each line naming the screen, or none. */
function describeProblems(where: string, found: PageProblems, axe: string[]): string[] {
	const lines: string[] = [];
	const add = (what: string, items: string[]) => {
		for (const item of items) lines.push(`${where}: ${what}: ${item}`);
	};
	add('wider than the window', found.overflow);
	add('text cut', found.cut);
	add('word broken', found.broken);
	add('touch target under 44×44', found.small);
	add('message key shown', found.keys);
	add('title', found.title);
	add('axe', axe);
	return lines;
}

/** A page made to break each rule once, and to keep each exception once. */
const specimen = `<!doctype html><html lang="fi"><head><title>Hakemisto · Lähelle</title>
<style>body { margin: 0; font: 16px sans-serif } .big { min-width: 44px; min-height: 44px }</style></head>
<body><main><h1>Hakemisto</h1>
<div id="wide" style="width: 600px">leveä</div>
<p id="cut" style="width: 60px; overflow: hidden; white-space: nowrap">katkaistu pitkä teksti</p>
<p id="ellipsis" title="kokonainen pitkä nimi" style="width: 60px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">kokonainen pitkä nimi</p>
<div style="width: 300px; overflow-x: auto"><div style="width: 900px">vierivä taulukko</div></div>
<button id="tiny" style="width: 20px; height: 20px">x</button><button id="neighbour" class="big">y</button>
<p>Lue <a id="inline" href="/ohje">ohje</a> ennen aloittamista.</p>
<div style="margin-top: 80px"><button id="alone" style="width: 30px; height: 30px">z</button></div>
<p>directory.title</p>
<table style="width: 120px"><tr><th style="overflow-wrap: anywhere">Muutos</th><td style="white-space: nowrap">1 234 567 890</td></tr></table>
<p style="width: 40px; overflow-wrap: anywhere; font-size: 64px">Lastensuojeluilmoitus</p>
</main></body></html>`;

describe('the checks themselves', () => {
	it('find each kind of problem and let each exception pass', async () => {
		const page = await app.newPage({ viewport: viewports.phone });
		await page.setContent(specimen);
		const found = await pageProblems(page, {
			keys: ['directory.title', 'app.name'],
			phone: true,
			appName: 'Lähelle',
			signInTitle: 'Kirjaudu sisään'
		});
		expect(found.overflow).toEqual([expect.stringMatching(/^<div> "leveä" 0–600 px$/)]);
		expect(found.cut).toEqual([expect.stringContaining('"katkaistu pitkä teksti"')]);
		// A header squeezed to a letter a line; a word wider than the page may break.
		expect(found.broken).toEqual(['<th> "Muutos" breaks "Muutos"']);
		// The small button beside another is too small; the inline link and the lone button
		// (nothing within 22 px of its centre) are not.
		expect(found.small).toEqual([expect.stringMatching(/^<button> "x" 20×20$/)]);
		expect(found.keys).toEqual(['directory.title']);
		expect(found.title).toEqual([]);

		await page.evaluate(() => (document.title = 'Kirjaudu sisään · Lähelle'));
		expect(
			(
				await pageProblems(page, {
					keys: [],
					phone: false,
					appName: 'Lähelle',
					signInTitle: 'Kirjaudu sisään'
				})
			).title
		).toEqual(['"Kirjaudu sisään · Lähelle" is the sign-in page\'s']);
		await page.evaluate(() => (document.title = 'Pyynnöt · Lähelle'));
		const elsewhere = await pageProblems(page, {
			keys: [],
			phone: false,
			appName: 'Lähelle',
			signInTitle: 'Kirjaudu sisään'
		});
		expect(elsewhere.title).toEqual(['"Pyynnöt · Lähelle" does not name the page ("Hakemisto")']);
		// On a desktop touch targets are not measured.
		expect(elsewhere.small).toEqual([]);
	});
});

describe('every staff screen in every language', async () => {
	const keys = [...(await messageKeys())];
	const text = Object.fromEntries(
		await Promise.all(locales.map(async (locale) => [locale, await messages(locale)] as const))
	) as Record<Locale, Record<string, string>>;

	for (const role of roles) {
		it(`fit, are labelled and pass axe: the ${role}'s`, { timeout: 240_000 }, async () => {
			const page = await app.signedIn({ email: demo[role], viewport: viewports.phone });
			const found = await find(page, role, text.fi);
			const problems: string[] = [];
			for (const viewport of Object.keys(viewports) as Viewport[]) {
				await page.setViewportSize(viewports[viewport]);
				for (const locale of locales) {
					await chooseLanguage(page, locale);
					const t = text[locale];
					const dir = path.join(shots, viewport, locale);
					mkdirSync(dir, { recursive: true });
					for (const screen of screens.filter((candidate) => candidate.roles.includes(role))) {
						await visit(page, screen.path(found));
						await screen.then?.(page, t);
						const where = `${viewport} ${locale} ${role} ${screen.name}`;
						const seen = await pageProblems(page, {
							keys,
							phone: viewport === 'phone',
							appName: t['app.name']!,
							signInTitle: t['auth.signInTitle']!
						});
						const axe = await axeFindings(page);
						problems.push(...describeProblems(where, seen, axe));
						await page.screenshot({
							path: path.join(dir, `${role}-${screen.name}.png`),
							fullPage: true
						});
					}
				}
			}
			expect(problems).toEqual([]);
		});
	}
});
