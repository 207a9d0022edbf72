import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aMatchConsultation } from '../../../tests/support/directory-factories';
import { expertiseAreas } from './expertise';
import {
	matchPoints,
	scoreExpert,
	scoreGroup,
	type MatchExpert,
	type MatchGroup,
	type Workload
} from './match-scoring';
import { suggestMatches, workload } from './matching';
import { themeExpertise } from './theme-expertise';
import { situationThemes } from './themes';

const TODAY = '2026-05-12';
const none: Workload = { experts: new Map(), groups: new Map() };
const options = { languages: ['fi'], today: TODAY };

const separation = aMatchConsultation();

const expert = (id: string, overrides: Partial<MatchExpert> = {}): MatchExpert => ({
	id,
	name: `Asiantuntija ${id}`,
	countyId: 'pirkanmaa',
	expertise: [],
	languages: ['fi'],
	...overrides
});

const lawyer = expert('lawyer', { name: 'Laura Lakimies', expertise: ['law', 'district-court'] });
const psychiatrist = expert('psy', { name: 'Pekka Psykiatri', expertise: ['child-psychiatry'] });
const farLawyer = expert('far', { name: 'Kaarina Kaukana', countyId: 'lappi', expertise: ['law'] });
const police = expert('police', { name: 'Olli Poliisi', expertise: ['police'] });

const separationGroup: MatchGroup = {
	id: 'group-1',
	name: 'Vaativien erotilanteiden asiantuntijaryhmä',
	countyId: 'pirkanmaa',
	topics: ['family-mediation'],
	memberIds: ['lawyer', 'psy'],
	mobilePairIds: [],
	// every second Tuesday from 2026-05-05: next on 2026-05-19
	meeting: { weekday: 2, everyWeeks: 2, anchor: '2026-05-05', start: '13:00', end: '15:00' }
};

