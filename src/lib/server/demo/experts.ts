import type { ExpertiseArea } from '$lib/domain/expertise';
import { foldText } from '$lib/domain/fold';

/**
 * Fictional demo people. Names are combined from common Finnish names, phones are in the
 * 040 000 0xxx range and e-mails on example.fi, so nothing points at a real person.
 */
const firstNames = [
	'Aino',
	'Mikko',
	'Elina',
	'Juha',
	'Kaisa',
	'Tuomas',
	'Riikka',
	'Pekka',
	'Anu',
	'Ville',
	'Laura',
	'Katja',
	'Antti',
	'Petra',
	'Oskari',
	'Sami',
	'Veera',
	'Lauri',
	'Emilia',
	'Ilkka',
	'Henna',
	'Jussi',
	'Markus',
	'Iida'
];
const surnames = [
	'Korhonen',
	'Mäkinen',
	'Nieminen',
	'Hämäläinen',
	'Laine',
	'Heikkinen',
	'Koskinen',
	'Järvinen',
	'Lehtonen',
	'Saarinen',
	'Salminen',
	'Heinonen',
	'Kinnunen',
	'Turunen',
	'Laaksonen'
];

interface Role {
	title: string;
	organisation: string;
	expertise: ExpertiseArea[];
}

const roles: Role[] = [
	{
		title: 'OT-koordinaattori',
		organisation: 'OT-keskus',
		expertise: ['child-protection', 'family-mediation']
	},
	{
		title: 'Lastenpsykiatri',
		organisation: 'Lastenpsykiatrian poliklinikka',
		expertise: ['child-psychiatry', 'neuropsychiatry']
	},
	{
		title: 'Aikuispsykiatri',
		organisation: 'Psykiatrian poliklinikka',
		expertise: ['adult-psychiatry']
	},
	{
		title: 'Oikeuspsykiatri',
		organisation: 'Lasten oikeuspsykiatrian yksikkö',
		expertise: ['forensic-psychiatry', 'child-psychiatry']
	},
	{
		title: 'Lakimies',
		organisation: 'Hyvinvointialueen lakipalvelut',
		expertise: ['law', 'district-court']
	},
	{ title: 'Rikoskomisario', organisation: 'Poliisilaitos', expertise: ['police', 'violence'] },
	{
		title: 'Sosiaalityöntekijä',
		organisation: 'Jalkautuva työpari',
		expertise: ['child-protection', 'substitute-care']
	},
	{
		title: 'Sosiaaliohjaaja',
		organisation: 'Jalkautuva työpari',
		expertise: ['child-protection', 'violence']
	},
	{
		title: 'Väkivaltatyön asiantuntija',
		organisation: 'Ensi- ja turvakoti',
		expertise: ['violence', 'family-mediation']
	},
	{
		title: 'Kulttuuriasiantuntija',
		organisation: 'Monikulttuurinen perhetyö',
		expertise: ['culture-immigration']
	},
	{
		title: 'Neuropsykologi',
		organisation: 'Perheneuvola',
		expertise: ['neuropsychiatry', 'neurodevelopmental']
	},
	{
		title: 'Perhesovittelija',
		organisation: 'Perheoikeudelliset palvelut',
		expertise: ['family-mediation', 'law']
	}
];

export interface DemoExpert {
	name: string;
	title: string;
	organisation: string;
	countyId: string;
	expertise: ExpertiseArea[];
	languages: string[];
	phone: string;
	email: string;
	availability: string;
}

/** `count` fictional experts, spread over the counties and roles, always the same set. */
export function demoExperts(count: number, counties: readonly string[]): DemoExpert[] {
	return Array.from({ length: count }, (_, index) => {
		const first = firstNames[index % firstNames.length]!;
		const last = surnames[(index * 7) % surnames.length]!;
		const role = roles[index % roles.length]!;
		const countyId = counties[index % counties.length]!;
		return {
			name: `${first} ${last}`,
			title: role.title,
			organisation: role.organisation,
			countyId,
			expertise: role.expertise,
			languages: index % 5 === 0 ? ['fi', 'sv', 'en'] : index % 3 === 0 ? ['fi', 'en'] : ['fi'],
			phone: `040 000 ${String(1000 + index).padStart(4, '0')}`,
			email: `${foldText(first)}.${foldText(last)}@example.fi`,
			availability: index % 2 === 0 ? 'Konsultaatiot ti 13–15' : 'Konsultaatiot to 9–11'
		};
	});
}
