import type { Locale } from './locale';
import { defineTaxonomy, type CodeOf } from './taxonomy';

/** Who contacted the coordinator: the pilot's list first, then the extensions. */
export const sourceTypes = defineTaxonomy([
	{
		code: 'family-social-work',
		label: {
			fi: 'Lapsiperheiden sosiaalityö',
			sv: 'Socialt arbete för barnfamiljer',
			en: 'Family social work'
		}
	},
	{
		code: 'child-protection',
		label: { fi: 'Lastensuojelu', sv: 'Barnskydd', en: 'Child protection' }
	},
	{
		code: 'child-psychiatry',
		label: { fi: 'Lastenpsykiatria', sv: 'Barnpsykiatri', en: 'Child psychiatry' }
	},
	{ code: 'family-centre', label: { fi: 'Perhekeskus', sv: 'Familjecenter', en: 'Family centre' } },
	{
		code: 'family-counselling',
		label: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling clinic' }
	},
	{
		code: 'vip-network',
		label: {
			fi: 'VIP-verkosto',
			sv: 'VIP-nätverket',
			en: 'VIP network (demanding special needs in education)'
		}
	},
	{
		code: 'shelter',
		label: {
			fi: 'Ensi- ja turvakoti',
			sv: 'Mödra- och skyddshem',
			en: 'Mother-and-child home and shelter'
		}
	},
	{ code: 'school', label: { fi: 'Koulu', sv: 'Skola', en: 'School' } },
	{
		code: 'early-education',
		label: {
			fi: 'Varhaiskasvatus',
			sv: 'Småbarnspedagogik',
			en: 'Early childhood education'
		}
	},
	{
		code: 'disability-services',
		label: { fi: 'Vammaispalvelut', sv: 'Funktionshinderservice', en: 'Disability services' }
	},
	{ code: 'police', label: { fi: 'Poliisi', sv: 'Polisen', en: 'Police' } },
	{ code: 'ngo', label: { fi: 'Järjestö', sv: 'Organisation', en: 'NGO' } },
	{ code: 'other', label: { fi: 'Muu', sv: 'Annan', en: 'Other' } }
]);
export type SourceType = CodeOf<typeof sourceTypes>;

/**
 * A requester's organisation as the reader's language names it. The desk writes the caller's
 * source as its label in the coordinator's language ("Lastensuojelu"); a text that is such a
 * label (or a code) in any language is shown in `locale`, anything typed by hand stays as it is.
 */
export function organisationIn(text: string, locale: Locale): string {
	const wanted = text.trim().toLocaleLowerCase('fi');
	const item = sourceTypes.items.find(
		(candidate) =>
			candidate.code === wanted ||
			Object.values(candidate.label).some((label) => label.toLocaleLowerCase('fi') === wanted)
	);
	return item ? item.label[locale] : text;
}
