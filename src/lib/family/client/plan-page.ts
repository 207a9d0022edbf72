// The parenting-plan builder: kept in this browser's localStorage only, never sent anywhere.
import {
	isEmptyDraft,
	parseDraft,
	planAsText,
	planSections,
	PLAN_STORAGE_KEY,
	type PlanDraft,
	type PlanSection
} from '../plan';
import { interpolate, scriptData } from './dom';

interface PlanText {
	fileName: string;
	title: string;
	date: string;
	saved: string;
	restored: string;
	storageFailed: string;
	clearConfirm: string;
	cleared: string;
	sections: Record<PlanSection, string>;
}

const form = document.querySelector<HTMLFormElement>('form[data-plan]');
const status = document.querySelector<HTMLElement>('[data-plan-status]');
const text = scriptData<PlanText>('plan-text');

if (form && status && text) {
	const lang = document.documentElement.lang;
	const field = (id: PlanSection) =>
		form.querySelector<HTMLTextAreaElement>(`textarea[name="${id}"]`)!;
	const printCopy = (id: PlanSection) =>
		form.querySelector<HTMLElement>(`[data-print-for="${id}"]`)!;
	const clock = (date: Date) =>
		date.toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });

	const current = (): PlanDraft => ({
		version: 1,
		savedAt: new Date().toISOString(),
		sections: Object.fromEntries(planSections.map((id) => [id, field(id).value]))
	});

	// Printing shows the answers as text: a text area prints only its visible part.
	const mirror = () => {
		for (const id of planSections) printCopy(id).textContent = field(id).value;
	};

	const save = () => {
		const draft = current();
		try {
			if (isEmptyDraft(draft)) localStorage.removeItem(PLAN_STORAGE_KEY);
			else localStorage.setItem(PLAN_STORAGE_KEY, JSON.stringify(draft));
			status.textContent = interpolate(text.saved, { time: clock(new Date()) });
		} catch {
			status.textContent = text.storageFailed;
		}
	};

	try {
		const draft = parseDraft(localStorage.getItem(PLAN_STORAGE_KEY));
		if (draft && !isEmptyDraft(draft)) {
			for (const id of planSections) field(id).value = draft.sections[id] ?? '';
			status.textContent = text.restored;
		}
	} catch {
		status.textContent = text.storageFailed;
	}
	mirror();

	let timer: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('input', () => {
		mirror();
		clearTimeout(timer);
		timer = setTimeout(save, 400);
	});
	// Leaving (or the quick exit) right after typing still keeps the last words.
	window.addEventListener('pagehide', () => {
		if (timer !== undefined) save();
	});

	for (const hidden of document.querySelectorAll<HTMLElement>('[data-js-only]'))
		hidden.hidden = false;

	document.querySelector('[data-plan-print]')?.addEventListener('click', () => {
		mirror();
		window.print();
	});

	document.querySelector('[data-plan-export]')?.addEventListener('click', () => {
		const draft = current();
		const body = planAsText(draft, {
			title: text.title,
			date: interpolate(text.date, { date: new Date().toLocaleDateString(lang) }),
			section: (id) => text.sections[id]
		});
		const url = URL.createObjectURL(new Blob([body], { type: 'text/plain;charset=utf-8' }));
		const link = Object.assign(document.createElement('a'), { href: url, download: text.fileName });
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	});

	document.querySelector('[data-plan-clear]')?.addEventListener('click', () => {
		if (!window.confirm(text.clearConfirm)) return;
		clearTimeout(timer);
		timer = undefined;
		form.reset();
		for (const id of planSections) field(id).value = '';
		mirror();
		try {
			localStorage.removeItem(PLAN_STORAGE_KEY);
		} catch {
			// Nothing was stored.
		}
		status.textContent = text.cleared;
	});
}
