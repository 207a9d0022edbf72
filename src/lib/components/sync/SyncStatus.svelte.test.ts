import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { DeviceLock } from '$lib/client/crypto/device-lock.svelte';
import { recDb } from '$lib/client/db/open';
import type { Session } from '$lib/client/session.svelte';
import { SyncEngine } from '$lib/client/sync/engine.svelte';
import { translator } from '$lib/i18n';
import SyncStatus from './SyncStatus.svelte';

/** An engine that is never started: the test sets its state as a round would. */
const idleEngine = () => new SyncEngine(recDb(), {} as Session, {} as DeviceLock);

describe('SyncStatus', () => {
	it.each([
		['fi', '3 000 / 10 088 kirjausta haettu'],
		['sv', '3 000 av 10 088 registreringar hämtade'],
		['en', '3,000 of 10,088 records received']
	] as const)(
		'shows in %s how far a long pull is, with numbers as the language writes them',
		(locale, text) => {
			const engine = idleEngine();
			render(SyncStatus, { engine, t: translator(locale), locale });
			const status = screen.getByRole('status');
			engine.status = 'syncing';
			engine.progress = { received: 3000, total: 10_088 };
			flushSync();
			// (Finnish and Swedish group thousands with a no-break space, which matching reads as a space.)
			expect(status).toHaveTextContent(text);

			// Done: the line goes back to when it last synced.
			engine.status = 'idle';
			engine.progress = null;
			flushSync();
			expect(status).not.toHaveTextContent(text);
		}
	);
});
