import { getContext, setContext } from 'svelte';
import { defaultLocale, isLocale, type Locale } from '$lib/domain/locale';
import { translator } from '$lib/i18n';

const STORAGE_KEY = 'lahelle.locale';
const CONTEXT = Symbol('app-locale');

/** The staff app's language: saved on the device, mirrored to <html lang>. */
export class AppLocale {
	#current = $state<Locale>(defaultLocale);
	#storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
	readonly t = $derived(translator(this.#current));

	constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
		this.#storage = storage;
		const saved = storage?.getItem(STORAGE_KEY);
		if (isLocale(saved)) this.#current = saved;
		this.#apply();
	}

	get current(): Locale {
		return this.#current;
	}

	set(locale: Locale) {
		this.#current = locale;
		this.#storage?.setItem(STORAGE_KEY, locale);
		this.#apply();
	}

	#apply() {
		if (typeof document !== 'undefined') document.documentElement.lang = this.#current;
	}
}

export function setAppLocale(locale: AppLocale): AppLocale {
	return setContext(CONTEXT, locale);
}

export function getAppLocale(): AppLocale {
	return getContext<AppLocale>(CONTEXT);
}
