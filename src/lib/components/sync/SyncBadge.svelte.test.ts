import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceLock } from '$lib/client/crypto/device-lock.svelte';
import { generateDataKey } from '$lib/client/crypto/wrap';
import { recDb } from '$lib/client/db/open';
import type { Session } from '$lib/client/session.svelte';
import { SyncEngine } from '$lib/client/sync/engine.svelte';
import { translator } from '$lib/i18n';
import { queueContactAndRequest, unsentQuestion } from '../../../../tests/support/unsent-fixtures';
import SyncBadge from './SyncBadge.svelte';

/** An engine that is never started: the test sets its state as a round would. */
const idleEngine = () => new SyncEngine(recDb(), {} as Session, {} as DeviceLock);

function show(engine: SyncEngine, locale: 'fi' | 'sv' | 'en' = 'fi', key: CryptoKey | null = null) {
	render(SyncBadge, {
		engine,
		t: translator(locale),
		locale,
		readKey: () => key,
		path: '/app'
	});
	return screen.getByRole('button', { name: /^(Synkronointi|Synkronisering|Sync):/ });
}

afterEach(async () => {
	const db = recDb();
	await Promise.all([
		db.outbox.clear(),
		db.contacts.clear(),
		db.consultations.clear(),
		db.consultation_events.clear()
	]);
});

describe('SyncBadge', () => {
	it.each([
		['fi', 'Haetaan 29 %', '3 000 / 10 088 kirjausta haettu'],
		['sv', 'Hämtar 29 %', '3 000 av 10 088 registreringar hämtade'],
		['en', 'Receiving 29%', '3,000 of 10,088 records received']
	] as const)(
		'says in %s how far a long pull is, in the badge and in its panel',
		async (locale, word, line) => {
			const engine = idleEngine();
			const badge = show(engine, locale);
			engine.status = 'syncing';
			engine.progress = { received: 3000, total: 10_088 };
			flushSync();
			expect(badge).toHaveTextContent(word);
			await fireEvent.click(badge);
			// (Finnish and Swedish group thousands with a no-break space, which matching reads as a space.)
			expect(document.getElementById('sync-panel')).toHaveTextContent(line);

			// Done: the badge goes back to its state.
			engine.status = 'idle';
			engine.progress = null;
			engine.lastSyncedAt = Date.now();
			flushSync();
			expect(badge).not.toHaveTextContent(word);
			expect(badge).toHaveAttribute('data-synced-at', new Date(engine.lastSyncedAt).toISOString());
		}
	);

	it('counts records, lists them in plain words, and opens and closes from the keyboard', async () => {
		const db = recDb();
		const key = await generateDataKey();
		await queueContactAndRequest(db, key);

		const engine = idleEngine();
		const badge = show(engine, 'fi', key);
		await waitFor(() => expect(badge).toHaveAttribute('data-unsent', '2'));
		expect(badge).toHaveTextContent('2 lähettämättä');
		expect(badge).toHaveAttribute('aria-expanded', 'false');

		await fireEvent.click(badge);
		expect(badge).toHaveAttribute('aria-expanded', 'true');
		const panel = document.getElementById('sync-panel')!;
		// The panel takes the focus, and says when the device last synced.
		expect(panel).toHaveFocus();
		expect(panel).toHaveTextContent('Ei vielä synkronoitu tällä laitteella');
		await waitFor(() => expect(panel.querySelectorAll('li')).toHaveLength(2));
		expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
			'Yhteydenotto 5.12. klo 10.12',
			`Konsultaatiopyyntö: ${unsentQuestion}`
		]);
		expect(screen.getByRole('button', { name: 'Synkronoi nyt' })).toBeVisible();
		expect(screen.getByRole('link', { name: 'Näytä tarkemmin' })).toHaveAttribute(
			'href',
			'/app/sync'
		);

		await fireEvent.keyDown(panel, { key: 'Escape' });
		expect(document.getElementById('sync-panel')).toBeNull();
		expect(badge).toHaveFocus();
		expect(badge).toHaveAttribute('aria-expanded', 'false');
	});

	it('reads out a change of state, not the round every minute', async () => {
		const engine = idleEngine();
		engine.lastSyncedAt = Date.now();
		const badge = show(engine);
		const live = screen.getByRole('status');
		await waitFor(() => expect(badge).toHaveAttribute('data-state', 'synced'));
		await waitFor(() => expect(badge).toHaveAttribute('data-unsent', '0'));
		await waitFor(() => expect(badge).toHaveAttribute('data-issues', '0'));

		engine.status = 'syncing';
		flushSync();
		engine.status = 'idle';
		flushSync();
		expect(live).toHaveTextContent('');

		engine.status = 'offline';
		flushSync();
		expect(badge).toHaveTextContent('Ei yhteyttä');
		expect(live).toHaveTextContent('Ei yhteyttä');
	});
});
