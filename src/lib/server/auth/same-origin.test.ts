import { describe, expect, it } from 'vitest';
import { isCrossOrigin } from './same-origin';

const app = 'https://lahelle.example.fi';
const call = (method: string, headers: Record<string, string> = {}, url = app) =>
	new Request(`${url}/api/v1/admin/users/x/password-reset`, { method, headers });

describe('the same-origin rule for API changes', () => {
	it('lets the app’s own pages change things', () => {
		expect(isCrossOrigin(call('POST', { origin: app }), app)).toBe(false);
		expect(isCrossOrigin(call('POST', { origin: app }), `${app}/`)).toBe(false);
		expect(isCrossOrigin(call('DELETE', { 'sec-fetch-site': 'same-origin' }), app)).toBe(false);
		expect(isCrossOrigin(call('PATCH', { 'sec-fetch-site': 'none' }), app)).toBe(false);
	});

	it('refuses another origin, also a sibling on the same site, another scheme and an opaque one', () => {
		for (const origin of [
			'https://evil.example',
			'https://other.example.fi',
			'http://lahelle.example.fi',
			'https://lahelle.example.fi:8443',
			'null',
			'garbage'
		]) {
			expect(isCrossOrigin(call('POST', { origin }), app)).toBe(true);
		}
		for (const site of ['cross-site', 'same-site']) {
			expect(isCrossOrigin(call('PUT', { 'sec-fetch-site': site }), app)).toBe(true);
		}
		// Origin decides when both are sent.
		expect(
			isCrossOrigin(call('POST', { origin: 'https://evil.example', 'sec-fetch-site': 'none' }), app)
		).toBe(true);
	});

	it('without ORIGIN, takes the host the request came to, on http or https', () => {
		const local = 'https://127.0.0.1:3000'; // as adapter-node builds it without ORIGIN
		for (const origin of ['http://127.0.0.1:3000', 'https://127.0.0.1:3000']) {
			expect(isCrossOrigin(call('POST', { origin }, local), undefined)).toBe(false);
		}
		for (const origin of [
			'http://127.0.0.1:3001',
			'http://localhost:3000',
			'ftp://127.0.0.1:3000',
			'null'
		]) {
			expect(isCrossOrigin(call('POST', { origin }, local), undefined)).toBe(true);
		}
	});

	it('lets reads through from anywhere, and calls from scripts that send neither header', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS']) {
			expect(isCrossOrigin(call(method, { origin: 'https://evil.example' }), app)).toBe(false);
		}
		expect(isCrossOrigin(call('POST'), app)).toBe(false);
		expect(isCrossOrigin(call('POST'), undefined)).toBe(false);
	});
});
