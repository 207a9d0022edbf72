import { slugify } from './fold';
import type { Locale, Localized } from './locale';

/**
 * OT areas → wellbeing services counties → municipalities. The areas and counties the app is
 * deployed in so far (DOMAIN.md); the other three OT areas are added with their deployments.
 * Names are public facts; a Swedish name is given where the municipality has one in use.
 */
interface MunicipalitySource {
	fi: string;
	sv?: string;
}

interface CountySource {
	id: string;
	name: Localized;
	municipalities: MunicipalitySource[];
}

interface AreaSource {
	id: string;
	name: Localized;
	counties: CountySource[];
}

const m = (fi: string, sv?: string): MunicipalitySource => ({ fi, sv });

const sources: AreaSource[] = [
	{
		id: 'sisa-suomi',
		name: { fi: 'Sisä-Suomen OT', sv: 'Inre Finlands OT', en: 'Inland Finland OT' },
		counties: [
			{
				id: 'pirkanmaa',
				name: { fi: 'Pirkanmaa', sv: 'Birkaland', en: 'Pirkanmaa' },
				municipalities: [
					m('Akaa'),
					m('Hämeenkyrö', 'Tavastkyro'),
					m('Ikaalinen', 'Ikalis'),
					m('Juupajoki'),
					m('Kangasala'),
					m('Kihniö'),
					m('Lempäälä'),
					m('Mänttä-Vilppula'),
					m('Nokia'),
					m('Orivesi'),
					m('Parkano'),
					m('Pirkkala', 'Birkala'),
					m('Punkalaidun'),
					m('Pälkäne'),
					m('Ruovesi'),
					m('Sastamala'),
					m('Tampere', 'Tammerfors'),
					m('Urjala'),
					m('Valkeakoski'),
					m('Vesilahti'),
					m('Virrat', 'Virdois'),
					m('Ylöjärvi')
				]
			},
			{
				id: 'kanta-hame',
				name: { fi: 'Kanta-Häme', sv: 'Egentliga Tavastland', en: 'Kanta-Häme' },
				municipalities: [
					m('Forssa'),
					m('Hattula'),
					m('Hausjärvi'),
					m('Humppila'),
					m('Hämeenlinna', 'Tavastehus'),
					m('Janakkala'),
					m('Jokioinen', 'Jockis'),
					m('Loppi'),
					m('Riihimäki'),
					m('Tammela'),
					m('Ypäjä')
				]
			},
			{
				id: 'etela-pohjanmaa',
				name: { fi: 'Etelä-Pohjanmaa', sv: 'Södra Österbotten', en: 'South Ostrobothnia' },
				municipalities: [
					m('Alajärvi'),
					m('Alavus', 'Alavo'),
					m('Evijärvi'),
					m('Ilmajoki', 'Ilmola'),
					m('Isojoki', 'Storå'),
					m('Isokyrö', 'Storkyro'),
					m('Karijoki', 'Bötom'),
					m('Kauhajoki'),
					m('Kauhava'),
					m('Kuortane'),
					m('Kurikka'),
					m('Lappajärvi'),
					m('Lapua', 'Lappo'),
					m('Seinäjoki'),
					m('Soini'),
					m('Teuva', 'Östermark'),
					m('Vimpeli', 'Vindala'),
					m('Ähtäri', 'Etseri')
				]
			}
		]
	},
	{
		id: 'pohjoinen',
		name: { fi: 'Pohjoinen OT', sv: 'Norra OT', en: 'Northern OT' },
		counties: [
			{
				id: 'pohjois-pohjanmaa',
				name: { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' },
				municipalities: [
					m('Alavieska'),
					m('Haapajärvi'),
					m('Haapavesi'),
					m('Hailuoto', 'Karlö'),
					m('Ii', 'Ijo'),
					m('Kalajoki'),
					m('Kempele'),
					m('Kuusamo'),
					m('Kärsämäki'),
					m('Liminka', 'Limingo'),
					m('Lumijoki'),
					m('Merijärvi'),
					m('Muhos'),
					m('Nivala'),
					m('Oulainen'),
					m('Oulu', 'Uleåborg'),
					m('Pudasjärvi'),
					m('Pyhäjoki'),
					m('Pyhäjärvi'),
					m('Pyhäntä'),
					m('Raahe', 'Brahestad'),
					m('Reisjärvi'),
					m('Sievi'),
					m('Siikajoki'),
					m('Siikalatva'),
					m('Taivalkoski'),
					m('Tyrnävä'),
					m('Utajärvi'),
					m('Vaala'),
					m('Ylivieska')
				]
			},
			{
				id: 'lappi',
				name: { fi: 'Lappi', sv: 'Lappland', en: 'Lapland' },
				municipalities: [
					m('Enontekiö', 'Enontekis'),
					m('Inari', 'Enare'),
					m('Kemi'),
					m('Kemijärvi'),
					m('Keminmaa'),
					m('Kittilä'),
					m('Kolari'),
					m('Muonio'),
					m('Pelkosenniemi'),
					m('Pello'),
					m('Posio'),
					m('Ranua'),
					m('Rovaniemi'),
					m('Salla'),
					m('Savukoski'),
					m('Simo'),
					m('Sodankylä'),
					m('Tervola'),
					m('Tornio', 'Torneå'),
					m('Utsjoki'),
					m('Ylitornio', 'Övertorneå')
				]
			},
			{
				id: 'kainuu',
				name: { fi: 'Kainuu', sv: 'Kajanaland', en: 'Kainuu' },
				municipalities: [
					m('Hyrynsalmi'),
					m('Kajaani', 'Kajana'),
					m('Kuhmo'),
					m('Paltamo'),
					m('Puolanka'),
					m('Ristijärvi'),
					m('Sotkamo'),
					m('Suomussalmi')
				]
			},
			{
				id: 'keski-pohjanmaa',
				name: { fi: 'Keski-Pohjanmaa', sv: 'Mellersta Österbotten', en: 'Central Ostrobothnia' },
				municipalities: [
					m('Halsua'),
					m('Kannus'),
					m('Kaustinen', 'Kaustby'),
					m('Kokkola', 'Karleby'),
					m('Lestijärvi'),
					m('Perho'),
					m('Toholampi'),
					m('Veteli', 'Vetil')
				]
			}
		]
	}
];

export interface Municipality {
	id: string;
	name: Localized;
	countyId: string;
}

export interface County {
	id: string;
	name: Localized;
	areaId: string;
	municipalityIds: string[];
}

export interface OtArea {
	id: string;
	name: Localized;
	countyIds: string[];
}

const localize = ({ fi, sv }: MunicipalitySource): Localized => ({ fi, sv: sv ?? fi, en: fi });

export const otAreas: OtArea[] = sources.map((area) => ({
	id: area.id,
	name: area.name,
	countyIds: area.counties.map((county) => county.id)
}));

export const counties: County[] = sources.flatMap((area) =>
	area.counties.map((county) => ({
		id: county.id,
		name: county.name,
		areaId: area.id,
		municipalityIds: county.municipalities.map((source) => slugify(source.fi))
	}))
);

export const municipalities: Municipality[] = sources.flatMap((area) =>
	area.counties.flatMap((county) =>
		county.municipalities.map((source) => ({
			id: slugify(source.fi),
			name: localize(source),
			countyId: county.id
		}))
	)
);

const countyById = new Map(counties.map((county) => [county.id, county]));
const municipalityById = new Map(municipalities.map((place) => [place.id, place]));
const areaById = new Map(otAreas.map((area) => [area.id, area]));

export const findCounty = (id: string) => countyById.get(id);
export const findMunicipality = (id: string) => municipalityById.get(id);
export const findOtArea = (id: string) => areaById.get(id);

export function countyName(id: string, locale: Locale): string {
	return countyById.get(id)?.name[locale] ?? id;
}

export function municipalityName(id: string, locale: Locale): string {
	return municipalityById.get(id)?.name[locale] ?? id;
}
