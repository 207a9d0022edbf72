import { render, screen } from '@testing-library/svelte';
import { afterAll, describe, expect, it } from 'vitest';
import { RefDb } from '$lib/client/db/ref-db';
import type { ServiceChannel } from '$lib/domain/schemas/service';
import { translator } from '$lib/i18n';
import { aGroup } from '../../../../tests/support/directory-factories';
import ContactActions from './ContactActions.svelte';
import GroupDetail from './GroupDetail.svelte';
import ServiceChannels from './ServiceChannels.svelte';

/**
 * Links built from directory data: a `javascript:` or `data:` address that got into the data
 * (an old entry, an import before the schemas refused it) is shown as text, never as a link
 * that would run script in the app's origin when tapped.
 */
const t = translator('fi');
const hrefs = (container: HTMLElement) =>
	[...container.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '');
const scriptLike = /^\s*(javascript|data|vbscript):/i;

describe('links from data', () => {
	const db = new RefDb(`links-${Math.random()}`);
	afterAll(() => db.delete());

	it('service channels: web, chat and e-service links only to web addresses', () => {
		const channels: ServiceChannel[] = [
			{ type: 'web', value: 'https://palvelut.example.fi/1' },
			{ type: 'e-service', value: 'javascript:alert(document.cookie)' },
			{ type: 'chat', value: 'data:text/html,<script>alert(1)</script>' },
			{ type: 'web', value: ' JaVaScRiPt:alert(1)' },
			{ type: 'phone', value: '040 000 1234' },
			{ type: 'email', value: 'info@example.fi' }
		];
		const { container } = render(ServiceChannels, { channels, locale: 'fi', t });
		expect(hrefs(container)).toEqual([
			'https://palvelut.example.fi/1',
			'tel:0400001234',
			'mailto:info@example.fi'
		]);
		expect(hrefs(container).some((href) => scriptLike.test(href))).toBe(false);
		// The refused values are still there to read (and copy), as text.
		expect(screen.getByText('javascript:alert(document.cookie)').tagName).not.toBe('A');
		expect(screen.getByText('data:text/html,<script>alert(1)</script>').tagName).not.toBe('A');
	});

	it("an expert's video link only when it is a web address", () => {
		const good = render(ContactActions, {
			name: 'Aino',
			videoLink: 'https://video.example.fi/aino',
			t
		});
		expect(hrefs(good.container)).toEqual(['https://video.example.fi/aino']);
		good.unmount();

		const { container } = render(ContactActions, {
			name: 'Aino',
			videoLink: 'javascript:alert(document.cookie)',
			t
		});
		expect(hrefs(container)).toEqual([]);
		expect(screen.getByText('javascript:alert(document.cookie)').tagName).toBe('SPAN');
	});

	it("a group's remote link only when it is a web address", () => {
		const props = { db, today: '2026-05-12', locale: 'fi' as const, t };
		const good = render(GroupDetail, {
			...props,
			group: aGroup({ remoteLink: 'https://teams.example.fi/ryhma' })
		});
		expect(hrefs(good.container)).toContain('https://teams.example.fi/ryhma');
		good.unmount();

		const { container } = render(GroupDetail, {
			...props,
			group: aGroup({ remoteLink: 'javascript:alert(document.cookie)' })
		});
		expect(hrefs(container).some((href) => scriptLike.test(href))).toBe(false);
		expect(screen.queryByText(t('directory.detail.joinRemote'))).toBeNull();
	});
});
