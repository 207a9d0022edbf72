import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '$lib/domain/matching';
import { translator } from '$lib/i18n';
import {
	aGroup,
	aMatchConsultation,
	anExpert
} from '../../../../tests/support/directory-factories';
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
const separation = aMatchConsultation();

function show(onassign: (suggestion: Suggestion) => void = () => {}) {
	return render(ExpertSuggestions, {
		item: separation,
		experts: [lawyer, officer],
		groups: [group],
		consultations: [{ status: 'submitted', assigneeIds: [lawyer.id], groupId: null }],
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

	it('assigns with one action, and says who speaks a language once it is needed', async () => {
		const chosen: Suggestion[] = [];
		show((suggestion) => chosen.push(suggestion));
		const experts = screen.getByRole('list', { name: 'Asiantuntijat' });
		await fireEvent.click(within(experts).getByRole('button', { name: 'Nimeä tapaukselle' }));
		expect(chosen.map((suggestion) => suggestion.id)).toEqual([lawyer.id]);
		expect(chosen[0]!.meeting?.date).toBe('2026-05-19');

		await fireEvent.click(screen.getByRole('checkbox', { name: 'ruotsi' }));
		expect(within(experts).getByText('Puhuu: suomi, ruotsi')).toBeInTheDocument();
	});

	it('shows the lawyer first for a custody-law consultation, above a free coordinator, and says shared reasons once', async () => {
		const coordinator = anExpert({
			name: 'Aaro Koordinaattori',
			title: 'OT-koordinaattori',
			roles: ['ot-coordinator'],
			expertise: ['family-mediation', 'child-protection'],
			countyId: 'pirkanmaa'
		});
		const psychiatrist = anExpert({ name: 'Aino Korhonen', countyId: 'pirkanmaa' });
		const swedishLawyer = anExpert({
			name: 'Agneta Advokat',
			expertise: ['law', 'district-court'],
			languages: ['sv'],
			countyId: 'pirkanmaa'
		});
		render(ExpertSuggestions, {
			item: { ...separation, preferredExpertise: ['law'] },
			experts: [coordinator, psychiatrist, swedishLawyer, lawyer],
			groups: [],
			// The lawyer is busier than everyone else: skill still puts them first.
			consultations: [{ status: 'submitted', assigneeIds: [lawyer.id], groupId: null }],
			today: '2026-05-12',
			writable: false,
			onassign: () => {},
			t: translator('fi'),
			locale: 'fi'
		});
		const experts = screen.getByRole('list', { name: 'Asiantuntijat' });
		const names = () =>
			within(experts)
				.getAllByRole('link')
				.map((link) => link.textContent);
		// Equal skill: who speaks Finnish first, however busy.
		expect(names()).toEqual(['Laura Lakimies', 'Agneta Advokat', 'Aino Korhonen']);
		expect(
			screen.getByText('Kaikilla ehdotetuilla: Samalta hyvinvointialueelta')
		).toBeInTheDocument();
		expect(within(experts).queryByText('Samalta hyvinvointialueelta')).toBeNull();

		// Asking for Swedish instead ranks the Swedish-speaking lawyer first, the load breaking the tie.
		await fireEvent.click(screen.getByRole('checkbox', { name: 'ruotsi' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'suomi' }));
		expect(names()).toEqual(['Agneta Advokat', 'Laura Lakimies', 'Aino Korhonen']);
	});
});
