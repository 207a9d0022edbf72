// `npm run fetch:ptv -- --organization GUID [--organization GUID …] [--service GUID …] [--out FILE]`:
// saves services from the national Service Catalogue (PTV open API v11) as the file that
// `npm run import:ptv` reads. Needs the network; PTV_API_URL overrides the API's address.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fetchPtvExport, PTV_API_URL } from '$lib/server/directory/import/ptv/fetch';

const usage =
	'usage: npm run fetch:ptv -- --organization GUID [--organization GUID …] [--service GUID …] [--out FILE]';

async function main(): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				organization: { type: 'string', multiple: true, default: [] },
				service: { type: 'string', multiple: true, default: [] },
				out: { type: 'string' }
			}
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n${usage}`);
		return 2;
	}
	if (values.organization.length === 0 && values.service.length === 0) {
		console.error(usage);
		return 2;
	}
	const baseUrl = process.env.PTV_API_URL || PTV_API_URL;
	const file = await fetchPtvExport({
		organizations: values.organization,
		services: values.service,
		baseUrl
	});
	const text = `${JSON.stringify(file, null, '\t')}\n`;
	if (values.out) writeFileSync(values.out, text);
	else process.stdout.write(text);
	console.error(
		`Fetched ${file.services.length} services, ${file.channels.length} channels and ` +
			`${file.organizations.length} organisations from ${baseUrl}.`
	);
	return 0;
}

try {
	process.exitCode = await main();
} catch (error) {
	console.error(`fetch failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
