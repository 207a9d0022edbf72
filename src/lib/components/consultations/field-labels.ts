import type { MessageKey, Translate } from '$lib/i18n';

/** Record fields a conflict may name, as the case page calls them. */
const fieldKeys: Record<string, MessageKey> = {
	stage: 'desk.case.stage',
	plan: 'desk.case.plan',
	outcome: 'desk.case.outcome',
	handlingDate: 'desk.case.handlingDate',
	followUpDate: 'desk.case.followUpDate',
	assigneeIds: 'desk.case.assignees',
	groupId: 'desk.case.group',
	readyForGroup: 'desk.agenda.readyField',
	urgency: 'desk.case.urgency',
	themes: 'desk.case.themes',
	question: 'desk.case.question',
	background: 'desk.case.background',
	stuck: 'desk.case.stuck',
	consent: 'desk.case.consent',
	status: 'desk.case.status'
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
