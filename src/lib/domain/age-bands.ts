import type { Localized } from './locale';

/**
 * The child's age bands, one list for both sides: the staff records' age group and the family
 * pages' "how children of each age may react" (a content test holds the pages to it). The
 * bands follow Finnish milestones: pre-primary education at 6, school from 7, adulthood at 18.
 */
export const childAgeBands = [
	{ code: '0-2', from: 0, to: 2 },
	{ code: '3-6', from: 3, to: 6 },
	{ code: '7-12', from: 7, to: 12 },
	{ code: '13-17', from: 13, to: 17 }
] as const;

export type ChildAgeBand = (typeof childAgeBands)[number];

/** "7–12 v", "7–12 år", "7–12 years". */
export const ageBandLabel = ({ from, to }: ChildAgeBand): Localized => ({
	fi: `${from}–${to} v`,
	sv: `${from}–${to} år`,
	en: `${from}–${to} years`
});
