import type { MessageKey, Translate } from '$lib/i18n';

/** Record fields a conflict may name, as the consultation page calls them. */
const fieldKeys: Record<string, MessageKey> = {
	stage: 'consultation.stage',
	plan: 'consultation.plan',
	outcome: 'consultation.outcome',
	handlingDate: 'consultation.handlingDate',
	followUpDate: 'consultation.followUpDate',
	assigneeIds: 'consultation.assignees',
	groupId: 'consultation.group',
	readyForGroup: 'desk.agenda.readyField',
	urgency: 'consultation.urgency',
	themes: 'consultation.themes',
	question: 'consultation.question',
	background: 'consultation.background',
	stuck: 'consultation.stuck',
	consent: 'consultation.consent',
	status: 'consultation.status'
};

/** A field's name for people; fields without a label of their own show their code. */
export function fieldLabel(field: string, t: Translate): string {
	const key = fieldKeys[field];
	return key ? t(key) : field;
}

/** A stored value for people: texts as they are, lists joined, yes/no, "(empty)". */
export function valueText(value: unknown, t: Translate): string {
	if (value === null || value === undefined || value === '') return t('desk.conflict.empty');
	if (typeof value === 'boolean') return value ? t('desk.conflict.yes') : t('desk.conflict.no');
	if (Array.isArray(value)) return value.length ? value.join(', ') : t('desk.conflict.empty');
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}
