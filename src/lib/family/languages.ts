/**
 * Languages of the family pages. Finnish, Swedish and English are the languages of record; every
 * page is translated into the others too (their pages say when a native speaker has not yet
 * reviewed them), and a page new in Finnish falls back with a note until its translation lands.
 */
export const familyLanguages = ['fi', 'sv', 'en', 'ar', 'ru', 'so', 'uk'] as const;
export type FamilyLanguage = (typeof familyLanguages)[number];

/** Every page must exist in these (a test enforces it). */
export const completeLanguages = ['fi', 'sv', 'en'] as const;
export type CompleteLanguage = (typeof completeLanguages)[number];

/** Each language's name in itself, for the language links. */
export const languageNames: Record<FamilyLanguage, string> = {
	fi: 'Suomi',
	sv: 'Svenska',
	en: 'English',
	ar: 'العربية',
	ru: 'Русский',
	so: 'Soomaali',
	uk: 'Українська'
};

/** Where a page not yet translated is read instead, in order. */
export const fallbackLanguages: Record<FamilyLanguage, CompleteLanguage[]> = {
	fi: [],
	sv: ['fi'],
	en: ['fi'],
	ar: ['en', 'fi'],
	ru: ['en', 'fi'],
	so: ['en', 'fi'],
	uk: ['en', 'fi']
};

export function isFamilyLanguage(value: unknown): value is FamilyLanguage {
	return (familyLanguages as readonly unknown[]).includes(value);
}

export function isCompleteLanguage(value: unknown): value is CompleteLanguage {
	return (completeLanguages as readonly unknown[]).includes(value);
}

export const textDirection = (lang: FamilyLanguage): 'ltr' | 'rtl' =>
	lang === 'ar' ? 'rtl' : 'ltr';

/** A family page's path: Finnish has no prefix ("/", "/vakivalta"), the others do. */
export function familyPath(lang: FamilyLanguage, slug = ''): string {
	const prefix = lang === 'fi' ? '' : `/${lang}`;
	return `${prefix}${slug ? `/${slug}` : ''}` || '/';
}

/** The language of a path and the rest of it: "/sv/apua" → sv, "/apua". */
export function splitFamilyPath(pathname: string): { lang: FamilyLanguage; rest: string } {
	const first = pathname.split('/')[1];
	if (first !== 'fi' && isFamilyLanguage(first)) {
		return { lang: first, rest: pathname.slice(first.length + 1) };
	}
	return { lang: 'fi', rest: pathname === '/' ? '' : pathname };
}

/** `lang` and `dir` of the HTML document at a path (staff pages are Finnish until switched). */
export function documentLanguage(pathname: string): { lang: FamilyLanguage; dir: 'ltr' | 'rtl' } {
	const { lang } = splitFamilyPath(pathname);
	return { lang, dir: textDirection(lang) };
}

/**
 * A site-internal link as editors write it ("/vakivalta", "/apua#help-lines", "/") made into
 * the reader's own language, so a reader stays in their language page after page.
 */
export function localizeHref(href: string, lang: FamilyLanguage): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const [path = '', hash] = href.split('#');
	const slug = path.replace(/^\/+|\/+$/g, '');
	return familyPath(lang, slug) + (hash ? `#${hash}` : '');
}
