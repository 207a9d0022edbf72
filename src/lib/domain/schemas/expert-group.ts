import { z } from 'zod';
import { expertiseAreas } from '../expertise';
import { CountyId } from './area-ids';
import { EntryMeta, IsoDate, WebAddress } from './common';

const Time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

export const MeetingRuleSchema = z.object({
	weekday: z.int().min(1).max(7),
	everyWeeks: z.int().min(1).max(8),
	anchor: IsoDate,
	start: Time,
	end: Time
});

/** An expert group (asiantuntijaryhmä) that handles consultations at its meetings. */
export const ExpertGroup = z.object({
	...EntryMeta,
	name: z.string().trim().min(1).max(200),
	countyId: CountyId,
	topics: z.array(z.enum(expertiseAreas.codes)).max(20),
	memberIds: z.array(z.uuid()).max(100),
	mobilePairIds: z.array(z.uuid()).max(4),
	meeting: MeetingRuleSchema,
	remoteLink: WebAddress.optional()
});
export type ExpertGroup = z.infer<typeof ExpertGroup>;
