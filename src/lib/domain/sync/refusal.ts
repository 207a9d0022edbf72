/**
 * Why the server refused a pushed change, as a code the device translates (the server's own
 * sentence, in English, stays beside it for the record). A code a device does not know yet —
 * a newer server's — is shown by the general sentence.
 */
export const refusalReasons = [
	'invalid_text',
	'unknown_table',
	'wrong_table',
	'deleted',
	'no_such_record',
	'invalid',
	'other_county',
	'not_allowed',
	'append_only',
	'coordinator_only',
	'no_parent',
	'not_assigned',
	'expert_limited',
	'requester_only',
	'incomplete'
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const isRefusalReason = (value: unknown): value is RefusalReason =>
	(refusalReasons as readonly unknown[]).includes(value);
