import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { localDate } from '$lib/domain/local-date';
import { emptyConsultation } from '$lib/domain/schemas/consultation';
import { translator } from '$lib/i18n';
import RequestStepper from './RequestStepper.svelte';

function show(named: { id: string; name: string; kind: 'expert' | 'group' }[] = []) {
	const form = $state({
		...emptyConsultation({
			createdAt: '2026-05-12T09:00:00.000Z',
			createdBy: 'worker-1',
			countyId: 'pirkanmaa'
		}),
		preferredExpertIds: named.filter((entry) => entry.kind === 'expert').map((entry) => entry.id)
	});
	render(RequestStepper, {
		form,
		t: translator('en'),
		locale: 'en',
		onDuty: null,
		named,
		savedAt: null,
		onsend: async () => {},
		onstep: () => {}
	});
	return form;
}

const next = () => fireEvent.click(screen.getByRole('button', { name: 'Next' }));
const heading = () => screen.getByRole('heading', { name: /^Step / }).textContent?.trim();

describe('the request stepper', () => {
	it('raises the urgency with a high-risk mark and lowers it again, also after a step away', async () => {
		const form = show();
		expect(heading()).toBe('Step 1 of 6: Urgency and risk');
		const abduction = screen.getByRole('checkbox', { name: 'Threat of child abduction' });
		await fireEvent.click(abduction);
		expect(form.highRisk).toEqual(['abduction-threat']);
		expect(form.urgency).not.toBe('normal');
		await next();
		expect(heading()).toBe('Step 2 of 6: Consent');
		await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Threat of child abduction' }));
		expect(form.highRisk).toEqual([]);
		expect(form.urgency).toBe('normal');
	});

	it('dates a consent given today and lets a named expert be removed', async () => {
		const form = show([{ id: 'expert-1', name: 'Laura Lakimies', kind: 'expert' }]);
		await next();
		await fireEvent.click(screen.getByRole('radio', { name: 'Consent given' }));
		expect(form.consent).toBe('given');
		expect(form.consentDate).toBe(localDate(new Date()));
		await next();
		await next();
		await next();
		expect(heading()).toBe('Step 5 of 6: Help wished for');
		await fireEvent.click(screen.getByRole('button', { name: 'Remove Laura Lakimies' }));
		expect(form.preferredExpertIds).toEqual([]);
	});
});
