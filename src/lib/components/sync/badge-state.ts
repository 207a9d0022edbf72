import type { PullProgress } from '$lib/client/sync/pull';
import type { SyncStatus } from '$lib/client/sync/engine.svelte';
import type { Translate } from '$lib/i18n';

/** What the header's sync badge says, most urgent first. */
export type BadgeKind =
	'sign-in' | 'update' | 'receiving' | 'offline' | 'issues' | 'unsent' | 'never' | 'synced';

export interface BadgeInput {
	status: SyncStatus;
	progress: PullProgress | null;
	/** Records with changes waiting (not outbox entries). */
	unsent: number;
	issues: number;
	lastSyncedAt: number | null;
}

export interface BadgeState {
	kind: BadgeKind;
	/** The badge's word: "2 lähettämättä", "Ei yhteyttä", "Haetaan 30 %". */
	words: string;
	/** How it is drawn: all well, something waits, or someone must act. */
	tone: 'ok' | 'pending' | 'warn';
	/** A round is running (the mark turns). */
	busy: boolean;
	/** Waiting records beside a word that does not say them (offline, sign-in …). */
	count: number | null;
}

/**
 * The badge from the engine's state. A round running says so by the mark alone, not the
 * word, so the minute's routine pull does not change the text; a long pull says how far.
 */
export function badgeState(input: BadgeInput, t: Translate): BadgeState {
	const { status, progress, unsent, issues } = input;
	const busy = status === 'syncing';
	const extra = unsent > 0 ? unsent : null;
	const state = (
		kind: BadgeKind,
		words: string,
		tone: BadgeState['tone'],
		count: number | null = extra
	): BadgeState => ({ kind, words, tone, busy, count });

	if (status === 'needs-sign-in') return state('sign-in', t('sync.signInShort'), 'warn');
	if (status === 'client-outdated') return state('update', t('sync.updateShort'), 'warn');
	if (busy && progress) {
		const percent = Math.floor((progress.received / Math.max(progress.total, 1)) * 100);
		return state('receiving', t('sync.receiving', { percent }), 'pending');
	}
	if (status === 'offline') return state('offline', t('sync.offlineShort'), 'warn');
	if (issues > 0) return state('issues', t('sync.issues', { count: issues }), 'warn');
	const trouble = status === 'error' || status === 'server-outdated';
	if (unsent > 0) {
		return state('unsent', t('sync.unsent', { count: unsent }), trouble ? 'warn' : 'pending', null);
	}
	if (input.lastSyncedAt === null) {
		return state(
			'never',
			t(busy ? 'sync.syncing' : 'sync.notSynced'),
			trouble ? 'warn' : 'pending'
		);
	}
	return state('synced', t('sync.synced'), trouble ? 'warn' : 'ok');
}
