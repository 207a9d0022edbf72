/**
 * The parenting plan (vanhemmuussuunnitelma) as THL's model divides it. The draft lives only in
 * this browser's localStorage under one key; nothing about it ever goes to the server.
 */
export const planSections = [
	'needs',
	'living',
	'information',
	'money',
	'school',
	'hobbies',
	'health',
	'culture',
	'holidays',
	'review'
] as const;
export type PlanSection = (typeof planSections)[number];

export const PLAN_STORAGE_KEY = 'lahelle.parenting-plan';

export interface PlanDraft {
	version: 1;
	savedAt: string;
	sections: Partial<Record<PlanSection, string>>;
}

/** A stored draft, or undefined when there is none or it is not ours. */
export function parseDraft(stored: string | null): PlanDraft | undefined {
	if (!stored) return undefined;
	try {
		const value = JSON.parse(stored) as Partial<PlanDraft>;
		if (value.version !== 1 || typeof value.sections !== 'object' || !value.sections) {
			return undefined;
		}
		const sections: PlanDraft['sections'] = {};
		for (const id of planSections) {
			const text = (value.sections as Record<string, unknown>)[id];
			if (typeof text === 'string') sections[id] = text;
		}
		return { version: 1, savedAt: String(value.savedAt ?? ''), sections };
	} catch {
		return undefined;
	}
}

export const isEmptyDraft = (draft: PlanDraft) =>
	planSections.every((id) => !draft.sections[id]?.trim());

/** The plan as plain text: a title, the date, and each section's heading with its answer. */
export function planAsText(
	draft: PlanDraft,
	labels: { title: string; date: string; section: (id: PlanSection) => string }
): string {
	const parts = [labels.title, labels.date, ''];
	for (const id of planSections) {
		const heading = labels.section(id);
		parts.push(heading, '-'.repeat(heading.length), draft.sections[id]?.trim() || '–', '');
	}
	return parts.join('\n');
}
