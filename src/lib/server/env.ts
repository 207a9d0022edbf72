import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CASE_ACCESS_GRACE_DAYS } from '$lib/domain/need-to-know';

const Flag = z
	.enum(['true', 'false', '1', '0'], { message: 'must be true or false (or 1 or 0)' })
	.transform((value) => value === 'true' || value === '1');

/** Server settings from the environment, parsed once; a bad value stops the start. */
const ServerEnv = z.object({
	DATABASE_URL: z
		.string()
		.trim()
		.regex(/^postgres(ql)?:\/\/.+/, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	DATA_DIR: z.string().trim().min(1).default('./data'),
	// Unset (or empty): on for a local try-out, off for anything that looks like a deployment.
	DEMO_DATA: z.preprocess((value) => (value === '' ? undefined : value), Flag.optional()),
	// The OT centre's number: "Call the OT coordinator" calls it when no coordinator is on duty.
	OT_PHONE: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z
			.string()
			.trim()
			.regex(/^\+?[0-9 ]{6,20}$/, 'OT_PHONE must be a phone number')
			.optional()
	),
	// How often each process checks whether a background job is due (the lease picks one).
	JOB_CHECK_SECONDS: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z.coerce
			.number({ message: 'JOB_CHECK_SECONDS must be a number of seconds' })
			.int('JOB_CHECK_SECONDS must be a whole number of seconds')
			.min(1, 'JOB_CHECK_SECONDS must be at least 1')
			.default(3600)
	),
	// Days the experts of a closed case still read it (domain/need-to-know.ts).
	CASE_ACCESS_GRACE_DAYS: z.preprocess(
		(value) => (value === '' ? undefined : value),
		z.coerce
			.number({ message: 'CASE_ACCESS_GRACE_DAYS must be a number of days' })
			.int('CASE_ACCESS_GRACE_DAYS must be a whole number of days')
			.min(0, 'CASE_ACCESS_GRACE_DAYS must be 0 or more')
			.max(3650, 'CASE_ACCESS_GRACE_DAYS must be at most 3650')
			.default(DEFAULT_CASE_ACCESS_GRACE_DAYS)
	),
	// Checked in full by the sign-in settings; here only whether it is https.
	ORIGIN: z.string().optional()
});

export type DatabaseConfig =
	{ kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string };

export interface ServerConfig {
	database: DatabaseConfig;
	dataDir: string;
	/** Load the fictional demo data and accounts (else any found are removed at start). */
	demoData: boolean;
	/** Why `demoData` is what it is, for the start-up line. */
	demoDataReason: string;
	/** The OT centre's number for when no coordinator is on duty (OT_PHONE), or null. */
	otPhone: string | null;
	/** How often this process checks for due background jobs (JOB_CHECK_SECONDS), in ms. */
	jobCheckMs: number;
	/** Days the experts of a closed case still read it (CASE_ACCESS_GRACE_DAYS). */
	caseAccessGraceDays: number;
}

export class ConfigError extends Error {}

/**
 * Whether the demo data is on: DEMO_DATA when given; otherwise on only for the newcomer's
 * `npm start` (embedded SQLite, no https ORIGIN) and off wherever a deployment shows itself
 * (a DATABASE_URL, or a public https ORIGIN), so a forgotten setting never publishes
 * fictional services or accounts with a known password.
 */
export function demoDataDefault(env: {
	DEMO_DATA?: boolean;
	DATABASE_URL?: string;
	ORIGIN?: string;
}): { on: boolean; reason: string } {
	if (env.DEMO_DATA !== undefined) {
		return { on: env.DEMO_DATA, reason: `DEMO_DATA=${env.DEMO_DATA}` };
	}
	if (env.DATABASE_URL) return { on: false, reason: 'off by default: DATABASE_URL is set' };
	if (/^\s*https:\/\//i.test(env.ORIGIN ?? '')) {
		return { on: false, reason: 'off by default: ORIGIN is https' };
	}
	return { on: true, reason: 'on by default: SQLite without an https ORIGIN' };
}

export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
	const parsed = ServerEnv.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ConfigError(`${issue?.path.join('.')}: ${issue?.message}`);
	}
	const { DATABASE_URL, DATA_DIR } = parsed.data;
	const demo = demoDataDefault(parsed.data);
	const dataDir = path.resolve(DATA_DIR);
	ensureWritableDir(dataDir);
	return {
		database: DATABASE_URL
			? { kind: 'postgres', connectionString: DATABASE_URL }
			: { kind: 'sqlite', file: path.join(dataDir, 'lahelle.db') },
		dataDir,
		demoData: demo.on,
		demoDataReason: demo.reason,
		otPhone: parsed.data.OT_PHONE ?? null,
		jobCheckMs: parsed.data.JOB_CHECK_SECONDS * 1000,
		caseAccessGraceDays: parsed.data.CASE_ACCESS_GRACE_DAYS
	};
}

function ensureWritableDir(dir: string) {
	try {
		mkdirSync(dir, { recursive: true });
		accessSync(dir, constants.W_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'error';
		throw new ConfigError(`DATA_DIR ${dir} is not a writable directory (${code})`);
	}
}
