/** Finnish is the source language: every key starts here, sv and en must match it. */
export const fi = {
	'app.name': 'Lähelle',
	'app.tagline': 'OT-keskuksen asiantuntijat, palvelut ja konsultaatiot — myös ilman verkkoa.',
	'common.skipToContent': 'Siirry sisältöön',
	'common.language': 'Kieli',
	'common.loading': 'Ladataan…',
	'common.close': 'Sulje',
	'language.fi': 'Suomi',
	'language.sv': 'Svenska',
	'language.en': 'English',
	'nav.label': 'Päävalikko',
	'nav.home': 'Etusivu',
	'nav.directory': 'Hakemisto',
	'nav.log': 'Kirjaa',
	'nav.requests': 'Pyynnöt',
	'nav.more': 'Lisää',
	'pwa.updateAvailable': 'Uusi versio on saatavilla.',
	'pwa.reload': 'Päivitä nyt',
	'pwa.later': 'Myöhemmin',
	'pwa.offlineReady': 'Sovellus toimii nyt myös ilman verkkoa.',
	'home.title': 'Tervetuloa',
	'home.intro':
		'Hae asiantuntijoita ja palveluita, kirjaa yhteydenotto tai pyydä konsultaatio. Kaikki toimii myös ilman verkkoa ja lähtee palvelimelle, kun yhteys palaa.',
	'home.actions': 'Pikatoiminnot',
	'directory.title': 'Asiantuntijahakemisto',
	'directory.intro': 'Asiantuntijat, asiantuntijaryhmät ja palvelut.',
	'directory.count': '{count} asiantuntijaa',
	'directory.empty':
		'Hakemistoa ei ole vielä ladattu tälle laitteelle. Se ladataan, kun laite on yhteydessä palvelimeen.',
	'directory.call': 'Soita: {name}',
	'log.title': 'Kirjaa yhteydenotto',
	'log.intro': 'Yhteydenoton pikakirjaus tulee tähän.',
	'requests.title': 'Konsultaatiopyynnöt',
	'requests.intro': 'Omat konsultaatiopyyntösi ja niiden vaiheet näkyvät tässä.',
	'more.title': 'Lisää',
	'more.version': 'Versio {version}',
	'more.languageHint': 'Valinta tallennetaan tälle laitteelle.',
	'public.title': 'Tukea eroperheille',
	'public.lead':
		'Tietoa eron keskelle: miten puhua lapsille, miten sopia lapsen asioista ja mistä saa apua läheltä.',
	'public.situation': 'Mikä on tilanteesi?',
	'public.comingSoon': 'Sivujen sisältö täydentyy pian.',
	'public.help': 'Mistä saa apua',
	'public.emergency': 'Hätätilanteessa soita 112.',
	'public.staffLink': 'Ammattilaisille',
	'public.footer': 'Lähelle ei käytä evästeitä eikä seurantaa.'
} as const;

export type MessageKey = keyof typeof fi;
export type Messages = Record<MessageKey, string>;
