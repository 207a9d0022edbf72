import { z } from 'zod';
import { findCounty, findOtArea, municipalityCode } from '../areas';

export const CountyId = z.string().refine((id) => !!findCounty(id), { message: 'unknown county' });
/**
 * A municipality's Statistics Finland code. An old slug id (from a device offline since before
 * the codes) or a merged municipality's code is read as the current code.
 */
export const MunicipalityId = z
	.string()
	.refine((id) => !!municipalityCode(id), { message: 'unknown municipality' })
	.transform((id) => municipalityCode(id)!);
export const OtAreaId = z.string().refine((id) => !!findOtArea(id), { message: 'unknown OT area' });
