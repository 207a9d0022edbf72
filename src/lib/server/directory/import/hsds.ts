import { Service } from '$lib/domain/schemas/service';
import { taxonomySources, type TaxonomyKey } from '../../hsds/taxonomies';
import {
	readAreas,
	readChannels,
	readCost,
	readLanguages,
	splitDescription,
	termCodes,
	type Issue
} from './hsds-fields';
import { HsdsServiceIn } from './hsds-input';
import { elementLines, readJson } from './json-lines';
import { sortIssues, type ImportIssue, type NewEntry, type ParseResult } from './types';

const NewService = Service.omit({ version: true, updatedAt: true });

/** Where each of our fields comes from in HSDS, for naming the field of a problem. */
const sourceField: Record<string, string> = {
	id: 'id',
	name: 'name',
	summary: 'description',
	description: 'description',
	tier: 'attributes',
	category: 'attributes',
	targetGroups: 'attributes',
	access: 'attributes',
	audience: 'attributes',
	cost: 'cost_options',
	costText: 'fees_description',
	channels: 'phones',
	openingHours: 'schedules',
	countyIds: 'service_areas',
	municipalityIds: 'service_areas',
	languages: 'languages',
	providerId: 'organization_id',
	lastVerified: 'assured_date'
};

const hsdsField = (_index: number, field: string) => sourceField[field] ?? field;

/** One HSDS service as one of ours, with the problems that stop it. */
function toService(input: HsdsServiceIn, today: string) {
	const issues: Issue[] = [];
	if (input.status && input.status !== 'active') {
		issues.push({ field: 'status', message: 'only active services can be imported' });
	}
	const terms = termCodes(input);
	const single = (key: TaxonomyKey, fallback?: string) => {
		const codes = terms.get(key) ?? (fallback ? [fallback] : []);
		if (codes.length !== 1) {
			const source = taxonomySources.find((candidate) => candidate.key === key)!;
			issues.push({
				field: 'attributes',
				message:
					`needs ${codes.length ? 'only one' : 'a'} term of the taxonomy "${source.name.en}" ` +
					`(${source.items.map((item) => item.code).join(', ')})`
			});
		}
		return codes[0];
	};
	const name = input.name.trim();
	const { summary, description } = splitDescription(input.description, name);
	const { cost, costText } = readCost(input, issues);
	const openingHours = (input.schedules ?? [])
		.map((schedule) => schedule.description?.trim())
		.filter(Boolean)
		.join('; ');
	const local = (fi: string) => ({ fi, sv: '', en: '' });
	const candidate = {
		id: input.id,
		name: local(name),
		summary: local(summary),
		description: local(description),
		tier: single('tier'),
		category: single('service_category'),
		targetGroups: terms.get('target_group') ?? [],
		access: single('access'),
		cost,
		...(costText ? { costText } : {}),
		channels: readChannels(input, issues),
		...(openingHours ? { openingHours } : {}),
		...readAreas(input, issues),
		languages: readLanguages(input, issues),
		providerId: input.organization_id ?? input.organization?.id ?? undefined,
		// HSDS is an open format: a service in it without our audience term is a public one.
		audience: single('audience', 'public'),
		lastVerified: input.assured_date ? input.assured_date.slice(0, 10) : today
	};
	if (candidate.targetGroups.length === 0) {
		issues.push({ field: 'attributes', message: 'needs at least one target group term' });
	}
	const parsed = NewService.safeParse(candidate);
	if (!parsed.success) {
		const named = new Set(issues.map((issue) => issue.field.split('.')[0]));
		for (const issue of parsed.error.issues) {
			const field = sourceField[String(issue.path[0])] ?? issue.path.join('.');
			if (named.has(field)) continue;
			named.add(field);
			issues.push({ field, message: issue.message });
		}
	}
	return { entry: parsed.success && issues.length === 0 ? parsed.data : undefined, issues };
}

/**
 * Reads HSDS 3.0 services: a JSON list of services, a paged answer (`contents`) as our
 * `/api/v1/hsds/services?lang=fi` gives, or one service. Texts become the Finnish ones.
 */
export function parseHsdsServices(
	text: string,
	today = new Date().toISOString().slice(0, 10)
): ParseResult<'services'> {
	const read = readJson(text);
	if (read.error) return { entries: [], lines: [], errors: [read.error] };
	const { source, json } = read;
	const list = Array.isArray(json)
		? json
		: json && typeof json === 'object' && Array.isArray((json as { contents?: unknown }).contents)
			? (json as { contents: unknown[] }).contents
			: json && typeof json === 'object' && 'id' in json
				? [json]
				: undefined;
	if (!list) {
		const message = 'expected a list of HSDS services, a page with "contents", or one service';
		return { entries: [], lines: [], errors: [{ line: 1, field: '', message }] };
	}

	const starts = elementLines(source);
	const entries: NewEntry<'services'>[] = [];
	const lines: number[] = [];
	const errors: ImportIssue[] = [];
	const seen = new Map<string, number>();
	list.forEach((item, index) => {
		const line = starts[index] ?? 1;
		const input = HsdsServiceIn.safeParse(item);
		if (!input.success) {
			for (const issue of input.error.issues.slice(0, 5)) {
				errors.push({ line, field: issue.path.join('.'), message: issue.message });
			}
			return;
		}
		const { entry, issues } = toService(input.data, today);
		errors.push(...issues.map((issue) => ({ line, ...issue })));
		const first = seen.get(input.data.id);
		if (first !== undefined) {
			errors.push({ line, field: 'id', message: `the same id as the service on line ${first}` });
			return;
		}
		seen.set(input.data.id, line);
		if (entry) {
			entries.push(entry);
			lines.push(line);
		}
	});
	return { entries, lines, errors: sortIssues(errors), fieldName: hsdsField };
}
