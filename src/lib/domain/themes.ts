import { defineTaxonomy, type CodeOf } from './taxonomy';

/** Situation themes counted by the pilot; a contact usually has several. */
export const situationThemes = defineTaxonomy([
	{
		code: 'violence-against-children',
		label: {
			fi: 'Lapsiin kohdistuva väkivalta',
			sv: 'Våld mot barn',
			en: 'Violence against children'
		}
	},
	{
		code: 'substitute-care',
		label: {
			fi: 'Sijaishuollon erityiskysymykset',
			sv: 'Särskilda frågor inom vård utom hemmet',
			en: 'Special issues of substitute care'
		}
	},
	{
		code: 'demanding-separation',
		label: {
			fi: 'Vaativat erot / huoltoriidat',
			sv: 'Krävande separationer / vårdnadstvister',
			en: 'Demanding separations / custody disputes'
		}
	},
	{
		code: 'neurodevelopmental',
		label: {
			fi: 'Vaativat nepsy-asiat',
			sv: 'Krävande neuropsykiatriska frågor',
			en: 'Complex neurodevelopmental issues'
		}
	},
	{
		code: 'rare-diseases',
		label: { fi: 'Harvinaissairaudet', sv: 'Sällsynta sjukdomar', en: 'Rare diseases' }
	},
	{
		code: 'immigration',
		label: {
			fi: 'Maahanmuuttajuuden erityiskysymykset',
			sv: 'Särskilda frågor kring invandring',
			en: 'Immigration-specific issues'
		}
	}
]);
export type SituationTheme = CodeOf<typeof situationThemes>;

/** The client groups of demanding separations named by the regional plans. */
export const separationClientGroups = defineTaxonomy([
	{
		code: 'psychiatric-symptoms-custody-dispute',
		label: {
			fi: 'Lapsen psykiatrinen oireilu, jonka taustalla huoltoriita',
			sv: 'Barnets psykiatriska symtom med en vårdnadstvist i bakgrunden',
			en: "Child's psychiatric symptoms rooted in a custody dispute"
		}
	},
	{
		code: 'stalking-violence',
		label: {
			fi: 'Vainoaminen, väkivalta tai sen uhka',
			sv: 'Förföljelse, våld eller hot om våld',
			en: 'Stalking, violence or threat of violence'
		}
	},
	{
		code: 'service-refusal',
		label: {
			fi: 'Palveluista kieltäytyminen, kun ero vaarantaa lapsen',
			sv: 'Vägran att ta emot tjänster när separationen äventyrar barnet',
			en: 'Refusal of services when the separation endangers the child'
		}
	},
	{
		code: 'criminal-complaints',
		label: {
			fi: 'Seksuaalirikostutkinnat ja muut rikosilmoitukset vanhempien välillä',
			sv: 'Sexualbrottsutredningar och andra brottsanmälningar mellan föräldrarna',
			en: 'Sexual-offence investigations and other criminal complaints between parents'
		}
	},
	{
		code: 'child-fears-parent',
		label: {
			fi: 'Lapsi pelkää vanhempaa',
			sv: 'Barnet är rädd för en förälder',
			en: 'A child who fears a parent'
		}
	},
	{
		code: 'repeated-court-cases',
		label: {
			fi: 'Toistuvat oikeudenkäynnit',
			sv: 'Upprepade rättegångar',
			en: 'Repeated court cases'
		}
	},
	{
		code: 'cultural-traditions',
		label: {
			fi: 'Kulttuuriset perinteet, jotka uhkaavat lapsen oikeuksia eron jälkeen',
			sv: 'Kulturella traditioner som hotar barnets rättigheter efter separationen',
			en: "Cultural traditions that threaten the child's rights after separation"
		}
	},
	{
		code: 'alienation',
		label: {
			fi: 'Vieraannuttaminen ja vanhemmastaan vieraantuneet lapset',
			sv: 'Alienation och barn som förlorat kontakten med en förälder',
			en: 'Alienation, including children who lost contact with a parent'
		}
	},
	{
		code: 'parent-psychiatric-problems',
		label: {
			fi: 'Vanhempien psykiatriset tai neuropsykiatriset ongelmat ja huoltoriita',
			sv: 'Föräldrarnas psykiatriska eller neuropsykiatriska problem och vårdnadstvist',
			en: "Parents' psychiatric or neuropsychiatric problems with a custody dispute"
		}
	},
	{
		code: 'abduction-threat',
		label: {
			fi: 'Lapsikaappauksen uhka',
			sv: 'Hot om bortförande av barn',
			en: 'Threat of child abduction'
		}
	},
	{
		code: 'blended-family',
		label: {
			fi: 'Vaativat uusperhetilanteet',
			sv: 'Krävande situationer i ombildade familjer',
			en: 'Demanding blended-family situations'
		}
	}
]);
export type SeparationClientGroup = CodeOf<typeof separationClientGroups>;
