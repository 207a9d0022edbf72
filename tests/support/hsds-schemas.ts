import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The HSDS 3.0 schemas kept beside the project (../shared/hsds-3.0/schema). */
export const hsdsSchemaDir = path.resolve(import.meta.dirname, '../../../shared/hsds-3.0/schema');

export type HsdsObject =
	'service' | 'organization' | 'service_at_location' | 'location' | 'taxonomy' | 'taxonomy_term';

/**
 * Ajv validators for the HSDS objects. The schema files refer to each other by file name
 * ("phone.json"), so each is registered under its file name. They carry documentation
 * keywords of their own (`core`, `constraints` …), hence strict mode off.
 */
export function hsdsValidators(): Record<HsdsObject, ValidateFunction> {
	const ajv = new Ajv({ strict: false, allErrors: true });
	addFormats(ajv);
	for (const file of readdirSync(hsdsSchemaDir)) {
		if (!file.endsWith('.json') || file === 'openapi.json') continue;
		ajv.addSchema(JSON.parse(readFileSync(path.join(hsdsSchemaDir, file), 'utf8')), file);
	}
	const get = (name: HsdsObject) => ajv.getSchema(`${name}.json`)!;
	return {
		service: get('service'),
		organization: get('organization'),
		service_at_location: get('service_at_location'),
		location: get('location'),
		taxonomy: get('taxonomy'),
		taxonomy_term: get('taxonomy_term')
	};
}

/** Validation problems of `value` as readable lines (empty when it is valid). */
export function hsdsProblems(validate: ValidateFunction, value: unknown, label: string): string[] {
	if (validate(value)) return [];
	return (validate.errors ?? []).map(
		(problem) => `${label}${problem.instancePath}: ${problem.message ?? problem.keyword}`
	);
}
