import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/svelte';
import { afterEach, beforeAll } from 'vitest';
import { useMessages } from '$lib/i18n';

// In the app each screen loads its texts in its load function; components render alone here.
beforeAll(async () => {
	for (const part of [
		'core',
		'directory',
		'admin',
		'records',
		'desk',
		'consultation',
		'stats'
	] as const) {
		await useMessages(part, ['fi', 'sv', 'en']);
	}
});

afterEach(() => cleanup());
