import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { MatchCase, Suggestion } from '$lib/domain/matching';
import { translator } from '$lib/i18n';
import { aGroup, anExpert } from '../../../../tests/support/directory-factories';
import ExpertSuggestions from './ExpertSuggestions.svelte';

const lawyer = anExpert({
	name: 'Laura Lakimies',
	expertise: ['law', 'district-court'],
	languages: ['fi', 'sv'],
	countyId: 'pirkanmaa'
});
const officer = anExpert({ name: 'Olli Poliisi', expertise: ['police'], countyId: 'pirkanmaa' });
const group = aGroup({
	name: 'Eroryhmä',
	countyId: 'pirkanmaa',
	topics: ['family-mediation'],
	memberIds: [lawyer.id],
	mobilePairIds: [],
	meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-05-05', start: '13:00', end: '15:00' }
});
const separation: MatchCase = {
	countyId: 'pirkanmaa',
	themes: ['demanding-separation'],
	preferredExpertise: [],
	preferredExpertIds: [],
	preferredGroupIds: [],
	assigneeIds: [],
	groupId: null
};

function show(onassign: (suggestion: Suggestion) => void = () => {}) {
	return render(ExpertSuggestions, {
		item: separation,
		experts: [lawyer, officer],
		groups: [group],
		cases: [{ status: 'submitted', assigneeIds: [lawyer.id], groupId: null }],
		today: '2026-05-12',
		writable: true,
		onassign,
		t: translator('fi'),
		locale: 'fi'
	});
}

describe('expert suggestions', () => {
	it('lists who fits, each with the reasons, and leaves out who does not', () => {
		show();
		const experts = screen.getByRole('list', { name: 'Asiantuntijat' });
		expect(within(experts).getByRole('link', { name: 'Laura Lakimies' })).toBeInTheDocument();
		expect(within(experts).queryByText('Olli Poliisi')).toBeNull();
		expect(
			within(experts).getByText(
				'Osaaminen kattaa teeman Vaativat erot / huoltoriidat: Juridiikka, Käräjäoikeuden asiantuntemus'
			)
		).toBeInTheDocument();
		expect(within(experts).getByText('Avoimia tapauksia nyt: 1')).toBeInTheDocument();
		expect(
			within(experts).getByText('Ryhmä Eroryhmä kokoontuu seuraavan kerran 19.5.2026')
		).toBeInTheDocument();
		const groups = screen.getByRole('list', { name: 'Asiantuntijaryhmät' });
		expect(within(groups).getByRole('link', { name: 'Eroryhmä' })).toBeInTheDocument();
	});

	it('assigns with one action, and re-ranks when a needed language is added', async () => {
		const chosen: Suggestion[] = [];
		show((suggestion) => chosen.push(suggestion));
		const experts = screen.getByRole('list', { name: 'Asiantuntijat' });
		await fireEvent.click(within(experts).getByRole('button', { name: 'Nimeä tapaukselle' }));
		expect(chosen.map((suggestion) => suggestion.id)).toEqual([lawyer.id]);
		expect(chosen[0]!.meeting?.date).toBe('2026-05-19');

		const before = within(experts).getByText(/^\d+ p\.$/).textContent;
		await fireEvent.click(screen.getByRole('checkbox', { name: 'ruotsi' }));
		expect(within(experts).getByText('Puhuu: suomi, ruotsi')).toBeInTheDocument();
		expect(within(experts).getByText(/^\d+ p\.$/).textContent).not.toBe(before);
	});
});
