/**
 * Texts of the parenting-plan builder and the "remove this site's data" button, in all seven
 * languages (the type makes a missing one a compile error).
 */
export const toolsFi = {
	'plan.title': 'Laadi oma suunnitelma',
	'plan.deviceOnly':
		'Suunnitelma tallentuu vain tälle laitteelle, tämän selaimen muistiin. Sitä ei lähetetä minnekään. Jos joku toinen käyttää tätä laitetta, hän voi nähdä sen: poista se lopuksi Tyhjennä-painikkeella.',
	'plan.noScript':
		'Tallennus ja tekstitiedostoksi lataaminen toimivat vain, kun JavaScript on käytössä. Voit silti täyttää lomakkeen ja tulostaa sen, tai käyttää kysymyksiä paperilla.',
	'plan.saved': 'Tallennettu tälle laitteelle klo {time}.',
	'plan.restored': 'Tälle laitteelle aiemmin tallennettu suunnitelma on avattu.',
	'plan.storageFailed':
		'Tallennus tälle laitteelle ei onnistu (selaimen muisti voi olla pois käytöstä). Tulosta tai lataa suunnitelma, ettei se katoa.',
	'plan.actions': 'Suunnitelman tallennus',
	'plan.print': 'Tulosta',
	'plan.export': 'Lataa tekstitiedostona',
	'plan.clear': 'Tyhjennä suunnitelma',
	'plan.clearConfirm': 'Poistetaanko suunnitelma tältä laitteelta? Sitä ei voi palauttaa.',
	'plan.cleared': 'Suunnitelma on poistettu tältä laitteelta.',
	'plan.fileName': 'vanhemmuussuunnitelma.txt',
	'plan.documentTitle': 'Vanhemmuussuunnitelma',
	'plan.documentDate': 'Tallennettu {date}',
	'plan.printDate': 'Päivämäärä',
	'plan.signatures': 'Allekirjoitukset',
	'plan.signatureLine': 'Vanhempi {number}: allekirjoitus ja nimenselvennys',
	'plan.section.needs': 'Lapsen tarpeet ja toiveet',
	'plan.hint.needs':
		'Mitä lapsi tarvitsee nyt? Mitä lapsi itse toivoo, ja miten hänen mielipiteensä kuullaan hänen ikänsä mukaan?',
	'plan.section.living': 'Asuminen ja aika kummankin vanhemman kanssa',
	'plan.hint.living':
		'Missä lapsi asuu? Milloin lapsi on kummankin vanhemman luona? Miten vaihdot tehdään ja kuka kuljettaa?',
	'plan.section.information': 'Tiedonkulku vanhempien välillä',
	'plan.hint.information':
		'Miten kerrotte toisillenne lapsen asioista: viestillä, vihkolla, sovelluksella? Mistä kerrotaan heti?',
	'plan.section.money': 'Raha-asiat',
	'plan.hint.money':
		'Elatusapu, arjen kulut, vaatteet, harrastusmaksut ja isommat hankinnat: kuka maksaa mitä?',
	'plan.section.school': 'Päivähoito ja koulu',
	'plan.hint.school':
		'Kuka pitää yhteyttä päiväkotiin tai kouluun? Kuka käy vanhempainilloissa? Saavatko molemmat viestit?',
	'plan.section.hobbies': 'Harrastukset',
	'plan.hint.hobbies':
		'Mitkä harrastukset jatkuvat? Kuka vie ja hakee? Miten harrastukset sopivat kummankin kodin viikkoihin?',
	'plan.section.health': 'Terveys',
	'plan.hint.health':
		'Lääkärikäynnit, lääkkeet, hammashoito ja kouluterveydenhuolto: kuka hoitaa, ja miten tieto kulkee?',
	'plan.section.culture': 'Kieli, kulttuuri ja uskonto',
	'plan.hint.culture':
		'Mitä kieliä lapsi puhuu kummassakin kodissa? Miten lapsen kulttuuri, juuret ja uskonto tai katsomus otetaan huomioon?',
	'plan.section.holidays': 'Lomat ja juhlapyhät',
	'plan.hint.holidays':
		'Kesä-, syys-, joulu- ja talvilomat, syntymäpäivät ja juhlapyhät: missä lapsi on ja milloin? Entä matkat?',
	'plan.section.review': 'Muut sopimukset ja suunnitelman tarkistaminen',
	'plan.hint.review':
		'Mitä muuta sovitte? Milloin ja miten tarkistatte suunnitelman, kun lapsi kasvaa tai tilanne muuttuu?',
	'clear.title': 'Poista tämän sivuston tiedot tästä laitteesta',
	'clear.button': 'Poista sivuston tiedot',
	'clear.working': 'Poistetaan…',
	'clear.done':
		'Valmis. Tämän sivuston tallentamat sivut, palveluluettelo ja suunnitelmaluonnos on poistettu tästä selaimesta.',
	'clear.again':
		'Jos avaat sivuston uudelleen, se tallentaa sivuja taas käytettäväksi ilman verkkoa. Käytä yksityistä selausikkunaa, jos et halua sitä.',
	'clear.failed': 'Kaikkea ei voitu poistaa. Poista sivuston tiedot selaimen asetuksista.',
	'clear.noScript':
		'Painike toimii vain, kun JavaScript on käytössä. Voit poistaa tiedot myös selaimen asetuksista yllä olevien ohjeiden mukaan.'
};

export type ToolKey = keyof typeof toolsFi;
export type ToolMessages = Record<ToolKey, string>;
