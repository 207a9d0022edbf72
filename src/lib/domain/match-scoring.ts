import { findCounty } from './areas';
import type { ExpertiseArea } from './expertise';
import { nextMeeting, type MeetingRule } from './meetings';
import { themeExpertise } from './theme-expertise';
import type { SituationTheme } from './themes';

/**
 * How well one expert or expert group fits a consultation case (matching.ts ranks them with
 * this). The score is the skill alone (a plain sum of the points below, so every reason shows
 * what it added); load, place and languages only fill the tie-break, because a free
 * coordinator next door is no substitute for the lawyer the case needs.
 */

/** What the matching reads of a case. */
export interface MatchConsultation {
	countyId: string;
	themes: readonly string[];
	preferredExpertise: readonly string[];
	preferredExpertIds: readonly string[];
	preferredGroupIds: readonly string[];
	assigneeIds: readonly string[];
	groupId: string | null;
}

export interface MatchExpert {
	id: string;
	name: string;
	countyId: string;
	expertise: readonly string[];
	languages: readonly string[];
	/** Directory roles; a coordinator's listed expertise is what they coordinate, not consult on. */
	roles?: readonly string[];
}

export interface MatchGroup {
	id: string;
	name: string;
	countyId: string;
	topics: readonly string[];
	memberIds: readonly string[];
	mobilePairIds: readonly string[];
	meeting: MeetingRule;
}

/** Open cases per expert (assigned) and per group (handling them). */
export interface Workload {
	experts: ReadonlyMap<string, number>;
	groups: ReadonlyMap<string, number>;
}

export const matchPoints = {
	/** A case theme the candidate's expertise is about (theme-expertise.ts core). */
	themeCore: 10,
	/** A case theme the candidate's expertise helps with (related). */
	themeRelated: 5,
	/** Each further area of expertise that fits the same theme (at most `maxDepth`). */
	depth: 1,
	maxDepth: 3,
	/** A case theme only a group's members' expertise covers, not the group's own topics. */
	themeViaMembers: 3,
	/** Each expertise area the requester asked for. */
	requestedExpertise: 6,
	/** The requester named this expert or group. */
	requested: 15
} as const;

export type MatchReason =
	| { code: 'theme'; theme: SituationTheme; expertise: ExpertiseArea[]; core: boolean }
	| { code: 'requested-expertise'; expertise: ExpertiseArea[] }
	| { code: 'requested' }
	| { code: 'same-county' }
	| { code: 'same-area' }
	| { code: 'languages'; languages: string[] }
	| { code: 'languages-missing'; languages: string[] }
	| { code: 'theme-members'; theme: SituationTheme; expertise: ExpertiseArea[] }
	| { code: 'group-member'; groupName: string }
	| { code: 'load'; open: number };

/** A group meeting at which the case could be handled. */
export interface ProposedMeeting {
	groupId: string;
	groupName: string;
	date: string;
}

/** What breaks a tie between equal skill, in this order; lower is better in each. */
export interface TieBreak {
	/** Languages the case needs that the candidate does not speak. */
	missingLanguages: number;
	/** Open cases they already carry. */
	open: number;
	/** 0 the case's county, 1 the same OT area, 2 further. */
	distance: number;
	/** 0 an expert who sits in a group (meets on known days), 1 not; 0 for groups. */
	outsideGroups: number;
}

/** What scoring needs besides the case and the candidate. */
export interface ScoreOptions {
	/** Languages the case needs (codes such as 'fi', 'sv', 'ar'). */
	languages: readonly string[];
	/** Today, YYYY-MM-DD, for the next meetings. */
	today: string;
}

interface Scored {
	/** Skill points only. */
	score: number;
	reasons: MatchReason[];
	tieBreak: Partial<TieBreak>;
}

const nothing = (): Scored => ({ score: 0, reasons: [], tieBreak: {} });

const isTheme = (code: string): code is SituationTheme => Object.hasOwn(themeExpertise, code);

/**
 * Points and reasons for what a set of expertise covers of the case; `viaMembers` is a
 * group's members' expertise, which counts less than the group's own topics.
 */
function coverage(
	item: MatchConsultation,
	expertise: ReadonlySet<string>,
	viaMembers: ReadonlySet<string> = new Set()
): Scored {
	const reasons: MatchReason[] = [];
	let score = 0;
	for (const theme of new Set(item.themes)) {
		if (!isTheme(theme)) continue;
		const { core, related } = themeExpertise[theme];
		const coreHits = core.filter((area) => expertise.has(area));
		const hits = [...coreHits, ...related.filter((area) => expertise.has(area))];
		if (hits.length > 0) {
			score +=
				(coreHits.length > 0 ? matchPoints.themeCore : matchPoints.themeRelated) +
				Math.min(matchPoints.maxDepth, hits.length - 1) * matchPoints.depth;
			reasons.push({ code: 'theme', theme, expertise: hits, core: coreHits.length > 0 });
			continue;
		}
		const memberHits = [...core, ...related].filter((area) => viaMembers.has(area));
		if (memberHits.length > 0) {
			score += matchPoints.themeViaMembers;
			reasons.push({ code: 'theme-members', theme, expertise: memberHits });
		}
	}
	const requested = [...new Set(item.preferredExpertise)].filter(
		(area) => expertise.has(area) || viaMembers.has(area)
	) as ExpertiseArea[];
	if (requested.length > 0) {
		score += matchPoints.requestedExpertise * requested.length;
		reasons.push({ code: 'requested-expertise', expertise: requested });
	}
	return { score, reasons, tieBreak: {} };
}

