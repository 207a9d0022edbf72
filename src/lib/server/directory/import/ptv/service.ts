import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { locales } from '$lib/domain/locale';
import { Service, type ServiceChannel } from '$lib/domain/schemas/service';
import { shorten, type Issue } from '../hsds-fields';
import type { NewEntry } from '../types';
import { areasOf } from './areas';
import { distinctChannels } from './channels';
import type { PtvService } from './input';
import { firstOf, fitted, joined, textsOf } from './texts';

const NewService = Service.omit({ version: true, updatedAt: true });
const Uuid = z.uuid();
const IsoDay = z.iso.date();
/** Lähelle's namespace for ids derived from PTV ids (a fixed random UUID; never change it). */
const NAMESPACE = '3b0e6f52-8d4a-4c1e-b7f9-2a5d6c8e1f40';

/**
 * Our entry id for a PTV id: the PTV id itself (lower case), so that a re-import finds the same
 * entry and our HSDS export carries PTV's id. A GUID that is not an RFC 9562 UUID (which our
 * ids must be) gets one derived from it, the same every time.
 */
export const entryId = (ptvId: string) => {
	const id = ptvId.toLowerCase();
	return Uuid.safeParse(id).success ? id : uuidv5(`ptv:${id}`, NAMESPACE);
};

/** The fields PTV gives; an existing entry keeps its own value of every other field. */
export const ptvServiceFields = [
	'id',
	'name',
	'summary',
	'description',
	'cost',
	'costText',
	'channels',
	'countyIds',
	'municipalityIds',
	'languages',
	'providerId',
	'lastVerified'
] as const;

/** Our own fields, which PTV does not have: what a new service gets until an admin sets them. */
export const ownDefaults = {
	tier: 'basic',
	category: 'family-counselling',
	targetGroups: ['families'],
	access: 'self-referral',
	audience: 'public'
} as const;

/** Where each of our fields comes from in a PTV service, to name the field of a problem. */
export const ptvField: Record<string, string> = {
	id: 'id',
	name: 'serviceNames',
	summary: 'serviceDescriptions',
	description: 'serviceDescriptions',
	cost: 'serviceChargeType',
	costText: 'serviceDescriptions',
	channels: 'serviceChannels',
	countyIds: 'areas',
	municipalityIds: 'areas',
	languages: 'languages',
	providerId: 'organizations',
	lastVerified: 'modified'
};

const MAX_CHANNELS = 20;

/** What is stored of the service already (its id is the PTV id): what PTV may leave unsaid. */
export type StoredService = Pick<NewEntry<'services'>, 'cost' | 'lastVerified'>;

export interface ServiceContext {
	/** The service's place in the file, "services.2". */
	path: string;
	today: string;
	/** Our channels of each PTV channel in the file, by lower-case PTV id. */
	channels: ReadonlyMap<string, ServiceChannel[]>;
	/** Our organisation id for the service's responsible organisation's PTV id. */
	providerOf: (ptvId: string) => string;
	stored?: StoredService;
}

/** The responsible organisation's PTV id and the name the service gives it. */
export function responsibleOf(service: PtvService) {
	const roles = service.organizations ?? [];
	const item = (role: (typeof roles)[number] | undefined) =>
		role && { id: role.organization?.id ?? role.organizationId, name: role.organization?.name };
	const named =
		item(roles.find((role) => role.roleType === 'Responsible')) ??
		service.mainOrganization ??
		item(roles[0]);
	return named?.id ? { ptvId: named.id.toLowerCase(), name: (named.name ?? '').trim() } : undefined;
}

function costOf(service: PtvService, context: ServiceContext, notes: Issue[]) {
	const charge = service.serviceChargeType;
	if (charge === 'FreeOfCharge') return 'free';
	if (charge === 'Chargeable' || charge === 'Other') return 'fee';
	if (context.stored) return context.stored.cost;
	notes.push({
		field: `${context.path}.serviceChargeType`,
		message: 'PTV does not say whether the service is free: marked free; check it'
	});
	return 'free';
}

