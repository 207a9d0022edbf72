// Directory entries for unit and component tests: valid by the schemas, fields overridable.
import { v7 as uuidv7 } from 'uuid';
import type { MatchConsultation } from '$lib/domain/match-scoring';
import type { Expert } from '$lib/domain/schemas/expert';
import type { ExpertGroup } from '$lib/domain/schemas/expert-group';
import type { Organisation } from '$lib/domain/schemas/organisation';
import type { Service } from '$lib/domain/schemas/service';
import type { Unit } from '$lib/domain/schemas/unit';

const meta = () => ({
	id: uuidv7(),
	lastVerified: '2026-03-01',
	version: 1,
	updatedAt: '2026-03-01T10:00:00.000Z'
});

export function anOrganisation(fields: Partial<Organisation> = {}): Organisation {
	return {
		...meta(),
		name: 'Pirkanmaan hyvinvointialue',
		type: 'public',
		countyId: 'pirkanmaa',
		...fields
	};
}

export function anExpert(fields: Partial<Expert> = {}): Expert {
	return {
		...meta(),
		name: 'Aino Korhonen',
		title: 'Lastenpsykiatri',
		organisation: 'Lastenpsykiatrian poliklinikka',
		countyId: 'pirkanmaa',
		roles: ['consulting-expert'],
		expertise: ['child-psychiatry'],
		languages: ['fi'],
		phone: '040 000 1001',
		email: 'aino.korhonen@example.fi',
		duty: [],
		...fields
	};
}

export function aGroup(fields: Partial<ExpertGroup> = {}): ExpertGroup {
	return {
		...meta(),
		name: 'Vaativien erotilanteiden asiantuntijaryhmä',
		countyId: 'pirkanmaa',
		topics: ['child-psychiatry', 'law'],
		memberIds: [],
		mobilePairIds: [],
		meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-01-06', start: '13:00', end: '15:00' },
		remoteLink: 'https://meet.example.fi/ryhma-1',
		...fields
	};
}

export function aUnit(organisationId: string, fields: Partial<Unit> = {}): Unit {
	return {
		...meta(),
		name: 'Lasten oikeuspsykiatrian yksikkö',
		organisationId,
		countyId: 'pirkanmaa',
		description: { fi: 'Tutkii lapsiin kohdistuneita rikosepäilyjä.', sv: '', en: '' },
		phone: '040 000 5000',
		...fields
	};
}

export function aService(providerId: string, fields: Partial<Service> = {}): Service {
	return {
		...meta(),
		name: { fi: 'Perheasioiden sovittelu', sv: 'Familjemedling', en: 'Family mediation' },
		summary: {
			fi: 'Puolueeton sovittelija auttaa vanhempia erotilanteessa.',
			sv: 'En opartisk medlare hjälper föräldrar vid separation.',
			en: 'An impartial mediator helps parents during a separation.'
		},
		description: { fi: 'Sovittelu on maksutonta.', sv: '', en: '' },
		tier: 'basic',
		category: 'family-mediation',
		targetGroups: ['parents'],
		access: 'self-referral',
		cost: 'free',
		channels: [{ type: 'phone', value: '040 000 2000', hours: 'ma–pe 9–12' }],
		openingHours: 'ma–pe 9–12',
		countyIds: ['pirkanmaa'],
		municipalityIds: ['837'],
		languages: ['fi'],
		providerId,
		audience: 'public',
		...fields
	};
}

/** A consultation case as expert matching reads it: a demanding separation in Pirkanmaa. */
export function aMatchConsultation(fields: Partial<MatchConsultation> = {}): MatchConsultation {
	return {
		countyId: 'pirkanmaa',
		themes: ['demanding-separation'],
		preferredExpertise: [],
		preferredExpertIds: [],
		preferredGroupIds: [],
		assigneeIds: [],
		groupId: null,
		...fields
	};
}
