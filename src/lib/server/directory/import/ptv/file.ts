import type { z } from 'zod';
import { elementLines, readJson } from '../json-lines';
import type { ImportIssue } from '../types';
import { PtvFileShape, ptvItemSchemas } from './input';

type Lists = typeof ptvItemSchemas;
type ListName = keyof Lists;

/**
 * A read PTV file: each list's items in their places, `undefined` where an item is malformed
 * (its problems are in `errors`), so that paths and lines stay those of the file.
 */
export interface ParsedPtvFile {
	data: { [K in ListName]: (z.infer<Lists[K]> | undefined)[] };
	lines: Record<ListName, number[]>;
}

const SHAPE =
	'expected {"services": [...], "channels": [...], "organizations": [...]} of PTV open API v11 ' +
	'items, as npm run fetch:ptv saves them';

const listNames = Object.keys(ptvItemSchemas) as ListName[];

/**
 * Reads the file's JSON and checks each item against the PTV schema (input.ts); a problem is
 * answered with its path in the file ("services.2.serviceNames.0.language") and the line of
 * the service, channel or organisation it is in.
 */
export function parsePtvFile(text: string): { file?: ParsedPtvFile; errors: ImportIssue[] } {
	const file = readJson(text);
	if (file.error) return { errors: [file.error] };
	const { source, json } = file;
	const shape = PtvFileShape.safeParse(json);
	if (!shape.success) {
		const fields = shape.error.issues.map((issue) => issue.path.join('.')).join(', ');
		return { errors: [{ line: 1, field: fields, message: SHAPE }] };
	}
	const errors: ImportIssue[] = [];
	const lines = Object.fromEntries(
		listNames.map((name) => [name, elementLines(source, name)])
	) as ParsedPtvFile['lines'];
	const read = <K extends ListName>(name: K) =>
		shape.data[name].map((item, index) => {
			const parsed = ptvItemSchemas[name].safeParse(item);
			if (parsed.success) return parsed.data as z.infer<Lists[K]>;
			const line = lines[name][index] ?? 1;
			for (const issue of parsed.error.issues) {
				const field = [name, index, ...issue.path].join('.');
				errors.push({ line, field, message: issue.message });
			}
			return undefined;
		});
	const data = {
		services: read('services'),
		channels: read('channels'),
		organizations: read('organizations')
	};
	return { file: { data, lines }, errors };
}
