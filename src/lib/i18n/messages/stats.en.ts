import type { fiStats } from './stats.fi';

export const enStats: Record<keyof typeof fiStats, string> = {
	'stats.title': 'Statistics'
};
