import { z } from 'zod';
import { accessModes, channelTypes, serviceCategories, targetGroups } from '../directory-codes';
import { serviceTiers } from '../tiers';
import { CountyId, MunicipalityId } from './area-ids';
import { WEB_ADDRESS_MESSAGE, isWebAddress } from '../links';
import { EntryMeta, LanguageCode, LocalizedText } from './common';

/** Channels whose value is a link to open: only a web address (links.ts), never `javascript:`. */
export const LINK_CHANNELS: readonly string[] = ['web', 'chat', 'e-service'];

export const ServiceChannel = z
	.object({
		type: z.enum(channelTypes.codes),
		value: z.string().trim().min(1).max(300),
		hours: z.string().max(200).optional()
	})
	.refine((channel) => !LINK_CHANNELS.includes(channel.type) || isWebAddress(channel.value), {
		message: WEB_ADDRESS_MESSAGE,
		path: ['value']
	});
export type ServiceChannel = z.infer<typeof ServiceChannel>;

/** A service description (palvelukuvaus), in Finnish, Swedish and English. */
export const Service = z.object({
	...EntryMeta,
	name: LocalizedText(200),
	summary: LocalizedText(500),
	description: LocalizedText(5000),
	tier: z.enum(serviceTiers.codes),
	category: z.enum(serviceCategories.codes),
	targetGroups: z.array(z.enum(targetGroups.codes)).min(1),
	access: z.enum(accessModes.codes),
	cost: z.enum(['free', 'fee']),
	costText: z.string().max(300).optional(),
	channels: z.array(ServiceChannel).max(20),
	openingHours: z.string().max(300).optional(),
	countyIds: z.array(CountyId).max(30),
	municipalityIds: z.array(MunicipalityId).max(400),
	languages: z.array(LanguageCode).min(1).max(30),
	providerId: z.uuid(),
	audience: z.enum(['public', 'professional'])
});
export type Service = z.infer<typeof Service>;
