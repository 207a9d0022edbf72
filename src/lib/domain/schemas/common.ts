import { z } from 'zod';
import { WEB_ADDRESS_MESSAGE, isWebAddress } from '../links';

/** Text in Finnish, Swedish and English; Finnish is required, the others may be empty. */
export const LocalizedText = (max: number) =>
	z.strictObject({
		fi: z.string().trim().min(1).max(max),
		sv: z.string().trim().max(max),
		en: z.string().trim().max(max)
	});

export const IsoDate = z.iso.date();
export const LanguageCode = z.string().regex(/^[a-z]{2,3}$/);
export const Phone = z.string().regex(/^\+?[0-9 ]{6,20}$/, 'not a phone number');
export const EntryId = z.uuid();

/**
 * A link that data carries (a web page, a video or remote-meeting link, a website): only
 * https:// or http://, never `javascript:` or `data:` (links.ts).
 */
export const WebAddress = z.string().trim().max(2000).refine(isWebAddress, WEB_ADDRESS_MESSAGE);

/** Fields every directory entry carries for sync and for the "check details" badge. */
export const EntryMeta = {
	id: EntryId,
	lastVerified: IsoDate,
	version: z.int().nonnegative(),
	updatedAt: z.iso.datetime()
};
