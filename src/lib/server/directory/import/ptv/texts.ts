import { locales, type Localized } from '$lib/domain/locale';
import { shorten } from '../hsds-fields';
import type { LanguageItem, LocalizedItem, ServiceHour } from './input';

/* PTV's texts come as lists of {type, language, value}; these read them into ours. */

const clean = (value: string | null | undefined) => (value ?? '').replace(/\r\n/g, '\n').trim();

/** The text of `type` in each of our languages ('' where PTV has none). */
export function textsOf(items: readonly LocalizedItem[] | null | undefined, type: string) {
	const texts: Localized = { fi: '', sv: '', en: '' };
	for (const locale of locales) {
		const item = items?.find((one) => one.type === type && one.language === locale);
		texts[locale] = clean(item?.value);
	}
	return texts;
}

/** The first text given: Finnish, else Swedish, else English, else any language. */
export function firstText(items: readonly (LanguageItem | LocalizedItem)[] | null | undefined) {
	const given = (items ?? []).filter((item) => clean(item.value));
	const best = locales
		.map((locale) => given.find((item) => item.language === locale))
		.find(Boolean);
	return clean((best ?? given[0])?.value);
}

/** Fills an empty Finnish text (which we require) from Swedish or English, and cuts to `max`. */
export function fitted(texts: Localized, max: number): Localized {
	const fi = texts.fi || texts.sv || texts.en;
	return { fi: shorten(fi, max), sv: shorten(texts.sv, max), en: shorten(texts.en, max) };
}

/** Per language: the first of the texts that is not empty. */
export const firstOf = (...options: Localized[]): Localized => ({
	fi: options.map((texts) => texts.fi).find(Boolean) ?? '',
	sv: options.map((texts) => texts.sv).find(Boolean) ?? '',
	en: options.map((texts) => texts.en).find(Boolean) ?? ''
});

/** Texts joined per language with a blank line (a description and its instructions). */
export const joined = (...parts: Localized[]): Localized => ({
	fi: parts
		.map((texts) => texts.fi)
		.filter(Boolean)
		.join('\n\n'),
	sv: parts
		.map((texts) => texts.sv)
		.filter(Boolean)
		.join('\n\n'),
	en: parts
		.map((texts) => texts.en)
		.filter(Boolean)
		.join('\n\n')
});

const days: Record<string, string> = {
	Monday: 'ma',
	Tuesday: 'ti',
	Wednesday: 'ke',
	Thursday: 'to',
	Friday: 'pe',
	Saturday: 'la',
	Sunday: 'su'
};

/** "08:00:00" → "8.00", as Finnish writes a time. */
const time = (value: string | null | undefined) =>
	(/^(\d{1,2}):(\d{2})/.exec(value ?? '') ?? [])
		.slice(1)
		.map((part, index) => (index === 0 ? String(Number(part)) : part))
		.join('.');

/**
 * A channel's regular hours as one short Finnish line ("ma–pe 8.00–16.00"): our channel keeps
 * hours as text. Exceptional days, closed entries and entries that ended before `today` are
 * left out; PTV's additional information follows in brackets.
 */
export function hoursText(hours: readonly ServiceHour[] | null | undefined, today: string) {
	const parts = (hours ?? [])
		.filter((hour) => hour.serviceHourType !== 'Exceptional' && !hour.isClosed)
		.filter((hour) => !hour.validTo || hour.validTo.slice(0, 10) >= today)
		.map((hour) => {
			const times = hour.isAlwaysOpen
				? ['24 h']
				: (hour.openingHour ?? []).map((open) => {
						const from = days[open.dayFrom ?? ''] ?? '';
						const to = days[open.dayTo ?? ''];
						const span = to && to !== from ? `${from}–${to}` : from;
						return [span, `${time(open.from)}–${time(open.to)}`].filter(Boolean).join(' ');
					});
			const info = firstText(hour.additionalInformation);
			return [times.join(', '), info && `(${info})`].filter(Boolean).join(' ');
		})
		.filter(Boolean);
	return shorten(parts.join('; '), 200);
}
