/** Texts of the stats screens (Finnish, the reference catalogue). */
export const fiStats = {
	'stats.title': 'Tilastot'
} as const;
