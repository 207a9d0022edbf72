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

/**
 * Stages the seeds run only when a case needs them (003: "tarvittaessa"): a coordinator may
 * take a case past them, which its timeline records as skipped.
 */
export const optionalStages: readonly ConsultationStage[] = ['hypothesis', 'coordination'];

export const isOptionalStage = (stage: ConsultationStage) => optionalStages.includes(stage);

/** A timeline entry about a stage: reached ('stage') or gone past ('stage-skipped'). */
export interface StageEntry {
	type: string;
	stage: string | null;
	at: string;
}

/**
 * The optional stages a case at `current` went past without: the latest word on each stage
 * is a skip, and the case is beyond it (moved back to or before it, it is not skipped).
 */
export function skippedStages(
	current: ConsultationStage | null,
	entries: Iterable<StageEntry>
): ConsultationStage[] {
	const at = consultationStages.codes.indexOf(current ?? consultationStages.codes[0]);
	const latest = new Map<string, StageEntry>();
	for (const entry of entries) {
		if ((entry.type !== 'stage' && entry.type !== 'stage-skipped') || !entry.stage) continue;
		const before = latest.get(entry.stage);
		// A skip and the move it belongs to share a moment; a later move back outweighs both.
		if (!before || entry.at >= before.at) latest.set(entry.stage, entry);
	}
	return consultationStages.codes.filter(
		(stage, index) => index < at && latest.get(stage)?.type === 'stage-skipped'
	);
}
