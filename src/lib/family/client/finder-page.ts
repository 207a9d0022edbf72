// The service finder with JavaScript: answers on the page from the services list, from the
// network when it answers and from the copy kept on this device when it does not (offline).
// A service card is drawn from the same description as the server's (../service-card.ts);
// the results follow ServiceResults.svelte: the place's services, else its county's family
// centre, and the nationwide ones; "not found" said once, with the nationwide ones after it.
import type { FamilyLanguage } from '../languages';
import {
	findPlace,
	formatFamilyDate,
	nationalServices,
	placeName,
	servicesFor,
	type PublicService
} from '../finder';
import type { ChromeMessages } from '../messages/chrome.fi';
import { serviceCard } from '../service-card';
import { HELP_LINES_ID } from '../site';
import { fromSpec, h, interpolate, scriptData } from './dom';
import { loadDirectory } from './services-cache';

const form = document.querySelector<HTMLFormElement>('form[data-finder]');
const status = document.querySelector<HTMLElement>('[data-finder-status]');
const results = document.querySelector<HTMLElement>('[data-finder-results]');
const data = scriptData<{ lang: FamilyLanguage; messages: ChromeMessages }>('finder-text');

if (form && status && results && data) {
	const { lang, messages } = data;
	const t = (key: keyof ChromeMessages | string, params?: Record<string, string | number>) =>
		interpolate((messages as Record<string, string>)[key] ?? key, params);
	const input = form.querySelector<HTMLInputElement>('input[name=kunta]')!;

	const serviceItem = (service: PublicService) => fromSpec(serviceCard(service, lang, t));

	const serviceList = (services: PublicService[]) =>
		h('ul', { class: 'services' }, ...services.map(serviceItem));

	async function answer(query: string) {
		status!.textContent = t('finderLoading');
		results!.replaceChildren();
		const loaded = await loadDirectory();
		if (!loaded) {
			status!.textContent = t('finderUnavailable');
			return;
		}
		const { directory, keptSince } = loaded;
		const offline = keptSince
			? h(
					'p',
					{ class: 'note' },
					t('finderOffline', { date: formatFamilyDate(keptSince.toISOString(), lang) })
				)
			: undefined;
		const match = findPlace(query, directory.places);
		const box = h('div', { class: 'finder-results' });
		if (match.kind === 'found') {
			const place = placeName(match.place, lang);
			const { local, nextDoor, national } = servicesFor(match.place, directory.services);
			const heading = h('h2', { tabindex: '-1' }, t('finderLocal', { place }));
			box.append(heading);
			if (local.length) box.append(serviceList(local));
			else {
				box.append(h('p', {}, t('finderNone', { place })));
				if (nextDoor.length) box.append(h('h2', {}, t('finderNextDoor')), serviceList(nextDoor));
			}
			if (national.length) box.append(h('h2', {}, t('finderNational')), serviceList(national));
			// The heading names the place; the status only adds the count, so nothing is said twice.
			status!.textContent = t('finderCount', { count: local.length });
			results!.replaceChildren(...[offline, box].filter((node) => node !== undefined));
			heading.focus();
			return;
		}
		if (match.kind === 'choose') {
			const choices = match.places.map((option) => {
				const name = placeName(option, lang);
				const button = h('button', { type: 'button', class: 'link-button' }, name);
				button.addEventListener('click', () => {
					input.value = name;
					void answer(name);
				});
				return h('li', {}, button);
			});
			box.append(
				h('p', {}, t('finderDidYouMean')),
				h('ul', { class: 'place-choices' }, ...choices)
			);
			status!.textContent = t('finderDidYouMean');
		} else {
			// "Not found" once (in the status, which is read out), then the nationwide doors.
			status!.textContent = t('finderNoPlace', { query });
			const national = nationalServices(directory.services);
			box.append(
				h('p', {}, t('finderNotCovered')),
				h('p', {}, h('a', { href: `#${HELP_LINES_ID}` }, t('helpLines')))
			);
			if (national.length) box.append(h('h2', {}, t('finderNational')), serviceList(national));
		}
		results!.replaceChildren(...[offline, box].filter((node) => node !== undefined));
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void answer(input.value);
	});
}