function place(item: MatchConsultation, countyId: string): Scored {
	if (countyId === item.countyId) {
		return { score: 0, reasons: [{ code: 'same-county' }], tieBreak: { distance: 0 } };
	}
	const own = findCounty(item.countyId);
	const theirs = findCounty(countyId);
	if (own?.areaId && own.areaId === theirs?.areaId) {
		return { score: 0, reasons: [{ code: 'same-area' }], tieBreak: { distance: 1 } };
	}
	return { score: 0, reasons: [], tieBreak: { distance: 2 } };
}

function speaks(needed: readonly string[], spoken: ReadonlySet<string>): Scored {
	const wanted = [...new Set(needed)];
	const yes = wanted.filter((code) => spoken.has(code));
	const no = wanted.filter((code) => !spoken.has(code));
	const reasons: MatchReason[] = [];
	if (yes.length > 0) reasons.push({ code: 'languages', languages: yes });
	if (no.length > 0) reasons.push({ code: 'languages-missing', languages: no });
	return { score: 0, reasons, tieBreak: { missingLanguages: no.length } };
}

const load = (open: number): Scored => ({
	score: 0,
	reasons: [{ code: 'load', open }],
	tieBreak: { open }
});

function sum(...parts: Scored[]): Scored {
	return {
		score: parts.reduce((total, part) => total + part.score, 0),
		reasons: parts.flatMap((part) => part.reasons),
		tieBreak: Object.assign({}, ...parts.map((part) => part.tieBreak))
	};
}

const fullTieBreak = (partial: Partial<TieBreak>): TieBreak => ({
	missingLanguages: 0,
	open: 0,
	distance: 2,
	outsideGroups: 0,
	...partial
});

const requestedBonus = (requested: boolean): Scored =>
	requested
		? { score: matchPoints.requested, reasons: [{ code: 'requested' }], tieBreak: {} }
		: nothing();

const sitsIn = (group: MatchGroup, expertId: string) =>
	group.memberIds.includes(expertId) || group.mobilePairIds.includes(expertId);

const meetingOf = (group: MatchGroup, today: string): ProposedMeeting => ({
	groupId: group.id,
	groupName: group.name,
	date: nextMeeting(group.meeting, today)
});

/**
 * The expertise that counts as a candidate's skill. An OT coordinator runs the consultation:
 * the areas their entry lists are what they coordinate, so they count only for one who also
 * consults (the seeds: the coordinator brings in the special expertise, is not it).
 */
export function consultingExpertise(expert: MatchExpert): ReadonlySet<string> {
	const roles = expert.roles ?? [];
	const coordinatesOnly = roles.includes('ot-coordinator') && !roles.includes('consulting-expert');
	return new Set(coordinatesOnly ? [] : expert.expertise);
}

/** How well one expert fits the case (also for experts not worth suggesting). */
export function scoreExpert(
	item: MatchConsultation,
	expert: MatchExpert,
	groups: readonly MatchGroup[],
	work: Workload,
	options: ScoreOptions
): Scored & { meeting: ProposedMeeting | null; tieBreak: TieBreak } {
	// The expert's own group in the case's county first, then the one meeting soonest.
	const theirGroups = groups
		.filter((group) => sitsIn(group, expert.id))
		.map((group) => ({ group, meeting: meetingOf(group, options.today) }))
		.sort(
			(a, b) =>
				Number(b.group.countyId === item.countyId) - Number(a.group.countyId === item.countyId) ||
				a.meeting.date.localeCompare(b.meeting.date)
		);
	const membership: Scored =
		theirGroups.length > 0
			? {
					score: 0,
					reasons: [{ code: 'group-member', groupName: theirGroups[0]!.group.name }],
					tieBreak: { outsideGroups: 0 }
				}
			: { score: 0, reasons: [], tieBreak: { outsideGroups: 1 } };
	const scored = sum(
		requestedBonus(item.preferredExpertIds.includes(expert.id)),
		coverage(item, consultingExpertise(expert)),
		place(item, expert.countyId),
		speaks(options.languages, new Set(expert.languages)),
		membership,
		load(work.experts.get(expert.id) ?? 0)
	);
	return {
		...scored,
		tieBreak: fullTieBreak(scored.tieBreak),
		meeting: theirGroups[0]?.meeting ?? null
	};
}

/** How well one group fits: its own topics first, then its members' expertise and languages. */
export function scoreGroup(
	item: MatchConsultation,
	group: MatchGroup,
	expertsById: ReadonlyMap<string, MatchExpert>,
	work: Workload,
	options: ScoreOptions
): Scored & { meeting: ProposedMeeting; tieBreak: TieBreak } {
	const members = [...group.memberIds, ...group.mobilePairIds]
		.map((id) => expertsById.get(id))
		.filter((member) => member !== undefined);
	const parts = [
		requestedBonus(item.preferredGroupIds.includes(group.id)),
		coverage(
			item,
			new Set(group.topics),
			new Set(members.flatMap((member) => [...consultingExpertise(member)]))
		),
		place(item, group.countyId)
	];
	// A group whose members are not in the local directory has no known languages: no verdict.
	if (members.length > 0) {
		parts.push(speaks(options.languages, new Set(members.flatMap((member) => member.languages))));
	}
	parts.push(load(work.groups.get(group.id) ?? 0));
	const scored = sum(...parts);
	return {
		...scored,
		tieBreak: fullTieBreak(scored.tieBreak),
		meeting: meetingOf(group, options.today)
	};
}
