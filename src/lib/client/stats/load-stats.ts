import { UnsuppressedStatsAnswer } from '$lib/domain/api/stats';
import type { Locale } from '$lib/domain/locale';
import type { StatsOverview } from '$lib/domain/stats/overview';
import { apiRequest, Unreachable } from '../api/http';
import type { RecDb } from '../db/rec-db';
import { localStats } from './local-stats';

export type StatsOrigin = 'server' | 'device';

export interface StatsParams {
	from: string;
	to: string;
	area: string;
	countyIds: string[];
}

export interface LoadedStats {
	report: StatsOverview;
	origin: StatsOrigin;
	at: Date;
	/** With figures from the device: how many contacts it holds. */
	contactsOnDevice?: number;
	/** The server was asked first and did not answer. */
	serverUnreachable?: boolean;
}

const search = (params: StatsParams, extra: Record<string, string> = {}) =>
	new URLSearchParams({ from: params.from, to: params.to, area: params.area, ...extra }).toString();

/**
 * The figures from the server, or from this device when asked to or when the server does not
 * answer. The server's answer is unsuppressed: suppression is applied where they are shown.
 * `key` is the device's key (it throws when the device is locked), asked only for the device.
 */
export async function loadStats(
	db: RecDb,
	key: () => CryptoKey,
	params: StatsParams,
	prefer: StatsOrigin
): Promise<LoadedStats> {
	if (prefer === 'server') {
		try {
			// Asked without suppression, so every count is a number (suppressed where shown).
			const report = await apiRequest(`/api/v1/stats?${search(params)}`, UnsuppressedStatsAnswer);
			return { report, origin: 'server', at: new Date() };
		} catch (error) {
			if (!(error instanceof Unreachable)) throw error;
			const local = await localStats(db, params, key());
			return { ...local, origin: 'device', at: new Date(), serverUnreachable: true };
		}
	}
	const local = await localStats(db, params, key());
	return { ...local, origin: 'device', at: new Date() };
}

/** The server's CSV of the same figures, in the page's language. */
export function serverCsvUrl(params: StatsParams, suppress: boolean, locale: Locale): string {
	return `/api/v1/stats.csv?${search(params, { lang: locale, ...(suppress ? { suppress: '1' } : {}) })}`;
}

export const csvFileName = (params: StatsParams) =>
	`lahelle-stats-${params.area}-${params.from}-${params.to}.csv`;

/** Saves CSV text made on the device as a file download. */
export function saveCsv(text: string, fileName: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
