import { describe, expect, it } from 'vitest';
import { OLDEST_CLIENT_SCHEMA_VERSION, SCHEMA_VERSION, schemaFit } from './schema-version';

describe('schemaFit', () => {
	const server = { current: 9, oldestClient: 7 };

	it('serves every app from the oldest it still serves up to its own version', () => {
		expect([7, 8, 9].map((version) => schemaFit(version, server))).toEqual(['ok', 'ok', 'ok']);
	});

	it('tells an app older than that to reload', () => {
		expect(schemaFit(6, server)).toBe('client-outdated');
		expect(schemaFit(1, server)).toBe('client-outdated');
	});

	it('refuses the changes of an app newer than the server', () => {
		expect(schemaFit(10, server)).toBe('server-outdated');
	});

	it('serves this build of the app by default, and the oldest it names', () => {
		expect(OLDEST_CLIENT_SCHEMA_VERSION).toBeLessThanOrEqual(SCHEMA_VERSION);
		expect(schemaFit(SCHEMA_VERSION)).toBe('ok');
		expect(schemaFit(OLDEST_CLIENT_SCHEMA_VERSION)).toBe('ok');
		expect(schemaFit(OLDEST_CLIENT_SCHEMA_VERSION - 1)).toBe('client-outdated');
		expect(schemaFit(SCHEMA_VERSION + 1)).toBe('server-outdated');
	});
});
