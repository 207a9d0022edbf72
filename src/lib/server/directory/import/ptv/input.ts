import { z } from 'zod';

/*
 * The part of the national Service Catalogue's open API (Suomi.fi Palvelutietovaranto, PTV,
 * https://api.palvelutietovaranto.suomi.fi/api/v11) that the import reads. The shapes follow
 * PTV's published OpenAPI description of v11 (swagger at /swagger/v11/swagger.json; the same
 * models are in the clients generated from it, e.g. github.com/Tampere/ptv-php-client-v11,
 * docs/Model): V11VmOpenApiService, V11VmOpenApi{Phone,WebPage,Electronic,ServiceLocation}Channel,
 * V10VmOpenApiOrganization and the items they nest (VmOpenApiLocalizedListItem,
 * VmOpenApiLanguageItem, VmOpenApiArea, VmOpenApiMunicipality, V4VmOpenApiPhoneWithType,
 * V9VmOpenApiWebPage, V9VmOpenApiAddressLocation, V11VmOpenApiServiceHour). Only what we map
 * is named; every other field is let through unread (looseObject), so a newer PTV answer with
 * more fields still imports. PTV leaves out or nulls what is not set, hence `nullish`.
 */

const Text = z.string().nullish();
const List = <T extends z.ZodType>(item: T) => z.array(item).nullish();

/** PTV ids are GUIDs ("Guid should contain 32 digits with 4 dashes", PTV's own message). */
export const PtvId = z
	.string()
	.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not a PTV id (GUID)');

/** VmOpenApiLocalizedListItem: a text of a `type` (Name, Summary, Description …) in a language. */
const LocalizedItem = z.looseObject({ type: z.string(), language: z.string(), value: z.string() });
/** VmOpenApiLanguageItem: a text in a language. */
const LanguageItem = z.looseObject({ language: z.string(), value: z.string() });
const Municipality = z.looseObject({ code: z.string(), name: List(LanguageItem) });

/** VmOpenApiArea: Municipality (its code), or Region, BusinessSubRegion, HospitalDistrict. */
const Area = z.looseObject({
	type: z.string(),
	code: Text,
	municipalities: List(Municipality)
});

const OpeningTime = z.looseObject({ dayFrom: Text, dayTo: Text, from: Text, to: Text });
/** V11VmOpenApiServiceHour: DaysOfTheWeek, Exceptional or OverMidnight. */
const ServiceHour = z.looseObject({
	serviceHourType: z.string(),
	validTo: Text,
	isClosed: z.boolean().nullish(),
	isAlwaysOpen: z.boolean().nullish(),
	isReservation: z.boolean().nullish(),
	additionalInformation: List(LanguageItem),
	openingHour: List(OpeningTime)
});

/** V4VmOpenApiPhoneWithType: `type` Phone, Sms or Fax; `prefixNumber` such as +358. */
const PhoneNumber = z.looseObject({
	number: z.string(),
	prefixNumber: Text,
	isFinnishServiceNumber: z.boolean().nullish(),
	language: Text,
	type: Text
});
const WebPage = z.looseObject({ url: z.string(), value: Text, language: Text });
const StreetAddress = z.looseObject({
	street: List(LanguageItem),
	streetNumber: Text,
	postalCode: Text,
	postOffice: List(LanguageItem)
});
/** V9VmOpenApiAddressLocation: `type` Location (visiting) or Postal. */
const Address = z.looseObject({ type: Text, streetAddress: StreetAddress.nullish() });

export const channelTypes = [
	'Phone',
	'WebPage',
	'EChannel',
	'ServiceLocation',
	'PrintableForm'
] as const;

/** A service channel of any type, told apart by `serviceChannelType`. */
export const PtvChannel = z.looseObject({
	id: PtvId,
	serviceChannelType: z.enum(channelTypes),
	serviceChannelNames: List(LocalizedItem),
	phoneNumbers: List(PhoneNumber),
	webPages: List(WebPage),
	supportEmails: List(LanguageItem),
	addresses: List(Address),
	serviceHours: List(ServiceHour)
});
export type PtvChannel = z.infer<typeof PtvChannel>;

/** V6VmOpenApiServiceOrganization: `roleType` Responsible, Producer or OtherResponsible. */
const ServiceOrganization = z.looseObject({
	roleType: Text,
	organizationId: PtvId.nullish(),
	organization: z.looseObject({ id: PtvId, name: Text }).nullish()
});

export const PtvService = z.looseObject({
	id: PtvId,
	serviceNames: z.array(LocalizedItem).min(1),
	serviceDescriptions: List(LocalizedItem),
	serviceChargeType: Text,
	areaType: Text,
	areas: List(Area),
	languages: List(z.string()),
	serviceChannels: List(z.looseObject({ serviceChannel: z.looseObject({ id: PtvId }) })),
	organizations: List(ServiceOrganization),
	mainOrganization: z.looseObject({ id: PtvId, name: Text }).nullish(),
	publishingStatus: Text,
	modified: Text
});
export type PtvService = z.infer<typeof PtvService>;

/** V10VmOpenApiOrganization: `organizationType` State, Municipality, Region, Company … */
export const PtvOrganization = z.looseObject({
	id: PtvId,
	organizationType: Text,
	organizationNames: List(LocalizedItem)
});
export type PtvOrganization = z.infer<typeof PtvOrganization>;

/**
 * The file: the services, the channels they link to and (optionally) their organisations, as
 * `npm run fetch:ptv` saves them from /Service/list/organization, /ServiceChannel/list and
 * /Organization/list. Each item is checked on its own (file.ts), so that one bad item does not
 * hide the problems of the others.
 */
export const PtvFileShape = z.looseObject({
	services: z.array(z.unknown()),
	channels: z.array(z.unknown()).default([]),
	organizations: z.array(z.unknown()).default([])
});
export const ptvItemSchemas = {
	services: PtvService,
	channels: PtvChannel,
	organizations: PtvOrganization
} as const;

export type LocalizedItem = z.infer<typeof LocalizedItem>;
export type LanguageItem = z.infer<typeof LanguageItem>;
export type ServiceHour = z.infer<typeof ServiceHour>;
