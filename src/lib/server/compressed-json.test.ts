import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, compressedJson } from './compressed-json';

const page = {
	changes: Array.from({ length: 200 }, (_, n) => ({ id: `id-${n}`, note: 'Soitto koulusta' }))
};
const request = (acceptEncoding?: string) =>
	new Request('http://localhost/api/v1/sync/pull', {
		headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}
	});

describe('compressed JSON answers', () => {
	it('prefers brotli, then gzip, and honours a refusal (q=0)', () => {
		expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeUndefined();
		expect(chooseEncoding(null)).toBeUndefined();
	});

	it('answers brotli or gzip that decode to the same JSON, and much smaller', async () => {
		const text = JSON.stringify(page);
		for (const [accept, decode] of [
			['br', brotliDecompressSync],
			['gzip', gunzipSync]
		] as const) {
			const answer = await compressedJson(page, request(accept));
			expect(answer.headers.get('content-encoding')).toBe(accept);
			expect(answer.headers.get('vary')).toBe('accept-encoding');
			const bytes = Buffer.from(await answer.arrayBuffer());
			expect(bytes.length).toBeLessThan(text.length / 5);
			expect(JSON.parse(decode(bytes).toString())).toEqual(page);
		}
	});

	it('answers plain JSON to a client that accepts no compression, and for small answers', async () => {
		const plain = await compressedJson(page, request());
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.json()).toEqual(page);
		const small = await compressedJson({ ok: true }, request('br'));
		expect(small.headers.get('content-encoding')).toBeNull();
	});
});
