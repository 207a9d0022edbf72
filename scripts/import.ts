// `npm run import -- hsds FILE.json` / `experts FILE.csv` / `ptv FILE.json` [--dry-run]
// (`npm run import:ptv -- FILE.json` is the last): imports into the database the server uses
// (DATABASE_URL, else DATA_DIR's SQLite file).
import { readFileSync } from 'node:fs';
import { connectDatabase } from '$lib/server/db/connect';
import { migrateToLatest } from '$lib/server/db/migrate';
import type { ImportFormat } from '$lib/domain/api/requests';
import type { ImportCounts } from '$lib/server/directory/import/import';
import { runImport } from '$lib/server/directory/import/run';
import { loadServerConfig } from '$lib/server/env';

const usage =
	'usage: npm run import -- hsds FILE.json | experts FILE.csv | ptv FILE.json  [--dry-run]';
const formats: Record<string, ImportFormat> = {
	hsds: 'hsds',
	ptv: 'ptv',
	experts: 'experts-csv',
	'experts-csv': 'experts-csv'
};

async function main(args: string[]): Promise<number> {
	const dryRun = args.includes('--dry-run');
	const [name = '', file, ...rest] = args.filter((arg) => arg !== '--dry-run');
	const format = formats[name];
	if (!format || !file || rest.length > 0) {
		console.error(usage);
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		console.error(`cannot read ${file}: ${(error as Error).message}`);
		return 2;
	}

	const config = loadServerConfig(process.env);
	const handle = await connectDatabase(config.database);
	try {
		await migrateToLatest(handle.db);
		const report = await runImport(handle.db, format, text, { dryRun, actor: { actorId: null } });
		if (report.errors.length > 0) {
			for (const problem of report.errors) {
				const field = problem.field ? `${problem.field}: ` : '';
				console.error(`${file}:${problem.line}: ${field}${problem.message}`);
			}
			console.error(`${report.errors.length} problem(s); nothing was imported.`);
			return 1;
		}
		const counted = ({ total, created, updated, unchanged }: ImportCounts, kind: string) =>
			`${total} ${kind} (${created} new, ${updated} changed, ${unchanged} unchanged)`;
		const also = (report.related ?? []).map((other) => ` and ${counted(other.counts, other.kind)}`);
		console.log(
			`${dryRun ? 'Would import' : 'Imported'} ${counted(report.counts, report.kind)}` +
				`${also.join('')} into ${handle.description}.`
		);
		for (const note of report.notes) {
			console.log(`${file}:${note.line}: ${note.field}: note: ${note.message}`);
		}
		return 0;
	} finally {
		await handle.db.destroy();
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