describe('expert matching', () => {
	it('maps every situation theme to known expertise areas', () => {
		for (const theme of situationThemes.codes) {
			const { core, related } = themeExpertise[theme];
			expect(core.length).toBeGreaterThan(0);
			for (const area of [...core, ...related]) expect(expertiseAreas.has(area)).toBe(true);
		}
	});

	it('ranks whose expertise is about the theme above whose helps with it, and says why', () => {
		const { experts } = suggestMatches(
			separation,
			{ experts: [psychiatrist, lawyer, police], groups: [] },
			none,
			options
		);
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['lawyer', 'psy']);
		expect(experts[0]!.reasons).toContainEqual({
			code: 'theme',
			theme: 'demanding-separation',
			expertise: ['law', 'district-court'],
			core: true
		});
		expect(experts[1]!.reasons).toContainEqual({
			code: 'theme',
			theme: 'demanding-separation',
			expertise: ['child-psychiatry'],
			core: false
		});
		// The police officer covers nothing this case needs: not suggested.
		expect(experts.some((suggestion) => suggestion.id === 'police')).toBe(false);
	});

	it('breaks a tie of skill by language, then load, then place', () => {
		const sameArea = expert('hame', { countyId: 'kanta-hame', expertise: ['law'] });
		const swedish = expert('sv', { expertise: ['law'], languages: ['sv'] });
		const { experts } = suggestMatches(
			separation,
			{ experts: [farLawyer, sameArea, swedish, expert('fi', { expertise: ['law'] })], groups: [] },
			none,
			options
		);
		// All four are lawyers: who cannot speak with the family goes last, even next door.
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['fi', 'hame', 'far', 'sv']);
		expect(new Set(experts.map((suggestion) => suggestion.score)).size).toBe(1);
		expect(experts.find((s) => s.id === 'sv')!.reasons).toContainEqual({
			code: 'languages-missing',
			languages: ['fi']
		});
		expect(experts.find((s) => s.id === 'hame')!.reasons).toContainEqual({ code: 'same-area' });
	});

	it('never lets place, language or load lift a candidate above better skill', () => {
		const nearFree = expert('near', { expertise: ['child-psychiatry'] });
		const farBusy = { ...farLawyer, languages: ['sv'] };
		const work: Workload = { experts: new Map([[farBusy.id, 9]]), groups: new Map() };
		const { experts } = suggestMatches(
			separation,
			{ experts: [nearFree, farBusy], groups: [] },
			work,
			options
		);
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['far', 'near']);
	});

	it('breaks a tie by current load: an expert with many open cases drops below an equal free one', () => {
		const busy = expert('busy', { name: 'A Kiireinen', expertise: ['law'] });
		const free = expert('free', { name: 'B Vapaa', expertise: ['law'] });
		const work = workload([
			{ status: 'submitted', assigneeIds: ['busy'], groupId: null },
			{ status: 'submitted', assigneeIds: ['busy'], groupId: null },
			{ status: 'closed', assigneeIds: ['free'], groupId: null },
			{ status: 'draft', assigneeIds: ['free'], groupId: null }
		]);
		expect(work.experts.get('free')).toBeUndefined();
		const { experts } = suggestMatches(
			separation,
			{ experts: [busy, free], groups: [] },
			work,
			options
		);
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['free', 'busy']);
		expect(experts[1]!.reasons).toContainEqual({ code: 'load', open: 2 });
		expect(experts[0]!.score).toBe(experts[1]!.score);
	});

	it("counts a coordinator's listed areas as skill only when they also consult", () => {
		const coordinator = expert('coord', {
			expertise: ['family-mediation', 'child-protection'],
			roles: ['ot-coordinator']
		});
		const consulting = {
			...coordinator,
			id: 'both',
			roles: ['ot-coordinator', 'consulting-expert']
		};
		const { experts } = suggestMatches(
			separation,
			{ experts: [coordinator, consulting, psychiatrist], groups: [] },
			none,
			options
		);
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['both', 'psy']);
	});

	it("suggests the requester's choices and leaves out whoever is already on the case", () => {
		const { experts, groups } = suggestMatches(
			{
				...separation,
				themes: [],
				preferredExpertIds: ['police'],
				assigneeIds: ['lawyer'],
				groupId: separationGroup.id
			},
			{ experts: [lawyer, police], groups: [separationGroup] },
			none,
			options
		);
		expect(experts.map((suggestion) => suggestion.id)).toEqual(['police']);
		expect(experts[0]!.reasons).toContainEqual({ code: 'requested' });
		expect(groups).toEqual([]);
	});

	it("proposes a group's next meeting, also for an expert who sits in the group", () => {
		const { experts, groups } = suggestMatches(
			{ ...separation, themes: ['demanding-separation', 'neurodevelopmental'] },
			{ experts: [lawyer, psychiatrist], groups: [separationGroup] },
			none,
			options
		);
		const meeting = {
			groupId: separationGroup.id,
			groupName: separationGroup.name,
			date: '2026-05-19'
		};
		expect(groups).toHaveLength(1);
		expect(groups[0]!.meeting).toEqual(meeting);
		// Its own topic covers the separation; the neurodevelopmental theme only its psychiatrist.
		expect(groups[0]!.reasons).toContainEqual({
			code: 'theme',
			theme: 'demanding-separation',
			expertise: ['family-mediation'],
			core: true
		});
		expect(groups[0]!.reasons).toContainEqual({
			code: 'theme-members',
			theme: 'neurodevelopmental',
			expertise: ['child-psychiatry']
		});
		expect(experts.find((s) => s.id === 'lawyer')!.meeting).toEqual(meeting);
		expect(experts.find((s) => s.id === 'lawyer')!.reasons).toContainEqual({
			code: 'group-member',
			groupName: separationGroup.name
		});
	});

	it('ranks a group by its own topics first: the more of a theme they cover, the higher', () => {
		const wide = {
			...separationGroup,
			id: 'wide',
			name: 'B Laaja',
			topics: ['law', 'child-psychiatry', 'violence']
		};
		const narrow = { ...separationGroup, id: 'narrow', name: 'A Kapea', topics: ['law'] };
		const viaMembersOnly = { ...separationGroup, id: 'members', name: 'C Jäsenet', topics: [] };
		const { groups } = suggestMatches(
			separation,
			{ experts: [lawyer], groups: [narrow, viaMembersOnly, wide] },
			none,
			options
		);
		expect(groups.map((group) => group.id)).toEqual(['wide', 'narrow', 'members']);
		expect(groups[0]!.score - groups[1]!.score).toBe(2 * matchPoints.depth);
	});

	describe('properties', () => {
		const theme = fc.constantFrom(...situationThemes.codes);
		const area = fc.constantFrom(...expertiseAreas.codes);
		const language = fc.constantFrom('fi', 'sv', 'en', 'ar');
		const county = fc.constantFrom('pirkanmaa', 'kanta-hame', 'lappi');
		const arbitraryCase = fc.record({
			countyId: county,
			themes: fc.uniqueArray(theme, { maxLength: 6 }),
			preferredExpertise: fc.uniqueArray(area, { maxLength: 3 }),
			preferredExpertIds: fc.constantFrom([], ['x']),
			preferredGroupIds: fc.constantFrom([], ['g']),
			assigneeIds: fc.constant([]),
			groupId: fc.constant(null)
		});
		const arbitraryExpert = fc.record({
			id: fc.constant('x'),
			name: fc.constant('X'),
			countyId: county,
			expertise: fc.uniqueArray(area, { maxLength: 6 }),
			languages: fc.uniqueArray(language, { minLength: 1, maxLength: 3 })
		});
		const arbitraryGroup = fc.record({
			id: fc.constant('g'),
			name: fc.constant('G'),
			countyId: county,
			topics: fc.uniqueArray(area, { maxLength: 4 }),
			memberIds: fc.constant(['x']),
			mobilePairIds: fc.constant([]),
			meeting: fc.constant(separationGroup.meeting)
		});
		const opts = fc.record({
			languages: fc.uniqueArray(language, { maxLength: 2 }),
			today: fc.constant(TODAY)
		});
		const covers = (expertise: readonly string[], t: (typeof situationThemes.codes)[number]) =>
			[...themeExpertise[t].core, ...themeExpertise[t].related].some((a) => expertise.includes(a));

		it('adding a theme the expert covers never lowers their score', () => {
			fc.assert(
				fc.property(arbitraryCase, arbitraryExpert, theme, opts, (item, person, extra, o) => {
					fc.pre(covers(person.expertise, extra) && !item.themes.includes(extra));
					const before = scoreExpert(item, person, [], none, o).score;
					const after = scoreExpert(
						{ ...item, themes: [...item.themes, extra] },
						person,
						[],
						none,
						o
					).score;
					expect(after).toBeGreaterThan(before);
				})
			);
		});

		it('adding a theme the group covers never lowers its score', () => {
			fc.assert(
				fc.property(
					arbitraryCase,
					arbitraryGroup,
					arbitraryExpert,
					theme,
					opts,
					(item, group, member, extra, o) => {
						const members = new Map([[member.id, member]]);
						fc.pre(
							covers([...group.topics, ...member.expertise], extra) && !item.themes.includes(extra)
						);
						const before = scoreGroup(item, group, members, none, o).score;
						const after = scoreGroup(
							{ ...item, themes: [...item.themes, extra] },
							group,
							members,
							none,
							o
						).score;
						expect(after).toBeGreaterThanOrEqual(before);
					}
				)
			);
		});

		it('more expertise never lowers a score, and more open cases never raise it', () => {
			fc.assert(
				fc.property(
					arbitraryCase,
					arbitraryExpert,
					area,
					fc.nat(10),
					opts,
					(item, person, extra, open, o) => {
						const base = scoreExpert(item, person, [], none, o).score;
						const skilled = scoreExpert(
							item,
							{ ...person, expertise: [...new Set([...person.expertise, extra])] },
							[],
							none,
							o
						).score;
						const busy = scoreExpert(
							item,
							person,
							[],
							{ experts: new Map([[person.id, open]]), groups: new Map() },
							o
						).score;
						expect(skilled).toBeGreaterThanOrEqual(base);
						expect(busy).toBeLessThanOrEqual(base);
					}
				)
			);
		});

		it('suggests only candidates with a reason that meets a need of the case, best first', () => {
			fc.assert(
				fc.property(
					arbitraryCase,
					fc.array(arbitraryExpert, { maxLength: 8 }),
					opts,
					(item, people, o) => {
						const experts = people.map((person, i) => ({ ...person, id: `e${i}` }));
						const { experts: suggested } = suggestMatches(
							{ ...item, preferredExpertIds: [] },
							{ experts, groups: [] },
							none,
							o
						);
						for (const suggestion of suggested) {
							expect(
								suggestion.reasons.some(
									(reason) => reason.code === 'theme' || reason.code === 'requested-expertise'
								)
							).toBe(true);
						}
						const scores = suggested.map((suggestion) => suggestion.score);
						expect(scores).toEqual([...scores].sort((a, b) => b - a));
					}
				)
			);
		});
	});
});
