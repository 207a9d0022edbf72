import type { fiStats } from './stats.fi';

export const svStats: Record<keyof typeof fiStats, string> = {
	'stats.title': 'Statistik'
};
