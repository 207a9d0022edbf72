/** Texts of the desk screens (Finnish, the reference catalogue). */
export const fiDesk = {
	'desk.title': 'Koordinaattorin työpöytä'
} as const;
