import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Server settings from the environment, parsed once; a bad value stops the start. */
const ServerEnv = z.object({
	DATABASE_URL: z
		.string()
		.trim()
		.regex(/^postgres(ql)?:\/\/.+/, 'DATABASE_URL must start with postgres:// or postgresql://')
		.optional()
		.or(z.literal('').transform(() => undefined)),
	DATA_DIR: z.string().trim().min(1).default('./data'),
	DEMO_DATA: z
		.enum(['true', 'false', '1', '0'])
		.default('true')
		.transform((value) => value === 'true' || value === '1')
});

export type DatabaseConfig =
	{ kind: 'sqlite'; file: string } | { kind: 'postgres'; connectionString: string };

export interface ServerConfig {
	database: DatabaseConfig;
	dataDir: string;
	demoData: boolean;
}

export class ConfigError extends Error {}

export function loadServerConfig(env: Record<string, string | undefined>): ServerConfig {
	const parsed = ServerEnv.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ConfigError(`${issue?.path.join('.')}: ${issue?.message}`);
	}
	const { DATABASE_URL, DATA_DIR, DEMO_DATA } = parsed.data;
	const dataDir = path.resolve(DATA_DIR);
	ensureWritableDir(dataDir);
	return {
		database: DATABASE_URL
			? { kind: 'postgres', connectionString: DATABASE_URL }
			: { kind: 'sqlite', file: path.join(dataDir, 'lahelle.db') },
		dataDir,
		demoData: DEMO_DATA
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
