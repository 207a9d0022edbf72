import type { MessageKey, Translate } from '$lib/i18n';

/** The screen label of a record field, for "someone changed X while you were offline". */
const labels: Record<string, MessageKey> = {
	note: 'contact.note',
	themes: 'contact.themes',
	sourceType: 'contact.source',
	channel: 'contact.channel',
	followUp: 'contact.followUp',
	stuck: 'records.stuck',
	stuckReasons: 'records.stuckReasons',
	question: 'records.question',
	background: 'records.background',
	consent: 'records.consent',
	consentJustification: 'records.justification',
	urgency: 'records.urgency',
	municipalityId: 'records.municipality',
	childAgeGroup: 'records.childAge',
	servicesInvolved: 'records.services',
	helpWanted: 'records.help',
	plan: 'records.detail.plan',
	outcome: 'records.detail.outcome'
};

export function fieldLabel(field: string, t: Translate): string {
	const key = labels[field];
	return key ? t(key) : field;
}
