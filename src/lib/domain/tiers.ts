import { defineTaxonomy, type CodeOf } from './taxonomy';

/** Service tiers (porrasteisuus): every tier must be able to find the next one. */
export const serviceTiers = defineTaxonomy([
	{ code: 'basic', label: { fi: 'Perustaso', sv: 'Basnivå', en: 'Basic level' } },
	{ code: 'special', label: { fi: 'Erityistaso', sv: 'Specialnivå', en: 'Special level' } },
	{
		code: 'ot',
		label: {
			fi: 'Vaativa erityistaso (OT-taso)',
			sv: 'Krävande specialnivå (OT-nivå)',
			en: 'Most demanding level (OT level)'
		}
	}
]);
export type ServiceTier = CodeOf<typeof serviceTiers>;
