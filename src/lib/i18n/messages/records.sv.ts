import type { fiRecords } from './records.fi';

export const svRecords: Record<keyof typeof fiRecords, string> = {
	'records.title': 'Förfrågningar'
};
