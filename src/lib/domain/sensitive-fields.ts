/**
 * Fields of local records that are encrypted at rest on the device (README: device
 * protection). Free text and anything that could identify a person belong here; ids, dates,
 * status and codes stay in clear for local lists and statistics.
 */
export const sensitiveFields = {
	contacts: ['note', 'stuck', 'followUpBy'],
	consultations: [
		'requesterPhone',
		'consentJustification',
		'stuck',
		'question',
		'background',
		'plan',
		'outcome',
		// The answers given: their texts speak of the child's situation.
		'outputs',
		'feedbackComment'
	],
	consultation_events: ['text']
} as const satisfies Record<string, readonly string[]>;

export type RecordTable = keyof typeof sensitiveFields;
