import type { ExpertiseArea } from '$lib/domain/expertise';
import type { Role } from '$lib/domain/roles';

/** One demo account per role, listed in the README. Fictional people on example.fi. */
export const DEMO_PASSWORD = 'lahelle-demo-2026';

export interface DemoAccountPlan {
	name: string;
	email: string;
	role: Role;
	countyId: string;
	/**
	 * An expert's: linked to the first demo expert of the OT area with this expertise (load.ts),
	 * whose name and county the account takes; `group`: one who sits in an expert group, the
	 * group the demo case is set for, rather than one assigned to the case in person.
	 */
	expert?: { expertise: ExpertiseArea; via: 'assigned' | 'group' };
}

export const demoAccounts: DemoAccountPlan[] = [
	{ name: 'Aino Ylläpitäjä', email: 'admin@example.fi', role: 'admin', countyId: 'pirkanmaa' },
	{
		name: 'Kaisa Koordinaattori',
		email: 'coordinator@example.fi',
		role: 'coordinator',
		countyId: 'pirkanmaa'
	},
	{ name: 'Ville Kenttä', email: 'worker@example.fi', role: 'worker', countyId: 'pirkanmaa' },
	{
		name: 'Lakimies (demo)',
		email: 'lawyer@example.fi',
		role: 'expert',
		countyId: 'pirkanmaa',
		expert: { expertise: 'law', via: 'assigned' }
	},
	{
		name: 'Lastenpsykiatri (demo)',
		email: 'psychiatrist@example.fi',
		role: 'expert',
		countyId: 'pirkanmaa',
		expert: { expertise: 'child-psychiatry', via: 'group' }
	}
];
