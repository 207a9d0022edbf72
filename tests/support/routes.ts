import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const handlerNames = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback'];

/** The handler names a `+server.ts` exports: `export const GET`, `export async function POST`, `export { x as PATCH }`. */
export function exportedHandlers(source: string): string[] {
	const found = new Set<string>();
	const declared = /export\s+(?:const|let|var|(?:async\s+)?function\s*\*?)\s*([A-Za-z_$][\w$]*)/g;
	for (const match of source.matchAll(declared)) found.add(match[1]!);
	for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
		for (const part of match[1]!.split(',')) {
			const name = part
				.trim()
				.split(/\s+as\s+/)
				.pop();
			if (name) found.add(name);
		}
	}
	return handlerNames.filter((name) => found.has(name));
}

/**
 * Every API route and method on disk as "METHOD /api/v1/path/[param]", from the files
 * `src/routes/api/v1/**\/+server.ts` (route groups like `(admin)` are not part of the URL).
 */
export function apiRoutesOnDisk(): string[] {
	const base = path.join(root, 'src/routes');
	const files = readdirSync(path.join(base, 'api/v1'), { recursive: true, encoding: 'utf8' })
		.filter((file) => path.basename(file) === '+server.ts')
		.map((file) => path.join(base, 'api/v1', file));
	return files.flatMap((file) => {
		const segments = path
			.relative(base, path.dirname(file))
			.split(path.sep)
			.filter((segment) => !/^\(.*\)$/.test(segment));
		const route = '/' + segments.join('/');
		return exportedHandlers(readFileSync(file, 'utf8')).map((method) => `${method} ${route}`);
	});
}
