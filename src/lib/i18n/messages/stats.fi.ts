/** Texts of the stats screens (Finnish, the reference catalogue). */
export const fiStats = {
	'stats.title': 'Tilastot',
	'stats.onlyCoordinators': 'Tilastot ovat koordinaattoreiden ja ylläpitäjien käytössä.',
	'stats.filters': 'Rajaus',
	'stats.from': 'Alkaen',
	'stats.to': 'Päättyen',
	'stats.area': 'Alue',
	'stats.source': 'Tietojen lähde',
	'stats.sourceServer': 'Palvelin (kun yhteys toimii)',
	'stats.sourceDevice': 'Tämän laitteen tiedot',
	'stats.suppress': 'Näytä alle 5 havainnon määrät muodossa <5 (myös viennissä)',
	'stats.badRange':
		'Tarkista päivämäärät: alkupäivä ei voi olla loppupäivän jälkeen, ja jakso voi olla enintään 20 vuotta vuosien 2000–2100 sisällä.',
	'stats.loading': 'Lasketaan…',
	'stats.fromServer': 'Luvut palvelimelta, laskettu {time}.',
	'stats.fromDevice':
		'Laskettu tämän laitteen tiedoista {time} ({count} yhteydenottoa laitteella). Luvuista puuttuu, mitä laite ei ole vielä saanut.',
	'stats.serverUnreachable':
		'Palvelin ei vastannut, joten luvut laskettiin tämän laitteen tiedoista.',
	'stats.failed': 'Tilastoja ei saatu: {message}',
	'stats.export': 'Lataa CSV (Excel)',
	'stats.exportHint':
		'Puolipisteillä eroteltu UTF-8-tiedosto, joka aukeaa suomenkieliseen Exceliin.',
	'stats.category': 'Luokka',
	'stats.count': 'Määrä',
	'stats.share': 'Osuus kuvana',
	'stats.themeNote':
		'Yhteydenotolla on yleensä useita teemoja, joten teemojen yhteismäärä ({mentions}) on suurempi kuin yhteydenottojen määrä ({total}).',
	'stats.actionNote': 'Yhteen yhteydenottoon voi liittyä useita toimenpiteitä.',
	'stats.notCountedNote':
		'Väärät numerot ja katkenneet puhelut eivät ole yhteydenottoja: ne eivät ole muissa luvuissa, vaan näkyvät omilla riveillään.',
	'stats.stageNote':
		'Aikavälillä vastaanotetut (lähetetyt) konsultaatiopyynnöt sen vaiheen mukaan, jossa ne ovat nyt. Luonnokset eivät ole mukana.',
	'stats.medianNote':
		'Mediaani lasketaan tapauksista, jotka ovat edenneet suunnitelmavaiheeseen: vastaanotosta ensimmäiseen siirtoon suunnitelmavaiheeseen.',
	'stats.partialMonths':
		'Säilytysajan ylittäneistä tiedoista on jäljellä vain kuukausisummat. Kuukausien {months} summat eivät ole mukana, koska aikaväli kattaa ne vain osittain.',
	'stats.suppressedNote': 'Alle 5 havainnon määrät näytetään muodossa <5.',
	'stats.days': '{days} pv',
	'stats.noData': '–',
	'stats.report': 'Tilastoraportti: {area}, {period}',
	'stats.print': 'Tulosta tai tallenna PDF',
	'stats.printHint':
		'Tulostettaessa rajaus ja valikot jäävät pois: raportissa ovat kaaviot ja taulukot.',
	'stats.chartTitle': 'Kaavio: {title}',
	'stats.chartLoading': 'Kaaviota piirretään…',
	'stats.chartFailed': 'Kaaviota ei voitu piirtää. Luvut ovat taulukossa.',
	'stats.chartTableNote': 'Samat luvut ovat taulukossa kaavion vieressä.',
	'stats.chartHidden': 'Alle 5 havainnon määriä ei piirretä.',
	'stats.lineChart': 'Viivakaavio kuukausittain.',
	'stats.barChart': 'Vaakapylväskaavio.',
	'stats.comparisonNote':
		'Edellinen jakso on yhtä pitkä ja päättyy päivää ennen tätä jaksoa (kokonaisilla kuukausilla edelliset kuukaudet). Muutosta ei näytetä, jos jompikumpi luku on piilotettu.',
	'stats.trendNote': 'Kaksitoista kokonaista kuukautta jakson viimeiseen kuukauteen asti.',
	'stats.areaNote': 'Lapsen asuinpaikan mukaan (hyvinvointialue ja kunta).',
	'stats.zeroMunicipalities':
		'{count} alueen kuntaa, joista ei ole yhteydenottoja eikä konsultaatioita, on jätetty pois (ne ovat CSV-tiedostossa).',
	'stats.noMunicipalities': 'Jaksolla ei ole yhteydenottoja eikä konsultaatioita.',
	'stats.outcomes': 'Mitä tuki sai aikaan',
	'stats.outcomesNote':
		'Aikavälillä vastaanotetut konsultaatiot: mukana olevat palvelut, miksi tilanne on jumissa, asiakasryhmät, pyydetty ja annettu apu, palaute ja kestot. Vain koodatut tiedot lasketaan, ei vapaata tekstiä.',
	'stats.servicesNote':
		'Tapauksella on usein useita palveluja, joten palvelujen määrät ylittävät tapausten määrän. Alimmat rivit jakavat tapaukset palvelujen määrän mukaan.',
	'stats.stuckNote': 'Pyytäjän valitsemat syyt; tapauksella voi olla useita.',
	'stats.clientGroupsNote': 'Tapauksella voi olla useita asiakasryhmiä.',
	'stats.ratingsNote': 'Pyytäjän arvio konsultaation hyödyllisyydestä asteikolla 1–5.',
	'stats.timesNote':
		'Käsittelypäivä on ryhmän kokous, jolle tapaus on asetettu. Mediaani jätetään pois, kun pienet määrät piilotetaan ja tapauksia on alle 5.',
	'stats.helpNote':
		'Pyydetty: tapaukset, joissa pyytäjä toivoi tätä apua. Annettu: tapaukset, joihin kirjattiin tällainen vastaus. Pyydetty ja annettu: molemmat. Kaavio näyttää pyydetyn ja annetun.',
	'stats.comments': 'Pyytäjien kommentit',
	'stats.commentsNote':
		'Vain koordinaattoreille ja ylläpitäjille. Kommentit luetaan tämän laitteen tiedoista, eivätkä ne tule tulosteeseen eivätkä CSV-vientiin.',
	'stats.noComments': 'Aikavälin konsultaatioista ei ole kommentteja tällä laitteella.',
	'stats.commentRating': 'Arvio {rating} / 5',
	'stats.commentNoRating': 'Ei arviota',
	'stats.commentsFailed': 'Kommentteja ei voitu lukea: {message}',
	'stats.retention.title': 'Tietojen säilytysaika',
	'stats.retention.intro':
		'Päivittäinen ajo poistaa vanhentuneet tiedot palvelimelta ja laitteilta. Poistettujen yhteydenottojen ja konsultaatioiden kuukausisummat säilyvät tilastoissa.',
	'stats.retention.contacts': 'Yhteydenotot: säilytetään kuukautta yhteydenotosta',
	'stats.retention.consultations': 'Konsultaatiot: säilytetään kuukautta tapauksen päättymisestä',
	'stats.retention.default': 'Oletus {months} kk',
	'stats.retention.save': 'Tallenna säilytysajat',
	'stats.retention.saved': 'Säilytysajat tallennettu.',
	'stats.retention.lastRun':
		'Edellinen ajo {time}: poistettiin {contacts} yhteydenottoa, {consultations} konsultaatiota ja {events} aikajanan merkintää.',
	'stats.retention.neverRun': 'Poistoajo ei ole vielä käynyt.',
	'stats.retention.failed': 'Säilytysaikoja ei voitu käsitellä: {message}'
} as const;