function languagesOf(service: PtvService, path: string, issues: Issue[], names: string[]) {
	const codes: string[] = [];
	(service.languages ?? []).forEach((language, index) => {
		const code = language.trim().toLowerCase();
		if (!/^[a-z]{2,3}$/.test(code)) {
			issues.push({ field: `${path}.languages.${index}`, message: 'not a language code' });
		} else if (!codes.includes(code)) codes.push(code);
	});
	return codes.length > 0 ? codes : names;
}

function channelsOfService(service: PtvService, context: ServiceContext, notes: Issue[]) {
	const all = (service.serviceChannels ?? []).flatMap((link, index) => {
		const channels = context.channels.get(link.serviceChannel.id.toLowerCase());
		if (!channels) {
			notes.push({
				field: `${context.path}.serviceChannels.${index}.serviceChannel.id`,
				message: 'the file has no channel with this id: its contacts are left out'
			});
		}
		return channels ?? [];
	});
	const channels = distinctChannels(all);
	if (channels.length > MAX_CHANNELS) {
		notes.push({
			field: `${context.path}.serviceChannels`,
			message: `only the first ${MAX_CHANNELS} of ${channels.length} contacts are kept`
		});
	}
	return channels.slice(0, MAX_CHANNELS);
}

/**
 * One PTV service as one of ours, with the problems that stop it and the notes for the admin.
 * Texts come in Finnish, Swedish and English (Finnish filled from the others when missing);
 * the summary is PTV's Summary, the description its Description and UserInstruction.
 */
export function toService(service: PtvService, context: ServiceContext) {
	const { path } = context;
	const issues: Issue[] = [];
	const notes: Issue[] = [];
	if (service.publishingStatus && service.publishingStatus !== 'Published') {
		issues.push({
			field: `${path}.publishingStatus`,
			message: 'only published services can be imported'
		});
	}
	const texts = service.serviceDescriptions;
	const name = fitted(
		firstOf(
			textsOf(service.serviceNames, 'Name'),
			textsOf(service.serviceNames, 'AlternativeName')
		),
		200
	);
	if (!name.fi) issues.push({ field: `${path}.serviceNames`, message: 'the service has no name' });
	// Each text falls back on the others: a missing Finnish one is filled from Swedish or
	// English (fitted), a missing summary is the description's start, and so on.
	const long = fitted(
		joined(textsOf(texts, 'Description'), textsOf(texts, 'UserInstruction')),
		5000
	);
	const summary = fitted(
		firstOf(fitted(textsOf(texts, 'Summary'), 500), fitted(long, 500), name),
		500
	);
	const description = firstOf(long, summary);
	const costText = shorten(textsOf(texts, 'ChargeTypeAdditionalInfo').fi, 300);
	const responsible = responsibleOf(service);
	if (!responsible) {
		issues.push({
			field: `${path}.organizations`,
			message: 'the service names no responsible organisation'
		});
	}
	const modified = service.modified?.slice(0, 10) ?? '';
	const candidate = {
		id: entryId(service.id),
		name,
		summary,
		description,
		cost: costOf(service, context, notes),
		...(costText ? { costText } : {}),
		channels: channelsOfService(service, context, notes),
		...areasOf(service, path, issues),
		languages: languagesOf(
			service,
			path,
			issues,
			locales.filter((locale) => textsOf(service.serviceNames, 'Name')[locale])
		),
		providerId: responsible ? context.providerOf(responsible.ptvId) : undefined,
		lastVerified: IsoDay.safeParse(modified).success
			? modified
			: (context.stored?.lastVerified ?? context.today),
		...ownDefaults,
		targetGroups: [...ownDefaults.targetGroups]
	};
	if (!context.stored) {
		notes.push({
			field: path,
			message:
				'a new service: tier, category, target groups and access are defaults ' +
				`(${ownDefaults.tier}, ${ownDefaults.category}, ${ownDefaults.targetGroups.join(', ')}, ` +
				`${ownDefaults.access}); set them in the directory`
		});
	}
	const parsed = NewService.safeParse(candidate);
	if (!parsed.success && issues.length === 0) {
		for (const issue of parsed.error.issues) {
			const field = ptvField[String(issue.path[0])] ?? issue.path.join('.');
			issues.push({ field: `${path}.${field}`, message: issue.message });
		}
	}
	return { entry: parsed.success && issues.length === 0 ? parsed.data : undefined, issues, notes };
}
