import { responsibleOf } from './service';
import type { PtvService } from './input';

/** PTV's open API, version 11 (no key needed for published content). */
export const PTV_API_URL = 'https://api.palvelutietovaranto.suomi.fi/api/v11';

/** PTV's list endpoints take at most this many GUIDs at a time. */
const GUIDS_PER_CALL = 100;

type Item = Record<string, unknown> & { id: string };
type Page = { pageNumber?: number; pageCount?: number; itemList?: Item[] | null };

export interface PtvFetchOptions {
	/** Organisations whose services to fetch (PTV ids), e.g. a wellbeing services county's. */
	organizations: string[];
	/** Single services to fetch as well (PTV ids). */
	services?: string[];
	baseUrl?: string;
	fetch?: typeof fetch;
}

/**
 * Fetches what the PTV import reads, as one file: the services of the organisations (and the
 * single services asked), every channel they link to and their responsible organisations —
 * `{ source, fetched, services, channels, organizations }` (input.ts). Paged lists are read to
 * their last page; lists by id go 100 ids a call.
 */
export async function fetchPtvExport(options: PtvFetchOptions) {
	const base = (options.baseUrl ?? PTV_API_URL).replace(/\/+$/, '');
	const get = async <T>(path: string, query: Record<string, string | number>): Promise<T> => {
		const url = `${base}${path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`;
		const answer = await (options.fetch ?? fetch)(url, { headers: { accept: 'application/json' } });
		if (!answer.ok) throw new Error(`${url} answered ${answer.status}`);
		return (await answer.json()) as T;
	};
	const byIds = async (path: string, ids: string[]) => {
		const items: Item[] = [];
		for (let start = 0; start < ids.length; start += GUIDS_PER_CALL) {
			const guids = ids.slice(start, start + GUIDS_PER_CALL).join(',');
			items.push(...((await get<Item[] | null>(path, { guids })) ?? []));
		}
		return items;
	};

	const services = new Map<string, Item>();
	for (const organizationId of options.organizations) {
		for (let page = 1, pages = 1; page <= pages; page++) {
			const answer = await get<Page>('/Service/list/organization', { organizationId, page });
			pages = answer.pageCount ?? 1;
			for (const item of answer.itemList ?? []) services.set(item.id, item);
		}
	}
	for (const item of await byIds('/Service/list', options.services ?? [])) {
		services.set(item.id, item);
	}
	const linked = [...services.values()].flatMap(
		(service) =>
			(service.serviceChannels as { serviceChannel?: { id?: string } }[] | undefined)?.map(
				(link) => link.serviceChannel?.id ?? ''
			) ?? []
	);
	const responsible = [...services.values()].map(
		(service) => responsibleOf(service as unknown as PtvService)?.ptvId ?? ''
	);
	const distinct = (ids: string[]) => [...new Set(ids.filter(Boolean))];
	return {
		source: base,
		fetched: new Date().toISOString(),
		services: [...services.values()],
		channels: await byIds('/ServiceChannel/list', distinct(linked)),
		organizations: await byIds('/Organization/list', distinct(responsible))
	};
}
