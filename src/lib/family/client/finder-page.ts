// The service finder with JavaScript: answers on the page from the services list, from the
// network when it answers and from the copy kept on this device when it does not (offline).
// The answer is the server's own (../finder-answer.ts) and is drawn as ServiceResults.svelte
// draws it; a service card from the same description as the server's (../service-card.ts).
import type { FamilyLanguage } from '../languages';
import { formatFamilyDate, type PublicService } from '../finder';
import { finderAnswer, toHelpLines } from '../finder-answer';
import type { ChromeKey, ChromeMessages } from '../messages/chrome.fi';
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
	const t = (key: ChromeKey | string, params?: Record<string, string | number>) =>
		interpolate((messages as Record<string, string>)[key] ?? key, params);
	const input = form.querySelector<HTMLInputElement>('input[name=kunta]')!;

	const serviceList = (services: PublicService[]) =>
		h('ul', { class: 'services' }, ...services.map((s) => fromSpec(serviceCard(s, lang, t))));

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
		const found = finderAnswer(query, directory, lang, t);
		if (found.kind === 'empty') return;
		const box = h('div', {
			class: 'finder-results',
			'data-place': found.kind === 'found' ? found.placeId : undefined,
			'data-fallback': found.kind === 'found' ? found.fallback : undefined
		});
		const heading = found.kind === 'found' ? h('h2', { tabindex: '-1' }, found.heading) : undefined;
		if (heading) box.append(heading);
		// Not found or "did you mean": the status line says the first note, so the box does not.
		const notes = found.kind === 'found' ? found.notes : found.notes.slice(1);
		box.append(...notes.map((note) => h('p', {}, note)));
		if (toHelpLines(found)) {
			box.append(h('p', {}, h('a', { href: `#${HELP_LINES_ID}` }, t('helpLines'))));
		}
		if (found.kind === 'choose') {
			const choices = found.choices.map((name) => {
				const button = h('button', { type: 'button', class: 'link-button' }, name);
				button.addEventListener('click', () => {
					input.value = name;
					void answer(name);
				});
				return h('li', {}, button);
			});
			box.append(h('ul', { class: 'place-choices' }, ...choices));
		} else {
			for (const group of found.groups) {
				box.append(
					h('h2', { class: 'group-heading', 'data-level': group.level }, group.heading),
					serviceList(group.services)
				);
			}
		}
		// Found: the heading names the place and the status adds the count, so nothing is said
		// twice.
		status!.textContent =
			found.kind === 'found' ? t('finderCount', { count: found.count }) : found.notes[0]!;
		results!.replaceChildren(...[offline, box].filter((node) => node !== undefined));
		heading?.focus();
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void answer(input.value);
	});
}
