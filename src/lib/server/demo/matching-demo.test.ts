import { describe, expect, it } from 'vitest';
import { aMatchConsultation } from '../../../../tests/support/directory-factories';
import {
	scoreExpert,
	type MatchConsultation,
	type MatchExpert,
	type MatchGroup,
	type Workload
} from '$lib/domain/match-scoring';
import { splitSharedReasons } from '$lib/domain/match-shared-reasons';
import { suggestMatches } from '$lib/domain/matching';
import { demoDirectorySize, generateDirectory } from './directory';

// The demo directory is where six coordinators used to tie at the top of every list (issue 16).
const none: Workload = { experts: new Map(), groups: new Map() };
const options = { languages: ['fi'], today: '2026-05-12' };
const separation = aMatchConsultation();

describe('expert matching on the demo directory', () => {
	const directory = generateDirectory(demoDirectorySize, new Date('2026-05-12T09:00:00Z'));
	const experts: MatchExpert[] = directory.experts;
	const groups: MatchGroup[] = directory.groups;
	const custodyLaw: MatchConsultation = {
		...separation,
		preferredExpertise: ['law', 'district-court']
	};
	const titleOf = (id: string) => directory.experts.find((entry) => entry.id === id)!.title;

	it("reproduces the old tie when a coordinator's areas count as skill", () => {
		const asBefore = experts.map((person) => ({ ...person, roles: [] }));
		const top = suggestMatches(separation, { experts: asBefore, groups }, none, options).experts;
		const coordinators = experts.filter((person) => person.roles?.includes('ot-coordinator'));
		expect(coordinators.length).toBeGreaterThanOrEqual(6);
		// Listed as "family mediation, child protection", each coordinator is level with the lawyers.
		const score = (id: string) =>
			scoreExpert(
				separation,
				asBefore.find((p) => p.id === id)!,
				groups,
				none,
				options
			).score;
		const lawyerId = experts.find((person) => titleOf(person.id) === 'Lakimies')!.id;
		expect(score(coordinators[0]!.id)).toBe(score(lawyerId));
		expect(top.some((suggestion) => titleOf(suggestion.id) === 'OT-koordinaattori')).toBe(true);
	});

	it('ranks the lawyers first for a custody-law case, and no coordinator as an expert', () => {
		const top = suggestMatches(custodyLaw, { experts, groups }, none, options).experts;
		const titles = top.map((suggestion) => titleOf(suggestion.id));
		expect(titles.slice(0, 3)).toEqual(['Lakimies', 'Lakimies', 'Lakimies']);
		expect(titles).not.toContain('OT-koordinaattori');
		// Place, language and load are the same for all: said once, not on every line.
		const { shared, suggestions } = splitSharedReasons(top);
		expect(shared).toContainEqual({ code: 'same-area' });
		expect(suggestions[0]!.reasons.map((reason) => reason.code)).toEqual([
			'theme',
			'requested-expertise'
		]);
	});

	it('ranks the child psychiatrists a neurodevelopmental case needs above any coordinator', () => {
		const nepsy = { ...separation, themes: ['neurodevelopmental'] };
		const top = suggestMatches(nepsy, { experts, groups }, none, options).experts;
		expect(top.map((suggestion) => titleOf(suggestion.id))).not.toContain('OT-koordinaattori');
		expect(titleOf(top[0]!.id)).toMatch(/Lastenpsykiatri|Neuropsykologi/);
	});
});
