import type { Role } from '$lib/domain/roles';
import type { MessageKey } from '$lib/i18n';

/** One place of the app in a navigation: where it goes, its name, and a 24×24 icon path. */
export interface NavItem {
	href: string;
	label: MessageKey;
	icon: string;
	/** The path this item stands for when `href` is one of its sub-pages. */
	section?: string;
}

const directory: NavItem = {
	href: '/app/directory',
	label: 'nav.directory',
	icon: 'M11 4a7 7 0 1 0 4.2 12.6l4.6 4.6 1.4-1.4-4.6-4.6A7 7 0 0 0 11 4zm0 2a5 5 0 1 1 0 10 5 5 0 0 1 0-10z'
};
const log: NavItem = {
	href: '/app/log',
	label: 'nav.log',
	icon: 'M5 4h10l4 4v12H5zm2 2v12h10V9h-3V6zm2 6h6v2H9zm0 3h6v2H9z'
};
const requests: NavItem = {
	href: '/app/requests',
	label: 'nav.requests',
	icon: 'M4 5h16v10H8l-4 4zm2 2v7.2L7.2 13H18V7z'
};
const more: NavItem = {
	href: '/app/more',
	label: 'nav.more',
	icon: 'M5 10a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm7 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4z'
};
const mine: NavItem = {
	href: '/app/mine',
	label: 'nav.mine',
	icon: 'M9 4h6v2h5v14H4V6h5zm2 0v2h2V4zM6 8v10h12V8zm2 2h8v2H8zm0 3h5v2H8z'
};
const desk: NavItem = {
	href: '/app/desk',
	label: 'nav.desk',
	icon: 'M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z'
};
const cases: NavItem = {
	href: '/app/cases',
	label: 'nav.cases',
	icon: 'M3 4h5v16H3zm2 2v12h1V6zm5-2h5v11h-5zm2 2v7h1V6zm5-2h4v8h-4zm1.5 2v4h1V6z'
};
const agenda: NavItem = {
	href: '/app/agenda',
	label: 'nav.agenda',
	icon: 'M7 2h2v2h6V2h2v2h3v18H4V4h3zM6 10v10h12V10zm0-4v2h12V6zm2 6h3v3H8z'
};
const stats: NavItem = {
	href: '/app/stats',
	label: 'nav.stats',
	icon: 'M4 20V10h3v10zm6.5 0V4h3v16zM17 20v-7h3v7z'
};
const adminIcon =
	'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5zm0 2.2 6 2.2V11c0 3.9-2.5 7.4-6 8.9-3.5-1.5-6-5-6-8.9V6.4z';

/**
 * The phone's bottom tabs, within thumb reach. An expert logs no contacts and sends no
 * requests: their own consultations take those places.
 */
export const phoneNavItems = (role: Role | undefined): NavItem[] =>
	role === 'expert' ? [directory, mine, agenda, more] : [directory, log, requests, more];

/**
 * The desktop's side navigation by role: a coordinator's tools first (the desk, the consultations,
 * the statistics), then what every staff member uses; administration for those who may.
 */
export function sideNavItems(role: Role | undefined): NavItem[] {
	switch (role) {
		case 'admin':
			return [
				desk,
				cases,
				agenda,
				stats,
				directory,
				log,
				requests,
				{ href: '/app/admin', label: 'nav.admin', icon: adminIcon },
				more
			];
		case 'coordinator':
			// Coordinators administer their own county's directory (the admin section's start).
			return [
				desk,
				cases,
				agenda,
				stats,
				directory,
				log,
				requests,
				{
					href: '/app/admin/directory',
					section: '/app/admin',
					label: 'nav.admin',
					icon: adminIcon
				},
				more
			];
		case 'expert':
			// An expert writes notes on their assigned consultations and nothing else: no logging, no
			// requests of their own (the server refuses them). Their groups' agendas beside them.
			return [directory, mine, agenda, more];
		default:
			return [directory, log, requests, more];
	}
}

/** Whether `pathname` is the item's page or one of its sub-pages. */
export function isCurrent(item: NavItem, pathname: string): boolean {
	const base = item.section ?? item.href;
	return pathname === base || pathname.startsWith(`${base}/`);
}
