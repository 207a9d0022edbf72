/**
 * Texts around the content of every family page, and the service finder's, in Finnish.
 * Every shipped language has all of them (the type makes a missing one a compile error).
 */
export const chromeFi = {
	skipToContent: 'Siirry sisältöön',
	quickExit: 'Poistu nopeasti',
	quickExitKeys:
		'Pikapoistuminen: paina Shift-näppäintä kolme kertaa peräkkäin, tai Esc-näppäintä, kun et kirjoita tekstikenttään.',
	languages: 'Kieli',
	home: 'Etusivu',
	allTopics: 'Kaikki aiheet',
	whereToGetHelp: 'Mistä saa apua',
	helpBoxText:
		'Hätätilanteessa soita {number}. Löydät oman kuntasi palvelut ja auttavat puhelimet avun sivulta.',
	helpBoxLink: 'Katso, mistä saat apua',
	helpLines: 'Auttavat puhelimet',
	emergency: 'Jos joku on vaarassa nyt, soita hätänumeroon {number}.',
	socialEmergencyList: 'Sosiaali- ja kriisipäivystysten numerot hyvinvointialueittain',
	socialEmergencyNoNumber: 'numero on hyvinvointialueen verkkosivulla',
	callNumber: 'Soita {number}',
	website: 'Verkkosivu: {site}',
	notTranslated: 'Tätä sivua ei ole vielä käännetty suomeksi.',
	shownInEn: 'Se näytetään englanniksi.',
	shownInFi: 'Se näytetään suomeksi.',
	updated: 'Päivitetty {date}',
	sources: 'Lähteet ja lisätietoa',
	translated: 'Käännetty {date}',
	reviewed: 'käännös tarkistettu {date}',
	notReviewed: 'käännöstä ei ole vielä tarkistettu',
	footerPrivacy: 'Tämä sivusto ei käytä evästeitä eikä seurantaa, eikä se kysy sinulta mitään.',
	footerSafety: 'Turvallinen käyttö ja tietojen poistaminen',
	staffLink: 'Ammattilaisille',
	finderTitle: 'Etsi palveluja kunnastasi',
	finderLabel: 'Kunta',
	finderHint: 'Kirjoita kuntasi nimi tai postinumero, esimerkiksi Tampere tai 33100.',
	finderButton: 'Näytä palvelut',
	finderLoading: 'Haetaan palveluja…',
	finderOffline: 'Ei verkkoyhteyttä: näytetään tälle laitteelle tallennettu luettelo ({date}).',
	finderUnavailable:
		'Palveluluetteloa ei saatu juuri nyt. Auttavat puhelimet alla palvelevat koko Suomessa.',
	finderNoPlace: 'Kuntaa ”{query}” ei löytynyt luettelosta.',
	finderDidYouMean: 'Tarkoititko jotakin näistä?',
	finderNotCovered:
		'Palveluluettelossa ei ole vielä tämän alueen palveluja. Kysy oman hyvinvointialueesi perhekeskuksesta tai soita auttavaan puhelimeen.',
	finderLocal: 'Palvelut: {place}',
	finderNational: 'Koko Suomessa',
	finderViaPostalCode: 'Postinumero {code} on kunnassa {place}.',
	finderFromMunicipality:
		'Alla ovat ensin kunnan {place} omat palvelut, sitten laajemmin palvelevat.',
	finderFromCounty:
		'Kunnalle {place} ei ole vielä merkitty omia palveluja. Alla ovat sen hyvinvointialueen palvelut: {county}.',
	finderFromArea:
		'Kunnalle {place} eikä sen hyvinvointialueelle ({county}) ole vielä merkitty palveluja. Alla ovat saman OT-alueen palvelut: {area}.',
	finderFromNational:
		'Kunnalle {place} eikä sen alueelle ole vielä merkitty palveluja. Auttavat puhelimet ja koko Suomessa palvelevat palvelut auttavat, missä ikinä asut.',
	finderInMunicipality: 'Kunta: {place}',
	finderInCounty: 'Hyvinvointialue: {county}',
	finderInArea: 'OT-alue: {area}',
	finderCount: '{count} palvelua',
	openingHours: 'Aukioloajat: {hours}',
	languagesServed: 'Palvelukielet: {languages}',
	verified: 'Tiedot tarkistettu {date}',
	free: 'Maksuton',
	fee: 'Maksullinen',
	selfReferral: 'Ilman lähetettä',
	referral: 'Lähetteellä',
	'channel.phone': 'Puhelin',
	'channel.web': 'Verkkosivu',
	'channel.chat': 'Chat',
	'channel.address': 'Käyntiosoite',
	'channel.e-service': 'Asiointipalvelu',
	'channel.email': 'Sähköposti',
	'category.child-welfare-supervisor': 'Lastenvalvoja',
	'category.family-mediation': 'Perheasioiden sovittelu',
	'category.separation-first-aid': 'Eron ensiapu',
	'category.peer-group': 'Vertaisryhmä',
	'category.family-counselling': 'Perheneuvola',
	'category.helpline': 'Auttava puhelin ja chat',
	'category.violence-support': 'Apu väkivaltaan',
	'category.child-protection': 'Lastensuojelu',
	'category.mental-health': 'Mielenterveyspalvelut',
	'category.legal': 'Oikeudellinen apu',
	'category.specialist-unit': 'Erityisyksikkö'
};

export type ChromeKey = keyof typeof chromeFi;
export type ChromeMessages = Record<ChromeKey, string>;
