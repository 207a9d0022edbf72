import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsNul, MAX_REASON_LENGTH, nestsDeeperThan, storableText } from './json-checks';

/** A value nested `depth` deep, made from text: building it by recursion would be the bug. */
const nested = (depth: number, asObjects = false) =>
	JSON.parse(
		asObjects
			? `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`
			: `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
	) as unknown;

/** Any UTF-16 code unit, control characters and lone surrogates often. */
const codeUnit = fc
	.oneof(
		fc.integer({ min: 0, max: 0x1f }),
		fc.integer({ min: 0xd800, max: 0xdfff }),
		fc.integer({ min: 0, max: 0xffff })
	)
	.map((code) => String.fromCharCode(code));

describe('checks of what a client sent', () => {
	it('measures nesting without recursion, however deep', () => {
		expect(nestsDeeperThan(nested(32), 32)).toBe(false);
		expect(nestsDeeperThan(nested(33), 32)).toBe(true);
		expect(nestsDeeperThan(nested(200_000), 32)).toBe(true);
		expect(nestsDeeperThan(nested(200_000, true), 32)).toBe(true);
		expect(nestsDeeperThan({ a: [1, { b: 'x' }] }, 3)).toBe(false);
		expect(nestsDeeperThan('text', 0)).toBe(false);
	});

	it('finds U+0000 in values and in field names, however deep, without recursion', () => {
		expect(holdsNul({ a: ['x', { b: 'y\0' }] })).toBe(true);
		expect(holdsNul({ a: { 'b\0': 1 } })).toBe(true);
		expect(holdsNul({ '\0': null })).toBe(true);
		expect(holdsNul({ a: ['x', { b: 'y' }], c: 1, d: null })).toBe(false);
		expect(holdsNul(nested(200_000))).toBe(false);
		expect(
			holdsNul(JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`) as unknown)
		).toBe(true);
	});

	it('leaves out what its caller checks itself', () => {
		const own = { fields: { 'a\0': 1 } };
		expect(holdsNul({ list: [own] }, new Set([own]))).toBe(false);
		expect(holdsNul({ list: [own], other: 'b\0' }, new Set([own]))).toBe(true);
	});

	it('makes any text storable: no U+0000, no lone surrogate, never too long', () => {
		expect(storableText('unknown key "a\0b"')).toBe('unknown key "a\uFFFDb"');
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: codeUnit, maxLength: 100 }),
					fc.string({ unit: codeUnit, maxLength: 20 }).map((text) => text.repeat(50))
				),
				(text) => {
					const stored = storableText(text);
					expect(stored).not.toContain('\0');
					expect(stored.isWellFormed()).toBe(true);
					expect(stored.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
				}
			),
			{ numRuns: 500, seed: 20_261_125 }
		);
	});
});
