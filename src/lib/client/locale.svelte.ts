import { getContext, setContext } from 'svelte';
import { defaultLocale, isLocale, type Locale } from '$lib/domain/locale';
import { loadLocale, translator } from '$lib/i18n';

const STORAGE_KEY = 'lahelle.locale';
const CONTEXT = Symbol('app-locale');

/**
 * The staff app's language: saved on the device, mirrored to <html lang>. A language's
 * messages are loaded before it becomes current, so the text never mixes languages.
 */
export class AppLocale {
	#current = $state<Locale>(defaultLocale);
	#storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
	readonly t = $derived(translator(this.#current));
	/** Settles when the saved language is ready to show. */
	readonly ready: Promise<void>;

	constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage) {
		this.#storage = storage;
		const saved = storage?.getItem(STORAGE_KEY);
		this.ready = this.set(isLocale(saved) ? saved : defaultLocale);
	}

	get current(): Locale {
		return this.#current;
	}

	async set(locale: Locale) {
		await loadLocale(locale);
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
