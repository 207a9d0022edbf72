import type { Role } from '$lib/domain/roles';

/** One demo account per role, listed in the README. Fictional people on example.fi. */
export const DEMO_PASSWORD = 'lahelle-demo-2026';

export const demoAccounts: { name: string; email: string; role: Role; countyId: string }[] = [
	{ name: 'Aino Ylläpitäjä', email: 'admin@example.fi', role: 'admin', countyId: 'pirkanmaa' },
	{
		name: 'Kaisa Koordinaattori',
		email: 'coordinator@example.fi',
		role: 'coordinator',
		countyId: 'pirkanmaa'
	},
	{ name: 'Ville Kenttä', email: 'worker@example.fi', role: 'worker', countyId: 'pirkanmaa' }
];
