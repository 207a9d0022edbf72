import { describe, expect, it } from 'vitest';
import { loadAuthSettings } from './settings';

const oidc = {
	OIDC_ISSUER: 'https://id.example.fi',
	OIDC_CLIENT_ID: 'lahelle',
	OIDC_CLIENT_SECRET: 'secret-from-the-provider'
};

describe('sign-in settings', () => {
	it('refuses OpenID Connect without ORIGIN, so no redirect is built from the Host header', () => {
		expect(() => loadAuthSettings(oidc)).toThrow(/ORIGIN/);
	});

	it('turns OpenID Connect on with ORIGIN', () => {
		const settings = loadAuthSettings({ ...oidc, ORIGIN: 'https://lahelle.example.fi' });
		expect(settings.oidc).toMatchObject({ issuer: oidc.OIDC_ISSUER, clientId: 'lahelle' });
	});

	it('needs no ORIGIN without OpenID Connect', () => {
		expect(loadAuthSettings({}).oidc).toBeFalsy();
	});

	it('refuses half an OpenID Connect setting', () => {
		expect(() => loadAuthSettings({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/go together/);
	});
});
