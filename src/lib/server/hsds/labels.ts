import type { Locale, Localized } from '$lib/domain/locale';
import type { Organisation } from '$lib/domain/schemas/organisation';

/** HSDS has one language per text field: the asked one, else Finnish (always filled in). */
export function pick(text: Localized, lang: Locale): string {
	return text[lang].trim() || text.fi;
}

export const costLabels: Record<'free' | 'fee', Localized> = {
	free: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free of charge' },
	fee: { fi: 'Maksullinen', sv: 'Avgiftsbelagd', en: 'Subject to a fee' }
};

export const organisationTypeLabels: Record<Organisation['type'], Localized> = {
	public: { fi: 'Julkinen toimija', sv: 'Offentlig aktör', en: 'Public body' },
	ngo: { fi: 'Järjestö', sv: 'Organisation', en: 'Non-governmental organisation' },
	parish: { fi: 'Seurakunta', sv: 'Församling', en: 'Parish' },
	private: {
		fi: 'Yksityinen palveluntuottaja',
		sv: 'Privat tjänsteleverantör',
		en: 'Private provider'
	}
};

export const areaKindLabels: Record<'county' | 'municipality', Localized> = {
	county: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde', en: 'Wellbeing services county' },
	municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' }
};

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** A language's name in `lang` ("ruotsi" for sv in Finnish); the code when unknown. */
export function languageName(code: string, lang: Locale): string {
	let names = languageNames.get(lang);
	if (!names) {
		names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
		languageNames.set(lang, names);
	}
	try {
		return names.of(code) ?? code;
	} catch {
		return code;
	}
}
