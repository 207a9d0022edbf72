import { helpKinds, servicesInvolved, stuckReasons } from '../record-codes';
import { separationClientGroups } from '../themes';
import type { CodeCount } from './compute';
import { list, text } from './read-values';
import { Tally } from './tally';
import { weightedMedian } from './median';

/**
 * What the support achieved (issue 16), from the coded fields of the consultations received in
 * a range: the services involved and why the case is stuck (the pilot's main finding), the
 * demanding-separation client groups, the help asked against the help given, the requester's
 * rating, and the days from the request to the group's meeting. Free text is never read.
 */

/** A case's coded outcome fields, as statistics read them. */
export interface OutcomeFacts {
	services: readonly string[];
	stuckReasons: readonly string[];
	clientGroups: readonly string[];
	helpWanted: readonly string[];
	/** The kinds of help given (the case's outputs), each once. */
	given: readonly string[];
	/** The requester's rating, 1–5; null when none was given. */
	rating: number | null;
	/** Days from the day the request was received to the group's meeting day (handlingDate). */
	daysToMeeting: number | null;
}

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole days from one calendar day to another (YYYY-MM-DD); never below zero. */
export function daysToMeeting(receivedDay: string, meetingDay: string | null): number | null {
	if (!meetingDay || !DATE.test(meetingDay) || !DATE.test(receivedDay)) return null;
	const days = Math.round((Date.parse(meetingDay) - Date.parse(receivedDay)) / DAY_MS);
	return Number.isNaN(days) ? null : Math.max(0, days);
}

/** The kinds of help a case's outputs gave, each once, in the code list's order. */
export function givenKinds(outputs: unknown): string[] {
	if (!Array.isArray(outputs)) return [];
	const kinds = new Set(
		outputs.map((output: unknown) => text((output as { kind?: unknown } | null)?.kind))
	);
	return helpKinds.codes.filter((code) => kinds.has(code));
}

const ratingOf = (value: unknown) =>
	typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : null;

/**
 * A consultation record's outcome facts (`outputs` in clear: the server's JSON, the device's
 * after decryption). `receivedDay` is the Finnish day the request was received.
 */
export function outcomeFacts(record: Record<string, unknown>, receivedDay: string): OutcomeFacts {
	return {
		services: list(record.servicesInvolved),
		stuckReasons: list(record.stuckReasons),
		clientGroups: list(record.clientGroups),
		helpWanted: list(record.helpWanted),
		given: givenKinds(record.outputs),
		rating: ratingOf(record.feedbackRating),
		daysToMeeting: daysToMeeting(receivedDay, text(record.handlingDate))
	};
}

/** The figures a case adds to. */
export const outcomeFigures = [
	'services',
	'services-count',
	'stuck',
	'client-group',
	'asked',
	'given',
	'met',
	'rating',
	'days-to-meeting'
] as const;
export type OutcomeFigure = (typeof outcomeFigures)[number];

/** One count a case adds: a code of a figure (a service, a rating, days to the meeting …). */
export interface OutcomeCode {
	figure: OutcomeFigure;
	code: string;
}

/** The row of cases that recorded nothing for a figure, and of cases that had any help. */
export const NONE = 'none';
export const ANY = 'any';
/** How many services a case involves: none recorded, one, or two or more. */
export const serviceCounts = [NONE, 'one', 'several'] as const;
/** Ratings, the best first. */
export const ratingCodes = ['5', '4', '3', '2', '1'] as const;

/**
 * The counts one case adds, each code once. The live figures and the monthly totals the
 * retention job keeps of deleted cases are both made of these, so they add up alike — and a
 * kept total holds single counts, never a deleted case's combination of codes.
 */
