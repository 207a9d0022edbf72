import type { fiRecords } from './records.fi';

export const enRecords: Record<keyof typeof fiRecords, string> = {
	'records.title': 'Requests'
};
