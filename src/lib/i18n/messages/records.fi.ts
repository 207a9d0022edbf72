/** Texts of the records screens (Finnish, the reference catalogue). */
export const fiRecords = {
	'records.title': 'Pyynnöt'
} as const;