export function outcomeCodes(facts: OutcomeFacts): OutcomeCode[] {
	const codes: OutcomeCode[] = [];
	const add = (figure: OutcomeFigure, values: readonly string[]) => {
		for (const code of new Set(values)) codes.push({ figure, code });
	};
	const or = (values: readonly string[]) => (values.length ? values : [NONE]);
	const services = new Set(facts.services);
	add('services', [...services]);
	add('services-count', [serviceCounts[Math.min(services.size, 2)]!]);
	add('stuck', or(facts.stuckReasons));
	add('client-group', or(facts.clientGroups));
	const met = facts.helpWanted.filter((kind) => facts.given.includes(kind));
	add('asked', facts.helpWanted.length ? [...facts.helpWanted, ANY] : []);
	add('given', facts.given.length ? [...facts.given, ANY] : []);
	add('met', met.length ? [...met, ANY] : []);
	add('rating', [facts.rating === null ? NONE : String(facts.rating)]);
	if (facts.daysToMeeting !== null) add('days-to-meeting', [String(facts.daysToMeeting)]);
	return codes;
}

/** Help of a kind: cases that asked for it, were given it, and both. */
export interface HelpCount {
	code: string;
	asked: number;
	given: number;
	met: number;
}

/** The outcome figures of a range (counts of cases). */
export interface OutcomeReport {
	/** A case may involve several services: these add up to more than the cases. */
	services: CodeCount[];
	/** Cases by how many services they involve (NONE, 'one', 'several'): the pilot's finding. */
	servicesPerCase: CodeCount[];
	stuckReasons: CodeCount[];
	withoutStuckReason: number;
	clientGroups: CodeCount[];
	withoutClientGroup: number;
	/** By kind of help, then ANY: cases that asked for any, were given any, got any they asked. */
	help: HelpCount[];
	/** By rating, the best first. */
	ratings: CodeCount[];
	rated: number;
	withoutRating: number;
	/** Cases with the group's meeting day set, and the median days to it. */
	withMeeting: number;
	medianDaysToMeeting: number | null;
}

/** Adds up the codes of cases (live ones and kept monthly totals) into the outcome figures. */
export class OutcomeTally {
	private readonly tallies = {
		services: new Tally(servicesInvolved.codes),
		'services-count': new Tally(serviceCounts),
		stuck: new Tally([...stuckReasons.codes, NONE]),
		'client-group': new Tally([...separationClientGroups.codes, NONE]),
		asked: new Tally([...helpKinds.codes, ANY]),
		given: new Tally([...helpKinds.codes, ANY]),
		met: new Tally([...helpKinds.codes, ANY]),
		rating: new Tally([...ratingCodes, NONE])
	};
	private readonly toMeeting = new Map<number, number>();

	add({ figure, code }: OutcomeCode, count: number) {
		if (figure === 'days-to-meeting') {
			const days = Number(code);
			if (Number.isFinite(days)) this.toMeeting.set(days, (this.toMeeting.get(days) ?? 0) + count);
		} else if (Object.hasOwn(this.tallies, figure)) {
			this.tallies[figure].add(code, count);
		}
	}

	report(): OutcomeReport {
		const { tallies } = this;
		const withoutNone = (tally: Tally) => tally.list().filter((item) => item.code !== NONE);
		// The kinds in list order (then any unknown one), ANY last.
		const kinds = new Set([
			...tallies.asked.codes(),
			...tallies.given.codes(),
			...tallies.met.codes()
		]);
		kinds.delete(ANY);
		const help = [...kinds, ANY].map((code) => ({
			code,
			asked: tallies.asked.get(code),
			given: tallies.given.get(code),
			met: tallies.met.get(code)
		}));
		const ratings = withoutNone(tallies.rating);
		const days = [...this.toMeeting].map(([value, weight]) => ({ value, weight }));
		return {
			services: tallies.services.list(),
			servicesPerCase: tallies['services-count'].list(),
			stuckReasons: withoutNone(tallies.stuck),
			withoutStuckReason: tallies.stuck.get(NONE),
			clientGroups: withoutNone(tallies['client-group']),
			withoutClientGroup: tallies['client-group'].get(NONE),
			help,
			ratings,
			rated: ratings.reduce((sum, item) => sum + item.count, 0),
			withoutRating: tallies.rating.get(NONE),
			withMeeting: days.reduce((sum, item) => sum + item.weight, 0),
			medianDaysToMeeting: weightedMedian(days)
		};
	}
}
