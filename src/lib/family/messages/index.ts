import { interpolate } from '$lib/i18n/interpolate';
import type { FamilyLanguage } from '../languages';
import { chromeAr } from './chrome.ar';
import { chromeEn } from './chrome.en';
import { chromeFi, type ChromeKey, type ChromeMessages } from './chrome.fi';
import { chromeRu } from './chrome.ru';
import { chromeSo } from './chrome.so';
import { chromeSv } from './chrome.sv';
import { chromeUk } from './chrome.uk';
import { toolsAr } from './tools.ar';
import { toolsEn } from './tools.en';
import { toolsFi, type ToolKey, type ToolMessages } from './tools.fi';
import { toolsRu } from './tools.ru';
import { toolsSo } from './tools.so';
import { toolsSv } from './tools.sv';
import { toolsUk } from './tools.uk';

export type { ChromeKey, ChromeMessages, ToolKey, ToolMessages };

export const chromeMessages: Record<FamilyLanguage, ChromeMessages> = {
	fi: chromeFi,
	sv: chromeSv,
	en: chromeEn,
	ar: chromeAr,
	ru: chromeRu,
	so: chromeSo,
	uk: chromeUk
};

export const toolMessages: Record<FamilyLanguage, ToolMessages> = {
	fi: toolsFi,
	sv: toolsSv,
	en: toolsEn,
	ar: toolsAr,
	ru: toolsRu,
	so: toolsSo,
	uk: toolsUk
};

type Params = Record<string, string | number>;

/** `t('finderLocal', { place: 'Tampere' })` in one language of the family pages. */
export const chromeText =
	(lang: FamilyLanguage) =>
	(key: ChromeKey, params?: Params): string =>
		interpolate(chromeMessages[lang][key], params);

export const toolText =
	(lang: FamilyLanguage) =>
	(key: ToolKey, params?: Params): string =>
		interpolate(toolMessages[lang][key], params);
