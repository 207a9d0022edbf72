import { z } from 'zod';

// Files made from spreadsheets often carry nulls where HSDS leaves a field out.
const Text = z.string().nullish();
const Attributes = z
	.array(
		z.looseObject({
			taxonomy_term_id: Text,
			taxonomy_term: z.looseObject({ id: Text, code: Text, taxonomy_id: Text }).nullish()
		})
	)
	.nullish();
const Schedules = z.array(z.looseObject({ description: Text })).nullish();
export const HsdsLocationIn = z.looseObject({
	location_type: Text,
	name: Text,
	description: Text,
	url: Text,
	addresses: z.array(z.looseObject({ address_1: Text, postal_code: Text, city: Text })).nullish(),
	attributes: Attributes
});

/** The HSDS service fields the import reads; anything else in the file is ignored. */
export const HsdsServiceIn = z.looseObject({
	id: z.string(),
	name: z.string(),
	description: Text,
	organization_id: Text,
	organization: z.looseObject({ id: Text }).nullish(),
	url: Text,
	email: Text,
	status: Text,
	fees_description: Text,
	assured_date: Text,
	phones: z.array(z.looseObject({ number: z.string(), description: Text })).nullish(),
	schedules: Schedules,
	service_areas: z.array(z.looseObject({ name: Text })).nullish(),
	service_at_locations: z
		.array(z.looseObject({ location: HsdsLocationIn.nullish(), schedules: Schedules }))
		.nullish(),
	languages: z.array(z.looseObject({ code: Text, name: Text })).nullish(),
	cost_options: z.array(z.looseObject({ amount: z.number().nullish(), option: Text })).nullish(),
	attributes: Attributes
});
export type HsdsServiceIn = z.infer<typeof HsdsServiceIn>;
