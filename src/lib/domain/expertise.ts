import { defineTaxonomy, type CodeOf } from './taxonomy';

/** Expertise areas of the expert bank; the separation expert group's disciplines first. */
export const expertiseAreas = defineTaxonomy([
	{
		code: 'child-psychiatry',
		label: { fi: 'Lastenpsykiatria', sv: 'Barnpsykiatri', en: 'Child psychiatry' }
	},
	{
		code: 'adolescent-psychiatry',
		label: { fi: 'Nuorisopsykiatria', sv: 'Ungdomspsykiatri', en: 'Adolescent psychiatry' }
	},
	{
		code: 'adult-psychiatry',
		label: { fi: 'Aikuispsykiatria', sv: 'Vuxenpsykiatri', en: 'Adult psychiatry' }
	},
	{
		code: 'neuropsychiatry',
		label: { fi: 'Neuropsykiatria', sv: 'Neuropsykiatri', en: 'Neuropsychiatry' }
	},
	{
		code: 'forensic-psychiatry',
		label: { fi: 'Oikeuspsykiatria', sv: 'Rättspsykiatri', en: 'Forensic psychiatry' }
	},
	{ code: 'law', label: { fi: 'Juridiikka', sv: 'Juridik', en: 'Law' } },
	{
		code: 'district-court',
		label: {
			fi: 'Käräjäoikeuden asiantuntemus',
			sv: 'Tingsrättens sakkunskap',
			en: 'District-court expertise'
		}
	},
	{ code: 'police', label: { fi: 'Poliisi', sv: 'Polis', en: 'Police' } },
	{
		code: 'child-protection',
		label: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' }
	},
	{
		code: 'violence',
		label: { fi: 'Väkivaltatyö', sv: 'Arbete mot våld', en: 'Violence work' }
	},
	{
		code: 'culture-immigration',
		label: {
			fi: 'Kulttuuri ja maahanmuutto',
			sv: 'Kultur och invandring',
			en: 'Culture and immigration'
		}
	},
	{
		code: 'family-mediation',
		label: { fi: 'Perheasioiden sovittelu', sv: 'Familjemedling', en: 'Family mediation' }
	},
	{
		code: 'neurodevelopmental',
		label: {
			fi: 'Nepsy-kuntoutus',
			sv: 'Neuropsykiatrisk rehabilitering',
			en: 'Neurodevelopmental rehabilitation'
		}
	},
	{
		code: 'rare-diseases',
		label: { fi: 'Harvinaissairaudet', sv: 'Sällsynta sjukdomar', en: 'Rare diseases' }
	},
	{
		code: 'substitute-care',
		label: { fi: 'Sijaishuolto', sv: 'Vård utom hemmet', en: 'Substitute care' }
	},
	{
		code: 'disability',
		label: { fi: 'Vammaisuus', sv: 'Funktionsnedsättning', en: 'Disability' }
	},
	{
		code: 'substance-abuse',
		label: { fi: 'Päihdetyö', sv: 'Missbruksvård', en: 'Substance abuse work' }
	}
]);
export type ExpertiseArea = CodeOf<typeof expertiseAreas>;
