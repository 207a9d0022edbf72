import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a compressed answer saves less than the work costs. */
const MIN_BYTES = 1024;

/** The encoding to answer in, from the request's Accept-Encoding: brotli, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | null): 'br' | 'gzip' | undefined {
	const offered = (acceptEncoding ?? '')
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, weight]) => !weight || !/^\s*q=0(\.0*)?\s*$/.test(weight))
		.map(([name]) => name!.toLowerCase());
	if (offered.includes('br')) return 'br';
	if (offered.includes('gzip')) return 'gzip';
	return undefined;
}

/**
 * A JSON answer compressed as the client accepts (a records pull page is ~0.6 MB of JSON,
 * ~10× smaller compressed). Brotli at a low quality: near gzip's speed, smaller answers.
 */
export async function compressedJson(value: unknown, request: Request): Promise<Response> {
	const text = JSON.stringify(value);
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		vary: 'accept-encoding'
	};
	const encoding =
		text.length >= MIN_BYTES ? chooseEncoding(request.headers.get('accept-encoding')) : undefined;
	if (!encoding) return new Response(text, { headers });
	const body =
		encoding === 'br'
			? await brotli(text, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: 4,
						[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
						[constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text)
					}
				})
			: await gzipAsync(text, { level: 6 });
	return new Response(new Uint8Array(body), {
		headers: { ...headers, 'content-encoding': encoding }
	});
}
