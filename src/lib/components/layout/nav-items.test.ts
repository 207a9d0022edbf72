import { describe, expect, it } from 'vitest';
import { isCurrent, phoneNavItems, sideNavItems } from './nav-items';

const hrefs = (role: Parameters<typeof sideNavItems>[0]) => sideNavItems(role).map((i) => i.href);

describe('navigation items', () => {
	it("puts the coordinator's tools first in the side navigation, administration by role", () => {
		expect(hrefs('coordinator')).toEqual([
			'/app/desk',
			'/app/cases',
			'/app/agenda',
			'/app/stats',
			'/app/directory',
			'/app/log',
			'/app/requests',
			'/app/admin/directory',
			'/app/more'
		]);
		expect(hrefs('admin')).toContain('/app/admin');
	});

	it('gives field workers and experts only what they may use', () => {
		expect(hrefs('worker')).toEqual(phoneNavItems('worker').map((item) => item.href));
		expect(hrefs('expert')).toEqual(['/app/directory', '/app/mine', '/app/agenda', '/app/more']);
		expect(phoneNavItems('expert').map((item) => item.href)).toEqual(hrefs('expert'));
		expect(hrefs(undefined)).toEqual(hrefs('worker'));
	});

	it("marks an item current on its sub-pages, a coordinator's admin on the whole section", () => {
		const [desk, cases] = sideNavItems('coordinator');
		expect(isCurrent(cases!, '/app/cases/abc')).toBe(true);
		expect(isCurrent(desk!, '/app/cases')).toBe(false);
		const admin = sideNavItems('coordinator').find((item) => item.label === 'nav.admin')!;
		expect(isCurrent(admin, '/app/admin/blind-spots')).toBe(true);
		expect(isCurrent(admin, '/app/administrator')).toBe(false);
	});
});
