import { isOnBoard } from './consultation-board';
import {
	scoreExpert,
	scoreGroup,
	type MatchConsultation,
	type MatchExpert,
	type MatchGroup,
	type MatchReason,
	type ProposedMeeting,
	type ScoreOptions,
	type TieBreak,
	type Workload
} from './match-scoring';

/**
 * Expert matching (issue 6, re-ranked in issue 16): for a consultation case, experts and
 * expert groups of the local directory ranked by how well their skill fits, each with the
 * reasons. The score is the skill alone (match-scoring.ts); load, place and languages only
 * break ties between equal skill.
 */

export interface Suggestion {
	kind: 'expert' | 'group';
	id: string;
	name: string;
	/** Skill points: the case's needs the candidate meets. */
	score: number;
	reasons: MatchReason[];
	tieBreak: TieBreak;
	/** For a group its next meeting; for an expert the next meeting of a group they sit in. */
	meeting: ProposedMeeting | null;
}

export interface MatchOptions extends ScoreOptions {
	limits?: { experts: number; groups: number };
}

/** Open assignments across the local cases: what each expert and group already carries. */
export function workload(
	cases: readonly { status: string; assigneeIds: readonly string[]; groupId: string | null }[]
): Workload {
	const experts = new Map<string, number>();
	const groups = new Map<string, number>();
	for (const item of cases) {
		if (!isOnBoard(item) || item.status === 'closed') continue;
		for (const id of item.assigneeIds) experts.set(id, (experts.get(id) ?? 0) + 1);
		if (item.groupId) groups.set(item.groupId, (groups.get(item.groupId) ?? 0) + 1);
	}
	return { experts, groups };
}
/** Skill first; between equal skill the one who speaks the case's languages, is free, is near. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
	return (
		b.score - a.score ||
		a.tieBreak.missingLanguages - b.tieBreak.missingLanguages ||
		a.tieBreak.open - b.tieBreak.open ||
		a.tieBreak.distance - b.tieBreak.distance ||
		a.tieBreak.outsideGroups - b.tieBreak.outsideGroups ||
		a.name.localeCompare(b.name, 'fi') ||
		a.id.localeCompare(b.id)
	);
}

/**
 * The best-fitting experts and groups for a case, best first. Only candidates whose
 * expertise meets a need of the case (or whom the requester named) are suggested; those
 * already on the case are left out.
 */
export function suggestMatches(
	item: MatchConsultation,
	directory: { experts: readonly MatchExpert[]; groups: readonly MatchGroup[] },
	work: Workload,
	options: MatchOptions
): { experts: Suggestion[]; groups: Suggestion[] } {
	const limits = options.limits ?? { experts: 8, groups: 3 };
	const expertsById = new Map(directory.experts.map((expert) => [expert.id, expert]));
	const experts: Suggestion[] = [];
	for (const expert of directory.experts) {
		if (item.assigneeIds.includes(expert.id)) continue;
		const { score, reasons, tieBreak, meeting } = scoreExpert(
			item,
			expert,
			directory.groups,
			work,
			options
		);
		if (score <= 0) continue;
		experts.push({
			kind: 'expert',
			id: expert.id,
			name: expert.name,
			score,
			reasons,
			tieBreak,
			meeting
		});
	}
	const groups: Suggestion[] = [];
	for (const group of directory.groups) {
		if (item.groupId === group.id) continue;
		const { score, reasons, tieBreak, meeting } = scoreGroup(
			item,
			group,
			expertsById,
			work,
			options
		);
		if (score <= 0) continue;
		groups.push({
			kind: 'group',
			id: group.id,
			name: group.name,
			score,
			reasons,
			tieBreak,
			meeting
		});
	}
	return {
		experts: experts.sort(compareSuggestions).slice(0, limits.experts),
		groups: groups.sort(compareSuggestions).slice(0, limits.groups)
	};
}
