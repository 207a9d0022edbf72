import type { Locale } from '$lib/domain/locale';
import type { fiAdmin } from './messages/admin.fi';
import type { fiConsultation } from './messages/consultation.fi';
import type { fiDesk } from './messages/desk.fi';
import type { fiDirectory } from './messages/directory.fi';
import type { fiRecords } from './messages/records.fi';
import type { fiStats } from './messages/stats.fi';
import { interpolate } from './interpolate';
import { fi } from './messages/fi';

/**
 * Every text key of the app. Texts come in parts: the core ships with every page; the
 * directory's and administration's texts load with those screens, and Swedish and English
 * load only when chosen — so a phone downloads only what it shows.
 */
export type MessageKey =
	| keyof typeof fi
	| keyof typeof fiDirectory
	| keyof typeof fiAdmin
	| keyof typeof fiRecords
	| keyof typeof fiDesk
	| keyof typeof fiConsultation
	| keyof typeof fiStats;
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type MessagePart =
	'core' | 'directory' | 'admin' | 'records' | 'desk' | 'consultation' | 'stats';

type Catalogue = Partial<Record<MessageKey, string>>;
type Loader = () => Promise<Catalogue>;

const loaders: Record<MessagePart, Record<Locale, Loader>> = {
	core: {
		fi: async () => fi,
		sv: () => import('./messages/sv').then((m) => m.sv),
		en: () => import('./messages/en').then((m) => m.en)
	},
	directory: {
		fi: () => import('./messages/directory.fi').then((m) => m.fiDirectory),
		sv: () => import('./messages/directory.sv').then((m) => m.svDirectory),
		en: () => import('./messages/directory.en').then((m) => m.enDirectory)
	},
	admin: {
		fi: () => import('./messages/admin.fi').then((m) => m.fiAdmin),
		sv: () => import('./messages/admin.sv').then((m) => m.svAdmin),
		en: () => import('./messages/admin.en').then((m) => m.enAdmin)
	},
	records: {
		fi: () => import('./messages/records.fi').then((m) => m.fiRecords),
		sv: () => import('./messages/records.sv').then((m) => m.svRecords),
		en: () => import('./messages/records.en').then((m) => m.enRecords)
	},
	desk: {
		fi: () => import('./messages/desk.fi').then((m) => m.fiDesk),
		sv: () => import('./messages/desk.sv').then((m) => m.svDesk),
		en: () => import('./messages/desk.en').then((m) => m.enDesk)
	},
	consultation: {
		fi: () => import('./messages/consultation.fi').then((m) => m.fiConsultation),
		sv: () => import('./messages/consultation.sv').then((m) => m.svConsultation),
		en: () => import('./messages/consultation.en').then((m) => m.enConsultation)
	},
	stats: {
		fi: () => import('./messages/stats.fi').then((m) => m.fiStats),
		sv: () => import('./messages/stats.sv').then((m) => m.svStats),
		en: () => import('./messages/stats.en').then((m) => m.enStats)
	}
};

const catalogues: Record<Locale, Catalogue> = { fi: { ...fi }, sv: {}, en: {} };
const loadedParts: Record<Locale, Set<MessagePart>> = {
	fi: new Set(['core']),
	sv: new Set(),
	en: new Set()
};
/** Parts some screen has asked for: a newly chosen language loads them too. */
const wanted = new Set<MessagePart>(['core']);

async function loadPart(locale: Locale, part: MessagePart) {
	if (loadedParts[locale].has(part)) return;
	// Finnish is the fallback for every other language, so its part comes along.
	const [own, finnish] = await Promise.all([
		loaders[part][locale](),
		locale === 'fi' ? undefined : loadPart('fi', part)
	]);
	void finnish;
	Object.assign(catalogues[locale], own);
	loadedParts[locale].add(part);
}

/** Loads `locale`'s texts of every part in use; call (and await) before showing it. */
export async function loadLocale(locale: Locale): Promise<void> {
	await Promise.all([...wanted].map((part) => loadPart(locale, part)));
}

/**
 * A screen that needs a part of the texts asks for it in its load function; it loads in
 * every language already in use (or the given ones).
 */
export async function useMessages(
	part: MessagePart,
	inLocales: readonly Locale[] = (Object.keys(loadedParts) as Locale[]).filter((locale) =>
		loadedParts[locale].has('core')
	)
): Promise<void> {
	wanted.add(part);
	await Promise.all(inLocales.map((locale) => loadPart(locale, part)));
}

/**
 * A translate function for one locale: `t('directory.count', { count: 3 })`. A text not
 * loaded in that language answers in Finnish, and a text not loaded at all shows its key.
 */
export function translator(locale: Locale): Translate {
	return (key, params) => {
		return interpolate(catalogues[locale][key] ?? catalogues.fi[key] ?? key, params);
	};
}
