import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, randomBytes, toBase64 } from './encoding';

describe('base64', () => {
	it('round-trips any bytes, including more than one chunk', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
				expect(fromBase64(toBase64(bytes))).toEqual(bytes);
			})
		);
		const large = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);
		expect(fromBase64(toBase64(large.buffer))).toEqual(large);
	});

	it('matches the standard encoding', () => {
		expect(toBase64(new TextEncoder().encode('Lähelle'))).toBe(
			Buffer.from('Lähelle').toString('base64')
		);
	});

	it('makes random bytes of the asked length', () => {
		const a = randomBytes(16);
		expect(a).toHaveLength(16);
		expect(a).not.toEqual(randomBytes(16));
	});

	it('refuses text that is not base64', () => {
		expect(() => fromBase64('not base64!')).toThrow();
	});
});
