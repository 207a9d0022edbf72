import type { Kysely, Transaction } from 'kysely';
import { foldText } from '$lib/domain/fold';
import type { Database } from '../../../db/schema';
import { listEntries } from '../../repository';
import { checkEntries, storedRows, writeEntries } from '../import';
import { refused, sampleOf, type ImportReport, type RunOptions } from '../report';
import { sortIssues } from '../types';
import { parsePtvFile, type ParsedPtvFile } from './file';
import { mapPtvFile, ptvOrganisationFields, type KnownEntries } from './map';
import { entryId, ptvField, ptvServiceFields, type StoredService } from './service';

/** The services and organisations already stored that the file may update or refer to. */
async function knownEntries(
	trx: Transaction<Database>,
	file: ParsedPtvFile
): Promise<KnownEntries> {
	const rows = await storedRows(
		trx,
		file.data.services.flatMap((service) => (service ? [entryId(service.id)] : []))
	);
	const services = new Map<string, StoredService>();
	for (const [id, row] of rows) {
		if (row.kind === 'services' && !row.deleted && row.data) {
			services.set(id, JSON.parse(row.data) as StoredService);
		}
	}
	const organisations = await listEntries(trx, 'organisations');
	return {
		services,
		organisationIds: new Set(organisations.map((org) => org.id)),
		organisationsByName: new Map(organisations.map((org) => [foldText(org.name), org.id]))
	};
}

/**
 * Imports a PTV file (services with their channels and organisations) all or nothing, in one
 * transaction: the organisations and services are both checked before either is written, and
 * a dry run or any problem writes nothing. Re-importing updates only PTV's fields of a
 * service (`ptvServiceFields`); tier, category, target groups, access and audience stay ours.
 */
export async function runPtvImport(
	db: Kysely<Database>,
	text: string,
	options: RunOptions = {},
	today = new Date().toISOString().slice(0, 10)
): Promise<ImportReport> {
	const parsed = parsePtvFile(text);
	const file = parsed.file;
	if (!file) return refused('services', parsed.errors);

	return db.transaction().execute(async (trx) => {
		const mapped = mapPtvFile(file, await knownEntries(trx, file), today);
		const organisationOptions = {
			...options,
			lines: mapped.organisationLines,
			fields: ptvOrganisationFields,
			fieldName: (index: number) => mapped.organisationPaths[index] ?? ''
		};
		const serviceOptions = {
			...options,
			lines: mapped.serviceLines,
			fields: [...ptvServiceFields],
			fieldName: (index: number, field: string) =>
				`${mapped.servicePaths[index]}.${ptvField[field] ?? field}`,
			providerIds: new Set(mapped.organisations.map((org) => org.id))
		};
		const organisations = await checkEntries(
			trx,
			'organisations',
			mapped.organisations,
			organisationOptions
		);
		const services = await checkEntries(trx, 'services', mapped.services, serviceOptions);
		const errors = sortIssues([
			...parsed.errors,
			...mapped.issues,
			...organisations.errors,
			...services.errors
		]);
		const written = errors.length === 0 && !options.dryRun;
		if (written) {
			if (organisations.changed.length > 0) {
				await writeEntries(trx, 'organisations', organisations, organisationOptions);
			}
			await writeEntries(trx, 'services', services, serviceOptions);
		}
		return {
			kind: 'services',
			counts: services.counts,
			sample: sampleOf(services.entries),
			errors,
			notes: sortIssues(mapped.notes),
			related: [{ kind: 'organisations', counts: organisations.counts }],
			written
		} satisfies ImportReport;
	});
}
