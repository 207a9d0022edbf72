/**
 * How wide a staff page may grow on a large screen, by its kind: reading pages and forms keep
 * a reading column, work surfaces (the desk, a consultation, statistics, administration's tables) get
 * room for two columns, and the consultation board takes the whole width for its seven stages.
 */
export type PageWidth = 'reading' | 'wide' | 'full';

const wide = ['/app/desk', '/app/stats', '/app/admin'];

export function pageWidth(pathname: string): PageWidth {
	const path = pathname.replace(/\/$/, '');
	if (path === '/app/cases') return 'full';
	if (path.startsWith('/app/cases/')) return 'wide';
	return wide.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))
		? 'wide'
		: 'reading';
}
