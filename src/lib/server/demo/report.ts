import { DEMO_PASSWORD } from './accounts';
import type { DemoAccount, FoundDemoData } from './found';

const rule = '='.repeat(78);

/** The start-up warning while demo accounts exist: several lines, on stderr, hard to miss. */
export function demoAccountsWarning(accounts: DemoAccount[]): string {
	const width = Math.max(...accounts.map((account) => account.email.length));
	return [
		rule,
		'WARNING: this server has DEMO ACCOUNTS whose password is PUBLIC.',
		`Anyone who reads the README can sign in as them (password "${DEMO_PASSWORD}"):`,
		...accounts.map((account) => `    ${account.email.padEnd(width)}  ${account.role}`),
		'The directory, services and records they come with are fictional (040 000 … numbers).',
		'Do not enter real information, and do not let families use this server.',
		'To go live: set DEMO_DATA=false and restart. The demo accounts, their sessions and',
		'devices, the demo directory and the demo records are then removed.',
		rule
	].join('\n');
}

/** What a start with the demo off removed, and what it kept because someone changed it. */
export function demoRemovalReport(found: FoundDemoData): string {
	const records = Object.entries(found.records)
		.map(([kind, count]) => `${count} ${kind}`)
		.join(', ');
	const lines = [
		'Lähelle: DEMO_DATA is off, so the demo data found in the database was removed:',
		`  accounts: ${found.accounts.map((account) => account.email).join(', ') || 'none'}` +
			(found.accounts.length ? ' (with their sessions and devices)' : ''),
		`  directory entries: ${found.directory.length}`,
		`  records of the demo accounts: ${records || 'none'}`
	];
	if (found.retentionKinds.length) {
		lines.push(`  retention settings back to the defaults: ${found.retentionKinds.join(', ')}`);
	}
	if (found.changedByOthers.length) {
		lines.push(
			`  KEPT ${found.changedByOthers.length} demo directory entries that someone other than a demo account has changed since:`,
			...found.changedByOthers.map((entry) => `    ${entry.kind} ${entry.id} ${entry.name}`),
			'  Check them in Ylläpito → Hakemiston tiedot and retire any that are not real.'
		);
	}
	return lines.join('\n');
}
