// The service finder with JavaScript: answers on the page from the services list, from the
// network when it answers and from the copy kept on this device when it does not (offline).
// The markup matches ServiceCard.svelte and ServiceResults.svelte, the server's version.
import type { FamilyLanguage } from '../languages';
import {
	channelHref,
	findPlace,
	formatFamilyDate,
	languageLabel,
	placeName,
	serviceText,
	servicesFor,
	type PublicService
} from '../finder';
import type { ChromeMessages } from '../messages/chrome.fi';
import { h, interpolate, scriptData } from './dom';
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

	const serviceItem = (service: PublicService) => {
		const name = serviceText(service.name, lang);
		const summary = serviceText(service.summary, lang);
		const channels = service.channels.map((channel) => {
			const href = channelHref(channel);
			const value = href
				? h(
						'a',
						{ href, dir: 'ltr', rel: href.startsWith('http') ? 'noreferrer' : undefined },
						channel.value
					)
				: channel.value;
			return h(
				'li',
				{},
				`${t(`channel.${channel.type}`)}: `,
				value,
				channel.hours ? ` (${channel.hours})` : ''
			);
		});
		const cost = service.cost === 'free' ? t('free') : (service.costText ?? t('fee'));
		const access = service.access === 'self-referral' ? t('selfReferral') : t('referral');
		const languages = service.languages.map((code) => languageLabel(code, lang)).join(', ');
		return h(
			'li',
			{ class: 'service' },
			h('h3', { lang: name.lang }, name.text),
			h(
				'p',
				{ class: 'service-meta' },
				t(`category.${service.category}`) + (service.provider ? ` · ${service.provider}` : '')
			),
			h('p', { lang: summary.lang }, summary.text),
			h('ul', { class: 'channels' }, ...channels),
			service.openingHours && h('p', {}, t('openingHours', { hours: service.openingHours })),
			h('p', {}, t('languagesServed', { languages })),
			h('p', {}, `${cost} · ${access}`),
			h(
				'p',
				{ class: 'service-meta' },
				t('verified', { date: formatFamilyDate(service.lastVerified, lang) })
			)
		);
	};

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
			const { local, national } = servicesFor(match.place, directory.services);
			const heading = h('h2', { tabindex: '-1' }, t('finderLocal', { place }));
			box.append(
				heading,
				local.length ? serviceList(local) : h('p', {}, t('finderNone', { place }))
			);
			if (national.length) box.append(h('h2', {}, t('finderNational')), serviceList(national));
			status!.textContent = `${t('finderLocal', { place })}: ${t('finderCount', { count: local.length })}`;
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
			box.append(h('p', {}, t('finderNoPlace', { query })), h('p', {}, t('finderNotCovered')));
			status!.textContent = t('finderNoPlace', { query });
		}
		results!.replaceChildren(...[offline, box].filter((node) => node !== undefined));
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void answer(input.value);
	});
}
