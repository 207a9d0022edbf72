import type { Locale, Localized } from '../locale';

/**
 * Names of the statistics' tables and of their rows that are not codes of a code list, in the
 * three languages: the CSV export (made on the server or on the device) and the page share them.
 */
const labels = {
	contacts: { fi: 'Yhteydenotot', sv: 'Kontakter', en: 'Contacts' },
	byMonth: { fi: 'Yhteydenotot kuukausittain', sv: 'Kontakter per månad', en: 'Contacts by month' },
	bySource: {
		fi: 'Yhteydenotot yhteydenottajan tahon mukaan',
		sv: 'Kontakter efter kontaktarens organisation',
		en: 'Contacts by contact source'
	},
	byTheme: {
		fi: 'Yhteydenotot teeman mukaan',
		sv: 'Kontakter efter tema',
		en: 'Contacts by theme'
	},
	byChannel: {
		fi: 'Yhteydenotot kanavan mukaan',
		sv: 'Kontakter efter kanal',
		en: 'Contacts by channel'
	},
	byAction: {
		fi: 'Yhteydenotot toimenpiteen mukaan',
		sv: 'Kontakter efter åtgärd',
		en: 'Contacts by action taken'
	},
	consultations: { fi: 'Konsultaatiot', sv: 'Konsultationer', en: 'Consultations' },
	byStage: {
		fi: 'Konsultaatiot vaiheen mukaan',
		sv: 'Konsultationer efter skede',
		en: 'Consultations by stage'
	},
	skipped: { fi: 'Vaihe ohitettu', sv: 'Skede överhoppat', en: 'Stage skipped' },
	total: { fi: 'Yhteensä', sv: 'Totalt', en: 'Total' },
	themeMentions: {
		fi: 'Teemamainintoja yhteensä',
		sv: 'Temanämnanden totalt',
		en: 'Theme mentions in all'
	},
	withoutTheme: { fi: 'Ei teemaa', sv: 'Inget tema', en: 'No theme' },
	withoutAction: {
		fi: 'Ei kirjattua toimenpidettä',
		sv: 'Ingen åtgärd antecknad',
		en: 'No action recorded'
	},
	noStage: { fi: 'Ei vielä vaiheessa', sv: 'Inte ännu i något skede', en: 'Not yet in a stage' },
	received: {
		fi: 'Vastaanotettu (lähetetyt pyynnöt)',
		sv: 'Mottagna (skickade begäranden)',
		en: 'Received (sent requests)'
	},
	reachedPlan: {
		fi: 'Edennyt suunnitelmavaiheeseen',
		sv: 'Nått planskedet',
		en: 'Reached the plan stage'
	},
	medianDays: {
		fi: 'Mediaani, päivää vastaanotosta suunnitelmaan',
		sv: 'Median, dagar från mottagande till plan',
		en: 'Median days from received to plan'
	},
	notCounted: {
		fi: 'Ei lasketa yhteydenotoiksi',
		sv: 'Räknas inte som kontakter',
		en: 'Not counted as contacts'
	},
	comparison: {
		fi: 'Jakso verrattuna edelliseen',
		sv: 'Perioden jämförd med föregående',
		en: 'This period against the previous one'
	},
	thisPeriod: { fi: 'Tämä jakso', sv: 'Denna period', en: 'This period' },
	previousPeriod: { fi: 'Edellinen jakso', sv: 'Föregående period', en: 'Previous period' },
	change: { fi: 'Muutos', sv: 'Förändring', en: 'Change' },
	trend: {
		fi: 'Kuukausittainen kehitys, 12 kuukautta',
		sv: 'Utveckling per månad, 12 månader',
		en: 'Monthly trend, 12 months'
	},
	byCounty: {
		fi: 'Hyvinvointialueittain',
		sv: 'Per välfärdsområde',
		en: 'By wellbeing services county'
	},
	byMunicipality: { fi: 'Kunnittain', sv: 'Per kommun', en: 'By municipality' },
	noMunicipality: { fi: 'Kunta ei tiedossa', sv: 'Kommun okänd', en: 'Municipality not recorded' },
	// What the support achieved (outcome-tables.ts).
	services: {
		fi: 'Konsultaatiot mukana olevien palvelujen mukaan',
		sv: 'Konsultationer efter tjänster som är med',
		en: 'Consultations by services involved'
	},
	servicesNone: {
		fi: 'Ei kirjattuja palveluja',
		sv: 'Inga tjänster antecknade',
		en: 'No services recorded'
	},
	servicesOne: { fi: 'Yksi palvelu', sv: 'En tjänst', en: 'One service' },
	servicesSeveral: {
		fi: 'Kaksi palvelua tai useampia',
		sv: 'Två tjänster eller fler',
		en: 'Two services or more'
	},
	stuckReasons: {
		fi: 'Miksi tilanne on jumissa',
		sv: 'Varför situationen har fastnat',
		en: 'Why the situation is stuck'
	},
	withoutStuckReason: {
		fi: 'Syytä ei kirjattu',
		sv: 'Ingen orsak antecknad',
		en: 'No reason recorded'
	},
	clientGroups: {
		fi: 'Vaativien erotilanteiden asiakasryhmät',
		sv: 'Klientgrupper vid svåra separationer',
		en: 'Client groups of demanding separations'
	},
	withoutClientGroup: { fi: 'Ei asiakasryhmää', sv: 'Ingen klientgrupp', en: 'No client group' },
	help: {
		fi: 'Pyydetty ja annettu apu',
		sv: 'Begärd och given hjälp',
		en: 'Help asked and help given'
	},
	asked: { fi: 'Pyydetty', sv: 'Begärd', en: 'Asked' },
	given: { fi: 'Annettu', sv: 'Given', en: 'Given' },
	met: { fi: 'Pyydetty ja annettu', sv: 'Begärd och given', en: 'Asked and given' },
	anyHelp: { fi: 'Mikä tahansa apu', sv: 'Någon hjälp', en: 'Any help' },
	ratings: {
		fi: 'Pyytäjien arviot konsultaation hyödyllisyydestä',
		sv: 'Beställarnas bedömning av konsultationens nytta',
		en: "Requesters' ratings of the consultation's usefulness"
	},
	ratingBest: { fi: 'erittäin hyödyllinen', sv: 'mycket nyttig', en: 'very useful' },
	ratingWorst: { fi: 'ei lainkaan hyödyllinen', sv: 'inte alls nyttig', en: 'not useful at all' },
	rated: { fi: 'Arvioita yhteensä', sv: 'Bedömningar totalt', en: 'Ratings in all' },
	withoutRating: { fi: 'Ei arviota', sv: 'Ingen bedömning', en: 'Not rated' },
	times: {
		fi: 'Aika pyynnöstä ryhmän käsittelyyn ja suunnitelmaan',
		sv: 'Tid från begäran till gruppens behandling och till plan',
		en: "Time from the request to the group's meeting and to the plan"
	},
	withMeeting: {
		fi: 'Ryhmän käsittelypäivä sovittu',
		sv: 'Gruppens behandlingsdag bestämd',
		en: "The group's meeting day set"
	},
	medianDaysToMeeting: {
		fi: 'Mediaani, päivää vastaanotosta ryhmän käsittelyyn',
		sv: 'Median, dagar från mottagande till gruppens behandling',
		en: "Median days from received to the group's meeting"
	},
	csvTable: { fi: 'Taulukko', sv: 'Tabell', en: 'Table' },
	csvRow: { fi: 'Rivi', sv: 'Rad', en: 'Row' },
	csvCode: { fi: 'Koodi', sv: 'Kod', en: 'Code' },
	csvCount: { fi: 'Määrä', sv: 'Antal', en: 'Count' },
	csvRange: { fi: 'Aikaväli', sv: 'Tidsperiod', en: 'Date range' },
	csvArea: { fi: 'Alue', sv: 'Område', en: 'Area' },
	csvSuppressed: {
		fi: 'Alle 5 havainnon määrät näytetään muodossa <5',
		sv: 'Antal under 5 visas som <5',
		en: 'Counts below 5 are shown as <5'
	}
} satisfies Record<string, Localized>;

export type StatsLabel = keyof typeof labels;
export const statsLabel = (key: StatsLabel, locale: Locale) => labels[key][locale];
