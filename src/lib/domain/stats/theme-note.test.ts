import { describe, expect, it } from 'vitest';
import { toFigures, type StatsFigures } from './suppress';
import { computeOverview } from './overview';
import { themeTotalExceedsContacts } from './theme-note';

const range = { from: '2026-12-01', to: '2026-12-31', countyIds: ['pirkanmaa'] };
const contact = (themes: string[], count: number) => ({
	day: '2026-12-04',
	countyId: 'pirkanmaa',
	sourceType: 'school',
	channel: 'phone',
	themes,
	actions: ['advice'],
	count
});
const contactsOf = (themes: string[], count: number, suppress = false): StatsFigures['contacts'] =>
	toFigures(
		computeOverview({ contacts: [contact(themes, count)], consultations: [] }, range),
		suppress
	).contacts;

describe('the themes-total sentence', () => {
	it('is false when every contact has one theme: 4 mentions are not more than 4 contacts', () => {
		const contacts = contactsOf(['immigration'], 4);
		expect(contacts.themeMentions).toBe(4);
		expect(contacts.total).toBe(4);
		expect(themeTotalExceedsContacts(contacts)).toBe(false);
	});

	it('is true when contacts have several themes', () => {
		expect(themeTotalExceedsContacts(contactsOf(['immigration', 'rare-diseases'], 7))).toBe(true);
	});

	it('is not claimed for suppressed counts, which cannot be compared', () => {
		expect(themeTotalExceedsContacts(contactsOf(['immigration', 'rare-diseases'], 2, true))).toBe(
			false
		);
	});
});
