import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial';
import * as devicesAuditThrottle from './0002-devices-audit-throttle';
import * as deviceSession from './0003-device-session';
import * as directoryEntries from './0004-directory-entries';
import * as recordsSync from './0005-records-sync';
import * as statsRetention from './0006-stats-retention';
import * as recordReaders from './0007-record-readers';
import * as municipalityCodes from './0008-municipality-codes';
import * as caseReaders from './0009-case-readers';
import * as syncEpoch from './0010-sync-epoch';
import * as statsMunicipality from './0011-stats-municipality';
import * as statsOutcomes from './0012-stats-outcomes';
import * as mobilePairReaders from './0013-mobile-pair-readers';
import * as internalNotesExperts from './0014-internal-notes-experts';
import * as quarantineReasonCode from './0015-quarantine-reason-code';

/** Every migration, in order. Imported statically so the bundled server carries them. */
const migrations: Record<string, Migration> = {
	'0001-initial': initial,
	'0002-devices-audit-throttle': devicesAuditThrottle,
	'0003-device-session': deviceSession,
	'0004-directory-entries': directoryEntries,
	'0005-records-sync': recordsSync,
	'0006-stats-retention': statsRetention,
	'0007-record-readers': recordReaders,
	'0008-municipality-codes': municipalityCodes,
	'0009-case-readers': caseReaders,
	'0010-sync-epoch': syncEpoch,
	'0011-stats-municipality': statsMunicipality,
	'0012-stats-outcomes': statsOutcomes,
	'0013-mobile-pair-readers': mobilePairReaders,
	'0014-internal-notes-experts': internalNotesExperts,
	'0015-quarantine-reason-code': quarantineReasonCode
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};

export const latestSchemaVersion = Object.keys(migrations).length;
