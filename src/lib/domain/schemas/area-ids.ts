import { z } from 'zod';
import { findCounty, findMunicipality, findOtArea } from '../areas';

export const CountyId = z.string().refine((id) => !!findCounty(id), { message: 'unknown county' });
export const MunicipalityId = z
	.string()
	.refine((id) => !!findMunicipality(id), { message: 'unknown municipality' });
export const OtAreaId = z.string().refine((id) => !!findOtArea(id), { message: 'unknown OT area' });
