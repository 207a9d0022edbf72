import type { ConsultationOutput } from './schemas/consultation';

/**
 * The answers given on a case (schemas/consultation.ts ConsultationOutput): who may change
 * which, and how they are listed.
 */

/**
 * The list after an expert's change: the expert adds, changes and removes only what they
 * recorded themselves; everyone else's answers stay as stored, in their places.
 */
export function withOwnOutputs(
	stored: readonly ConsultationOutput[] | undefined,
	pushed: readonly ConsultationOutput[],
	userId: string
): ConsultationOutput[] {
	const theirs = (stored ?? []).filter((output) => output.recordedBy !== userId);
	const mine = pushed.filter((output) => output.recordedBy === userId);
	return [...theirs, ...mine].sort((a, b) => a.at.localeCompare(b.at));
}

/** The answers of a case, oldest first; a case stored before answers existed has none. */
export function outputsOf(item: { outputs?: readonly ConsultationOutput[] }): ConsultationOutput[] {
	return [...(item.outputs ?? [])].sort((a, b) => a.at.localeCompare(b.at));
}
