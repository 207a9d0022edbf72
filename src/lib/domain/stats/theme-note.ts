import type { StatsFigures } from './suppress';

/**
 * Whether "the themes' total is larger than the contacts'" is true of these figures, so the
 * page says it only then: with one theme a contact the totals are equal, and a suppressed
 * ("<5") count cannot be compared.
 */
export function themeTotalExceedsContacts(contacts: StatsFigures['contacts']): boolean {
	const { themeMentions, total } = contacts;
	return typeof themeMentions === 'number' && typeof total === 'number' && themeMentions > total;
}
