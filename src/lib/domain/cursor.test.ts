import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorAt, decodeCursor, encodeCursor } from './cursor';

describe('pull cursor', () => {
	it('round-trips any sequence number within its scope', () => {
		fc.assert(
			fc.property(fc.nat(2 ** 40), (seq) => {
				expect(decodeCursor('ref', encodeCursor('ref', seq))).toBe(seq);
			})
		);
	});

	it('treats another scope or garbage as unknown', () => {
		expect(decodeCursor('rec', encodeCursor('ref', 5))).toBeNull();
		expect(decodeCursor('ref', 'ref.-1')).toBeNull();
		expect(decodeCursor('ref', "ref.1'; drop")).toBeNull();
		expect(decodeCursor('ref', '')).toBeNull();
	});

	it('moves a cursor to another point of the same scope', () => {
		expect(decodeCursor('ref', cursorAt(encodeCursor('ref', 900), 42)!)).toBe(42);
		expect(cursorAt('garbage', 42)).toBeNull();
		expect(cursorAt(encodeCursor('ref', 1), -1)).toBeNull();
	});
});
