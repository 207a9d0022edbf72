import Papa from 'papaparse';
import { v7 as uuidv7 } from 'uuid';
import { expertRoles } from '$lib/domain/directory-codes';
import { parseDuty } from '$lib/domain/duty';
import { expertiseAreas } from '$lib/domain/expertise';
import { Expert } from '$lib/domain/schemas/expert';
import { tidyPhone, unguard } from './cells';
import { expertColumns, findExpertColumn, type ExpertColumn } from './expert-columns';
import { codeFinder, findCountyId, findLanguageCode } from './lookup';
import { sortIssues, type ImportIssue, type NewEntry, type ParseResult } from './types';

const NewExpert = Expert.omit({ version: true, updatedAt: true });
const findRole = codeFinder(expertRoles.items);
const findExpertise = codeFinder(expertiseAreas.items);

/** The field separator, from the header line: `;` (Finnish Excel), tab, else `,`. */
function separatorOf(headerLine: string): string {
	const counts = [';', '\t', ','].map((candidate) => headerLine.split(candidate).length - 1);
	const best = Math.max(...counts);
	return best === 0 ? ',' : ([';', '\t', ','][counts.indexOf(best)] ?? ',');
}

/** ISO dates, and the d.m.yyyy that Finnish Excel shows. */
function readDate(text: string): string | undefined {
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	if (!finnish) return undefined;
	const [, day, month, year] = finnish;
	return `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

type Issue = Omit<ImportIssue, 'line'>;

/** One cell as the value of its field; problems go to `issues` under the file's header. */
function readCell(
	column: ExpertColumn,
	header: string,
	raw: string,
	today: string,
	issues: Issue[]
): unknown {
	const text = unguard(raw.trim());
	const fail = (message: string) => {
		issues.push({ field: header, message });
		return undefined;
	};
	const eachOf = (find: (item: string) => string | undefined, known: string) => {
		const items = text
			.split(/[|,]/)
			.map((item) => item.trim())
			.filter(Boolean);
		const codes: string[] = [];
		for (const item of items) {
			const code = find(item);
			if (!code) fail(`"${item}" is not known (${known})`);
			else if (!codes.includes(code)) codes.push(code);
		}
		return codes;
	};
	if (column.required && !text) return fail('required');
	switch (column.field) {
		case 'countyId':
			return findCountyId(text) ?? fail(`"${text}" is not a wellbeing services county we know`);
		case 'roles':
			return eachOf(findRole, `one of ${expertRoles.codes.join(', ')} or its Finnish name`);
		case 'expertise':
			return eachOf(findExpertise, 'an expertise code or its Finnish name');
		case 'languages':
			return eachOf(findLanguageCode, 'a language code such as fi, sv, en');
		case 'phone':
			return text ? tidyPhone(text) : undefined;
		case 'duty': {
			const read = parseDuty(text);
			return 'slots' in read
				? read.slots
				: fail(`"${read.error}" is not a duty slot: write the rota like "ma-pe 8-16, la 10-14"`);
		}
		case 'lastVerified':
			if (!text) return today;
			return readDate(text) ?? fail('a date such as 2026-03-31 or 31.3.2026');
		default:
			return text || undefined;
	}
}

/**
 * Reads the experts CSV that admins keep in Excel: `;`, `,` or tab between fields, UTF-8
 * with or without a byte-order mark, a header row naming the columns (expert-columns.ts),
 * list cells separated by `|` or `,`. Every problem is reported with its line and column.
 */
export function parseExpertsCsv(
	text: string,
	today = new Date().toISOString().slice(0, 10)
): ParseResult<'experts'> {
	const source = text.replace(/^\uFEFF/, '');
	const fileError = (message: string): ParseResult<'experts'> => ({
		entries: [],
		lines: [],
		errors: [{ line: 1, field: '', message }]
	});
	const headerLine = source.split(/\r?\n/, 1)[0] ?? '';
	if (!headerLine.trim()) return fileError('the file is empty: the first line names the columns');

	const parsed = Papa.parse<string[]>(source, { delimiter: separatorOf(headerLine) });
	const [header = [], ...rows] = parsed.data;
	const columns = header.map((name) => ({ header: name.trim(), column: findExpertColumn(name) }));
	const errors: ImportIssue[] = [];
	for (const { header: name, column } of columns) {
		if (!column && name) {
			errors.push({ line: 1, field: name, message: 'not a column we know' });
		}
	}
	const present = new Set(columns.flatMap(({ column }) => (column ? [column.field] : [])));
	for (const column of [...new Set(columns.map(({ column }) => column))]) {
		if (column && columns.filter((other) => other.column === column).length > 1) {
			errors.push({ line: 1, field: column.name, message: 'the column appears twice' });
		}
	}
	for (const required of expertColumns.filter((column) => column.required)) {
		if (!present.has(required.field)) {
			errors.push({ line: 1, field: required.name, message: 'this column is required' });
		}
	}
	if (errors.length) return { entries: [], lines: [], errors };

	// Line numbers, counting line breaks inside quoted cells.
	const breaks = (row: string[]) => row.join('').split('\n').length - 1;
	const rowLines: number[] = [];
	let line = 2 + breaks(header);
	for (const row of rows) {
		rowLines.push(line);
		line += 1 + breaks(row);
	}
	for (const problem of parsed.errors) {
		const at = problem.row === undefined ? 1 : (rowLines[problem.row - 1] ?? 1);
		errors.push({ line: at, field: '', message: `not valid CSV: ${problem.message}` });
	}

	const entries: NewEntry<'experts'>[] = [];
	const lines: number[] = [];
	const madeIds: string[] = [];
	const seenIds = new Map<string, number>();
	const seenEmails = new Map<string, number>();
	const headerOf = (field: string) =>
		columns.find(({ column }) => column?.field === field)?.header ?? field;
	rows.forEach((row, index) => {
		const at = rowLines[index]!;
		if (row.every((cell) => !cell.trim())) return;
		const issues: Issue[] = [];
		const candidate: Record<string, unknown> = {
			roles: [],
			expertise: [],
			languages: [],
			duty: [],
			lastVerified: today
		};
		columns.forEach(({ header: name, column }, cellIndex) => {
			if (!column) return;
			const value = readCell(column, name, row[cellIndex] ?? '', today, issues);
			if (value === undefined) delete candidate[column.field];
			else candidate[column.field] = value;
		});
		const madeId = typeof candidate.id === 'string' ? undefined : uuidv7();
		candidate.id ??= madeId;
		const result = NewExpert.safeParse(candidate);
		if (!result.success) {
			const named = new Set(issues.map((issue) => issue.field));
			for (const issue of result.error.issues) {
				const field = headerOf(String(issue.path[0]));
				if (!named.has(field)) issues.push({ field, message: issue.message });
				named.add(field);
			}
		}
		const duplicate = (seen: Map<string, number>, key: string | undefined, field: string) => {
			if (!key) return;
			const first = seen.get(key);
			if (first === undefined) seen.set(key, at);
			else issues.push({ field: headerOf(field), message: `the same as on line ${first}` });
		};
		duplicate(seenIds, madeId ? undefined : String(candidate.id), 'id');
		duplicate(seenEmails, result.data?.email?.toLowerCase(), 'email');
		errors.push(...issues.map((issue) => ({ line: at, ...issue })));
		if (result.success && issues.length === 0) {
			entries.push(result.data);
			lines.push(at);
			if (madeId) madeIds.push(madeId);
		}
	});
	if (entries.length === 0 && errors.length === 0) {
		return fileError('the file has a header line but no experts');
	}
	return { entries, lines, errors: sortIssues(errors), fields: [...present], madeIds };
}
