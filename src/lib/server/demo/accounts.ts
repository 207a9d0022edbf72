import type { ExpertiseArea } from '$lib/domain/expertise';
import type { Role } from '$lib/domain/roles';

/**
 * One demo account per role — and per part an expert plays in the group's work: assigned in
 * person, a member of the group, its mobile pair — listed in the README. Fictional people on
 * example.fi.
 */
export const DEMO_PASSWORD = 'lahelle-demo-2026';

export interface DemoAccountPlan {
	name: string;
	email: string;
	role: Role;
	countyId: string;
	/**
	 * An expert's: linked to the first demo expert of the OT area with this expertise (load.ts),
	 * whose name and county the account takes; `group`: one who sits in an expert group, the
	 * group the demo cases are set for, rather than one assigned to a case in person;
	 * `mobile-pair`: that group's mobile pair (jalkautuva työpari), who prepares its cases and
	 * reads the county's open ones.
	 */
	expert?:
		| { expertise: ExpertiseArea; via: 'assigned' | 'group' }
		| { expertise?: undefined; via: 'mobile-pair' };
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
	},
	{
		name: 'Jalkautuva työpari (demo)',
		email: 'mobilepair@example.fi',
		role: 'expert',
		countyId: 'pirkanmaa',
		expert: { via: 'mobile-pair' }
	}
];
