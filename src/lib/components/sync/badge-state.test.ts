import { describe, expect, it } from 'vitest';
import { translator } from '$lib/i18n';
import { badgeState, type BadgeInput } from './badge-state';

const t = translator('fi');
const calm: BadgeInput = {
	status: 'idle',
	progress: null,
	unsent: 0,
	issues: 0,
	lastSyncedAt: 1
};
const say = (input: Partial<BadgeInput>) => badgeState({ ...calm, ...input }, t);

describe('the sync badge state', () => {
	it('says synced, never synced, or how many records wait', () => {
		expect(say({})).toMatchObject({ kind: 'synced', words: 'Synkronoitu', tone: 'ok' });
		expect(say({ lastSyncedAt: null })).toMatchObject({ kind: 'never', words: 'Ei synkronoitu' });
		expect(say({ unsent: 2 })).toMatchObject({
			kind: 'unsent',
			words: '2 lähettämättä',
			tone: 'pending',
			count: null
		});
	});

	it('keeps its word through a routine round, and says how far a long pull is', () => {
		expect(say({ status: 'syncing' })).toMatchObject({ kind: 'synced', busy: true });
		expect(say({ status: 'syncing', progress: { received: 250, total: 1000 } })).toMatchObject({
			kind: 'receiving',
			words: 'Haetaan 25 %'
		});
	});

	it('puts what someone must act on first, with the waiting records beside it', () => {
		expect(say({ status: 'offline', unsent: 3 })).toMatchObject({
			kind: 'offline',
			words: 'Ei yhteyttä',
			tone: 'warn',
			count: 3
		});
		expect(say({ status: 'needs-sign-in', unsent: 1, issues: 2 })).toMatchObject({
			kind: 'sign-in',
			words: 'Kirjaudu'
		});
		expect(say({ status: 'client-outdated' }).kind).toBe('update');
		expect(say({ issues: 2, unsent: 1 })).toMatchObject({
			kind: 'issues',
			words: '2 tarkistettavaa',
			count: 1
		});
		expect(say({ status: 'server-outdated', unsent: 1 })).toMatchObject({
			kind: 'unsent',
			tone: 'warn'
		});
	});
});
