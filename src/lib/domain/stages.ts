import { defineTaxonomy, type CodeOf } from './taxonomy';

/** The pilot's consultation stages, in the order a coordinator moves a case through them. */
export const consultationStages = defineTaxonomy([
	{ code: 'trigger', label: { fi: 'Heräte', sv: 'Impuls', en: 'Request received' } },
	{ code: 'buffer', label: { fi: 'Puskuri', sv: 'Buffert', en: 'Background mapping' } },
	{ code: 'structuring', label: { fi: 'Jäsentäminen', sv: 'Strukturering', en: 'Structuring' } },
	{
		code: 'hypothesis',
		label: {
			fi: 'Hypoteesi / kokonaisarvio',
			sv: 'Hypotes / helhetsbedömning',
			en: 'Hypothesis / overall assessment'
		}
	},
	{ code: 'coordination', label: { fi: 'Koordinointi', sv: 'Koordinering', en: 'Coordination' } },
	{ code: 'plan', label: { fi: 'Suunnitelma', sv: 'Plan', en: 'Plan' } },
	{ code: 'feedback', label: { fi: 'Palaute', sv: 'Respons', en: 'Feedback' } }
]);
export type ConsultationStage = CodeOf<typeof consultationStages>;

/** The stage after `stage`, or null at the last one. */
export function nextStage(stage: ConsultationStage): ConsultationStage | null {
	const index = consultationStages.codes.indexOf(stage);
	return consultationStages.codes[index + 1] ?? null;
}
