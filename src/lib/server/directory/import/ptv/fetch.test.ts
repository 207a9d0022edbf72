import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPtvExport } from './fetch';
import { parsePtvFile } from './file';

type Item = { id: string; organizations?: { organization: { id: string } }[] };
const fixture = path.resolve(import.meta.dirname, '../../../../../../tests/fixtures/ptv');
const file = JSON.parse(readFileSync(path.join(fixture, 'services.json'), 'utf8')) as Record<
	'services' | 'channels' | 'organizations',
	Item[]
>;
const [O1, O2] = file.organizations.map((org) => org.id);

/**
 * A stand-in for PTV's open API v11 on a local port, answering the paths the fetch reads from
 * the fixture: organisation lists one service a page, lists by id at most 100 ids.
 */
function fakePtv(requests: string[]) {
	return createServer((request, response) => {
		const url = new URL(request.url!, 'http://localhost');
		requests.push(`${url.pathname}${url.search}`);
		const guids = url.searchParams.get('guids')?.split(',') ?? [];
		const byIds = (items: Item[]) => items.filter((item) => guids.includes(item.id));
		let body: unknown;
		if (url.pathname === '/api/v11/Service/list/organization') {
			const organization = url.searchParams.get('organizationId');
			const own = file.services.filter((service) =>
				service.organizations?.some((role) => role.organization.id === organization)
			);
			const page = Number(url.searchParams.get('page'));
			body = {
				pageNumber: page,
				pageSize: 1,
				pageCount: own.length,
				itemList: own.slice(page - 1, page)
			};
		} else if (url.pathname === '/api/v11/Service/list') body = byIds(file.services);
		else if (url.pathname === '/api/v11/ServiceChannel/list') body = byIds(file.channels);
		else if (url.pathname === '/api/v11/Organization/list') body = byIds(file.organizations);
		if (guids.length > 100 || body === undefined) response.writeHead(400).end();
		else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
	});
}

describe('fetchPtvExport', () => {
	const requests: string[] = [];
	let server: Server;
	let baseUrl: string;

	beforeAll(async () => {
		server = fakePtv(requests);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v11`;
	});

	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
	});

	it('saves an organisation’s services, their channels and organisations as the import reads them', async () => {
		const saved = await fetchPtvExport({ organizations: [O1!], baseUrl });
		const ids = (items: Item[]) => items.map((item) => item.id).sort();
		// Korpimaa is responsible for two services (and a producer of none here).
		expect(ids(saved.services)).toEqual(ids(file.services.slice(0, 2)));
		// Their channels: phone, web page, e-service, service location, printable form.
		expect(ids(saved.channels)).toEqual(ids(file.channels.slice(0, 5)));
		expect(ids(saved.organizations)).toEqual([O1]);
		expect(
			requests.filter((request) => request.startsWith('/api/v11/Service/list/organization'))
		).toHaveLength(2);
		expect(parsePtvFile(JSON.stringify(saved)).errors).toEqual([]);
	});

	it('adds single services by id, and says which address failed', async () => {
		const single = file.services[2]!.id;
		const saved = await fetchPtvExport({ organizations: [], services: [single], baseUrl });
		expect(saved.services.map((item) => item.id)).toEqual([single]);
		expect(saved.organizations.map((item) => item.id)).toEqual([O2]);
		await expect(
			fetchPtvExport({ organizations: [], services: [single], baseUrl: `${baseUrl}x` })
		).rejects.toThrow(/\/api\/v11x\/Service\/list\?guids=.* answered 400/);
	});
});
