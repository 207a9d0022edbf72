import { v7 as uuidv7 } from 'uuid';
import { findCounty, municipalityName } from '$lib/domain/areas';
import type { ExpertRole } from '$lib/domain/directory-codes';
import type { DirectoryEntry, DirectoryKind } from '$lib/domain/schemas/directory';
import { demoExperts } from './experts';
import { serviceTemplates } from './services';

/** The pilot counties (Sisä-Suomi OT), where the demo directory is full. */
export const pilotCounties = ['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa'] as const;

/**
 * One county in each other OT area, with a few experts and the county's services, so a
 * newcomer sees the national shape (and the family finder answers there from the county).
 */
export const nationwideCounties = [
	'helsingin-kaupunki',
	'varsinais-suomi',
	'pohjois-savo',
	'pohjois-pohjanmaa'
] as const;

const organisationNames: Record<string, string> = {
	pirkanmaa: 'Pirkanmaan hyvinvointialue (demo)',
	'kanta-hame': 'Kanta-Hämeen hyvinvointialue (demo)',
	'etela-pohjanmaa': 'Etelä-Pohjanmaan hyvinvointialue (demo)',
	'helsingin-kaupunki': 'Helsingin kaupunki (demo)',
	'varsinais-suomi': 'Varsinais-Suomen hyvinvointialue (demo)',
	'pohjois-savo': 'Pohjois-Savon hyvinvointialue (demo)',
	'pohjois-pohjanmaa': 'Pohjois-Pohjanmaan hyvinvointialue (demo)'
};

type New<K extends DirectoryKind> = Omit<DirectoryEntry<K>, 'version' | 'updatedAt'>;

export interface GeneratedDirectory {
	organisations: New<'organisations'>[];
	units: New<'units'>[];
	experts: New<'experts'>[];
	groups: New<'groups'>[];
	services: New<'services'>[];
}

export interface DirectorySize {
	experts: number;
	services: number;
	groups: number;
	units: number;
}

/** The demo directory's size (issue: about 80 experts, 10 groups, 5 units, 60 services). */
export const demoDirectorySize: DirectorySize = { experts: 80, services: 60, groups: 10, units: 5 };

/** The nationwide addition: two experts and every service template in each of its counties. */
export const nationwideDemoSize: DirectorySize = { experts: 8, services: 52, groups: 0, units: 0 };

export interface DirectoryPlan {
	counties: readonly string[];
	/** Whether to add the nationwide NGO, or the id of one already stored. */
	ngoId?: string;
	/** Regional services name their county only, not each of its municipalities. */
	countyWide?: boolean;
}

const daysAgo = (today: Date, days: number) =>
	new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * A fictional directory of the given size over the given counties (the pilot counties unless
 * told), the same content every time (only ids and dates differ). Used for the demo data and
 * for benchmark sets.
 */
