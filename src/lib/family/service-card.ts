import {
	channelHref,
	formatFamilyDate,
	languageLabel,
	serviceText,
	type PublicService
} from './finder';
import type { FamilyLanguage } from './languages';

/**
 * An element as plain data. The service card is described once, here: the server's Svelte
 * (ElementTree.svelte) and the finder's script (client/dom.ts, `fromSpec`) both draw this tree,
 * so the two can no longer drift apart.
 */
export interface ElementSpec {
	tag: 'li' | 'h3' | 'p' | 'ul' | 'a';
	attrs: Record<string, string | undefined>;
	children: (ElementSpec | string)[];
}

/** A text of the family pages' catalogue, by key (the reader's language is already chosen). */
export type Texts = (key: string, params?: Record<string, string | number>) => string;

const element = (
	tag: ElementSpec['tag'],
	attrs: ElementSpec['attrs'],
	...children: (ElementSpec | string | false | undefined)[]
): ElementSpec => ({
	tag,
	attrs,
	children: children.filter(
		(child): child is ElementSpec | string => child !== false && child !== undefined && child !== ''
	)
});

/** One public service as a list item: what a parent needs to make contact. */
export function serviceCard(service: PublicService, lang: FamilyLanguage, t: Texts): ElementSpec {
	const name = serviceText(service.name, lang);
	const summary = serviceText(service.summary, lang);
	const channels = service.channels.map((channel) => {
		const href = channelHref(channel);
		const value = href
			? element(
					'a',
					{ href, dir: 'ltr', rel: href.startsWith('http') ? 'noreferrer' : undefined },
					channel.value
				)
			: channel.value;
		return element(
			'li',
			{},
			`${t(`channel.${channel.type}`)}: `,
			value,
			channel.hours ? ` (${channel.hours})` : undefined
		);
	});
	const cost = service.cost === 'free' ? t('free') : (service.costText ?? t('fee'));
	const access = service.access === 'self-referral' ? t('selfReferral') : t('referral');
	const languages = service.languages.map((code) => languageLabel(code, lang)).join(', ');
	return element(
		'li',
		{ class: 'service' },
		element('h3', { lang: name.lang }, name.text),
		element(
			'p',
			{ class: 'service-meta' },
			t(`category.${service.category}`) + (service.provider ? ` · ${service.provider}` : '')
		),
		element('p', { lang: summary.lang }, summary.text),
		element('ul', { class: 'channels' }, ...channels),
		service.openingHours && element('p', {}, t('openingHours', { hours: service.openingHours })),
		element('p', {}, t('languagesServed', { languages })),
		element('p', {}, `${cost} · ${access}`),
		element(
			'p',
			{ class: 'service-meta' },
			t('verified', { date: formatFamilyDate(service.lastVerified, lang) })
		)
	);
}
