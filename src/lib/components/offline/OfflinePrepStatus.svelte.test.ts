import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
	OfflinePrep,
	prepSteps,
	type PrepStep,
	type StepWork
} from '$lib/client/offline/offline-prep.svelte';
import { translator } from '$lib/i18n';
import OfflinePrepStatus from './OfflinePrepStatus.svelte';

function steps(): Record<PrepStep, StepWork> {
	const all = {} as Record<PrepStep, StepWork>;
	for (const step of prepSteps) all[step] = async () => true;
	return all;
}
const mark = { get: async () => false, set: async () => {} };

describe('OfflinePrepStatus', () => {
	it('names the step in a polite status, with a labelled progress bar, in the chosen language', () => {
		const prep = new OfflinePrep(steps(), mark);
		prep.status = 'working';
		prep.step = 'directory';
		prep.fraction = 0.42;
		render(OfflinePrepStatus, { prep, t: translator('sv') });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Förbereder användning utan nätverk: katalogen');
		const bar = screen.getByRole('progressbar', {
			name: 'Förbereder användning utan nätverk: katalogen'
		});
		expect(bar).toHaveAttribute('value', '42');
		expect(bar).toHaveAttribute('max', '100');

		prep.status = 'waiting';
		prep.step = 'records';
		flushSync();
		expect(status).toHaveTextContent(
			'Förberedelsen väntar på nätverket (egna registreringar). Fortsätter av sig själv.'
		);
	});

	it('says ready until closed, then gives the keyboard back to the page', async () => {
		const prep = new OfflinePrep(steps(), mark);
		const main = document.createElement('main');
		main.id = 'main';
		main.tabIndex = -1;
		document.body.append(main);
		await prep.start();
		render(OfflinePrepStatus, { prep, t: translator('en') });
		expect(screen.getByRole('status')).toHaveTextContent('Ready to use offline.');
		expect(screen.queryByRole('progressbar')).toBeNull();
		await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
		expect(prep.shown).toBe(false);
		expect(document.activeElement).toBe(main);
		main.remove();
	});
});