export function generateDirectory(
	size: DirectorySize,
	today = new Date(),
	plan: DirectoryPlan = { counties: pilotCounties }
): GeneratedDirectory {
	const { counties } = plan;
	const countyOrgs = counties.map((countyId) => ({
		id: uuidv7(),
		name: organisationNames[countyId] ?? `${findCounty(countyId)!.name.fi} (demo)`,
		type: 'public' as const,
		countyId,
		lastVerified: daysAgo(today, 30)
	}));
	const ngo = {
		id: plan.ngoId ?? uuidv7(),
		name: 'Erotuki ry (demo)',
		type: 'ngo' as const,
		lastVerified: daysAgo(today, 90)
	};
	const organisations = plan.ngoId ? countyOrgs : [...countyOrgs, ngo];
	const orgOf = (countyId: string) => countyOrgs.find((org) => org.countyId === countyId)!;

	const experts: New<'experts'>[] = demoExperts(size.experts, counties).map((person, index) => {
		const roles: ExpertRole[] = [];
		if (person.title === 'OT-koordinaattori') roles.push('ot-coordinator');
		else if (person.organisation === 'Jalkautuva työpari') roles.push('mobile-pair');
		else roles.push(index % 4 === 0 ? 'ot-contact' : 'group-member', 'consulting-expert');
		return {
			id: uuidv7(),
			name: person.name,
			title: person.title,
			organisation: person.organisation,
			organisationId: orgOf(person.countyId).id,
			countyId: person.countyId,
			roles,
			expertise: person.expertise,
			languages: person.languages,
			phone: person.phone,
			email: person.email,
			availability: person.availability,
			duty: [],
			// Every seventh entry was last checked over a year ago and shows the badge.
			lastVerified: daysAgo(today, index % 7 === 0 ? 400 : (index * 11) % 300)
		};
	});
	// The rota of each county: its coordinators share the office hours of the week (one alone
	// takes them all); evenings and weekends nobody, so the OT area's and then the settings
	// number answer (domain/duty.ts).
	for (const countyId of counties) {
		const coordinators = experts.filter(
			(expert) => expert.countyId === countyId && expert.roles.includes('ot-coordinator')
		);
		const weekdays = [1, 2, 3, 4, 5];
		const share = Math.ceil(weekdays.length / Math.max(1, coordinators.length));
		coordinators.forEach((coordinator, index) => {
			coordinator.duty = weekdays
				.slice(index * share, (index + 1) * share)
				.map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));
		});
	}

	const groupTopics = [
		{
			name: 'Vaativien erotilanteiden asiantuntijaryhmä',
			topics: ['child-psychiatry', 'law', 'violence']
		},
		{ name: 'Nepsy-osaamistiimi', topics: ['neuropsychiatry', 'neurodevelopmental'] },
		{
			name: 'Lastensuojelun erityiskysymysten ryhmä',
			topics: ['child-protection', 'substitute-care']
		},
		{
			name: 'Monikulttuuristen perheiden asiantuntijaryhmä',
			topics: ['culture-immigration', 'law']
		}
	] as const;
	const groups: New<'groups'>[] = Array.from({ length: size.groups }, (_, index) => {
		const countyId = counties[index % counties.length]!;
		const topic = groupTopics[Math.floor(index / counties.length) % groupTopics.length]!;
		const local = experts.filter((expert) => expert.countyId === countyId);
		const members = local.filter((expert) => expert.roles.includes('group-member')).slice(0, 7);
		const pair = local.filter((expert) => expert.roles.includes('mobile-pair')).slice(0, 2);
		return {
			id: uuidv7(),
			name: `${topic.name} – ${findCounty(countyId)!.name.fi}`,
			countyId,
			topics: [...topic.topics],
			memberIds: members.map((expert) => expert.id),
			mobilePairIds: pair.map((expert) => expert.id),
			meeting: {
				weekday: 2 + (index % 3),
				everyWeeks: 2,
				anchor: '2026-01-06',
				start: '13:00',
				end: '15:00'
			},
			remoteLink: `https://meet.example.fi/ryhma-${index + 1}`,
			lastVerified: daysAgo(today, (index * 37) % 420)
		};
	});

	const unitNames = [
		'Lasten oikeuspsykiatrian yksikkö',
		'EVA-yksikkö',
		'Nuorten kriisiyksikkö',
		'Perheterapiayksikkö',
		'Vaativan kuntoutuksen yksikkö'
	];
	const units: New<'units'>[] = Array.from({ length: size.units }, (_, index) => {
		const countyId = counties[index % counties.length]!;
		const name = unitNames[index % unitNames.length]!;
		return {
			id: uuidv7(),
			name: `${name} (${findCounty(countyId)!.name.fi})`,
			organisationId: orgOf(countyId).id,
			countyId,
			description: {
				fi: `${name} tekee vaativaa työtä lasten ja perheiden kanssa ja konsultoi ammattilaisia.`,
				sv: '',
				en: ''
			},
			phone: `040 000 ${String(5000 + index).padStart(4, '0')}`,
			lastVerified: daysAgo(today, index * 60)
		};
	});

	const services: New<'services'>[] = Array.from({ length: size.services }, (_, index) => {
		const template = serviceTemplates[index % serviceTemplates.length]!;
		const countyId = counties[Math.floor(index / serviceTemplates.length) % counties.length]!;
		const county = findCounty(countyId)!;
		const municipalityId = county.municipalityIds[index % county.municipalityIds.length]!;
		const place = municipalityName(municipalityId, 'fi');
		const provider =
			template.category === 'helpline' || template.category === 'peer-group'
				? ngo
				: orgOf(countyId);
		const phone = `040 000 ${String(2000 + index).padStart(4, '0')}`;
		return {
			id: uuidv7(),
			name: {
				fi: `${template.name.fi} – ${place}`,
				sv: `${template.name.sv} – ${municipalityName(municipalityId, 'sv')}`,
				en: `${template.name.en} – ${place}`
			},
			summary: template.summary,
			description: template.description,
			tier: template.tier,
			category: template.category,
			targetGroups: [...template.targetGroups],
			access: template.access,
			cost: template.cost,
			channels: template.channels.map((type) => ({
				type,
				value:
					type === 'phone'
						? phone
						: type === 'address'
							? `Palvelutie ${index + 1}, ${place}`
							: `https://palvelut.example.fi/${index + 1}`,
				hours: type === 'phone' || type === 'chat' ? template.hours : undefined
			})),
			openingHours: template.hours,
			countyIds: [countyId],
			// Regional services cover the whole county; local ones their own municipality.
			municipalityIds:
				template.tier === 'basic'
					? [municipalityId]
					: plan.countyWide
						? []
						: [...county.municipalityIds],
			languages: index % 4 === 0 ? ['fi', 'sv', 'en'] : ['fi'],
			providerId: provider.id,
			audience: template.audience,
			lastVerified: daysAgo(today, (index * 23) % 430)
		};
	});

	return { organisations, units, experts, groups, services };
}
