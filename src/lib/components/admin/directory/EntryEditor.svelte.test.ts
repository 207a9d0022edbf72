import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { newEditing, type Editing } from '$lib/client/directory/admin-drafts';
import { directoryAdminTranslator } from '$lib/i18n/directory-admin';
import EntryEditor from './EntryEditor.svelte';
import { countyOptions } from './options';

function renderEditor(editing: Editing, invalidPaths = new Set<string>()) {
	const onsave = vi.fn();
	const props = $state({
		editing,
		d: directoryAdminTranslator('fi'),
		locale: 'fi' as const,
		counties: countyOptions('fi'),
		organisations: [{ value: '01900000-0000-7000-8000-000000000001', label: 'Erotuki ry' }],
		national: true,
		invalidPaths,
		busy: false,
		onsave,
		oncancel: vi.fn()
	});
	render(EntryEditor, props);
	return { props, onsave };
}

describe('EntryEditor', () => {
	it('edits an expert through labelled fields and saves on submit', async () => {
		const { props, onsave } = renderEditor(newEditing('experts', 'pirkanmaa', '2026-02-01'));
		expect(screen.getByRole('heading', { name: 'Uusi: Asiantuntijat' })).toHaveFocus();
		await fireEvent.input(screen.getByLabelText('Nimike tai ammatti'), {
			target: { value: 'Psykologi' }
		});
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Juridiikka' }));
		expect(props.editing.draft).toMatchObject({ title: 'Psykologi', expertise: ['law'] });
		await fireEvent.submit(screen.getByRole('form'));
		expect(onsave).toHaveBeenCalledOnce();
	});

	it("keeps an OT coordinator's duty hours, a row a weekday, only for a coordinator", async () => {
		const { props } = renderEditor(newEditing('experts', 'pirkanmaa', '2026-02-01'));
		expect(screen.queryByRole('group', { name: /^Päivystysvuorot/ })).toBeNull();
		await fireEvent.click(screen.getByRole('checkbox', { name: 'OT-koordinaattori' }));
		const rota = screen.getByRole('group', { name: /^Päivystysvuorot/ });
		expect(rota).toHaveAccessibleDescription(/Suomen aikaa/);
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Päivystää: ti' }));
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Päivystää: ma' }));
		await fireEvent.change(screen.getByLabelText('Päättyy (ti)'), { target: { value: '12:00' } });
		expect(props.editing.draft).toMatchObject({
			duty: [
				{ weekday: 1, start: '08:00', end: '16:00' },
				{ weekday: 2, start: '08:00', end: '12:00' }
			]
		});
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Päivystää: ma' }));
		expect(props.editing.draft).toMatchObject({
			duty: [{ weekday: 2, start: '08:00', end: '12:00' }]
		});
		expect(screen.queryByLabelText('Alkaa (ma)')).toBeNull();
	});

	it('says when the server refused a duty slot', () => {
		const editing = newEditing('experts', 'pirkanmaa', '2026-02-01');
		Object.assign(editing.draft, {
			roles: ['ot-coordinator'],
			duty: [{ weekday: 3, start: '16:00', end: '08:00' }]
		});
		renderEditor(editing, new Set(['duty.0.end']));
		expect(screen.getByRole('group', { name: /^Päivystysvuorot/ })).toHaveAccessibleDescription(
			/Tarkista tämä kenttä/
		);
	});

	it('marks the fields the server refused', () => {
		renderEditor(newEditing('experts', 'pirkanmaa', '2026-02-01'), new Set(['email']));
		expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät.');
		const email = screen.getByLabelText('Sähköposti');
		expect(email).toHaveAttribute('aria-invalid', 'true');
		expect(email).toHaveAccessibleDescription('Tarkista tämä kenttä.');
		expect(screen.getByLabelText('Nimi')).not.toHaveAttribute('aria-invalid');
	});

	it('gives a service its texts in three languages and its channels', async () => {
		const { props } = renderEditor(newEditing('services', 'pirkanmaa', '2026-02-01'));
		expect(screen.getByLabelText('Nimi (Svenska)')).toHaveAttribute('lang', 'sv');
		await fireEvent.click(screen.getByRole('button', { name: 'Lisää kanava' }));
		expect(screen.getByLabelText('Kanava 2: numero tai osoite')).toBeInTheDocument();
		await fireEvent.click(screen.getByRole('button', { name: 'Poista kanava 1' }));
		expect(props.editing.draft).toMatchObject({ channels: [{ type: 'phone', value: '' }] });
		expect(screen.queryByLabelText('Kanava 2: numero tai osoite')).toBeNull();
	});
});
