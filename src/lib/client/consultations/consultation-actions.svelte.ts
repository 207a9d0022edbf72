import type { Locale } from '$lib/domain/locale';
import { readyMark } from '$lib/domain/agenda';
import { outputsOf } from '$lib/domain/outputs';
import type { ConsultationOutput } from '$lib/domain/schemas/consultation';
import type { ProposedMeeting } from '$lib/domain/match-scoring';
import type { Suggestion } from '$lib/domain/matching';
import { consultationStages, type ConsultationStage } from '$lib/domain/stages';
import type { Translate } from '$lib/i18n';
import type { RecDb } from '../db/rec-db';
import { RecordSaves } from '../records/record-saves.svelte';
import {
	addNote,
	assignExpert,
	changeStage,
	completeConsultation,
	setConsultationClosed,
	unassignExpert,
	changeConsultation,
	newOutput,
	writeOutputs,
	type ConsultationCompletion,
	type ConsultationChanges,
	type ConsultationRef
} from './consultation-changes';
import { formatDay } from '$lib/domain/date-format';

type Held = ConsultationRef & { assigneeIds: readonly string[] };
/** An answer as the form gives it: what, in short, and from whom. */
type NewOutput = Pick<ConsultationOutput, 'kind' | 'text' | 'giverId'>;

interface Needs {
	db: RecDb;
	/** The device key (throws when the app is locked). */
	key: () => CryptoKey;
	/** The signed-in person's user id. */
	actorId: () => string | undefined;
	t: () => Translate;
	locale: () => Locale;
	/** Tells the sync engine that something waits to be sent. */
	written: () => void;
}

/**
 * What a coordinator does on the consultation board and page, with what the screen says about
 * it (RecordSaves: the last outcome, a problem — a full device named as such) and the
 * handling date proposed after choosing a group.
 */
export class ConsultationActions extends RecordSaves {
	/** The meeting proposed as the handling date after a group (or its member) was chosen. */
	proposal = $state<ProposedMeeting | null>(null);
	readonly #actorId: () => string | undefined;
	readonly #locale: () => Locale;

	constructor({ actorId, locale, ...needs }: Needs) {
		super({
			...needs,
			messages: { storageFull: 'consultation.storageFull', saveFailed: 'consultation.saveFailed' }
		});
		this.#actorId = actorId;
		this.#locale = locale;
	}

	/**
	 * Runs one change, tells what happened, and lets the sync engine know. Rejects when the
	 * change could not be saved (the problem is shown), so that a form keeps what was typed.
	 */
	async run(change: (db: RecDb, key: CryptoKey) => Promise<unknown>, done: string) {
		await this.write(change, done);
	}

	move(item: Held, stage: ConsultationStage) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		const label = consultationStages.label(stage, this.#locale());
		return this.act(
			(db, key) => changeStage(db, key, item, stage, actorId),
			this.needs.t()('consultation.moved', { stage: label })
		);
	}

	/** Takes the consultation past a stage run only when needed, recording it as skipped. */
	skip(item: Held, skipping: ConsultationStage, stage: ConsultationStage) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		const label = (code: ConsultationStage) => consultationStages.label(code, this.#locale());
		return this.act(
			(db, key) => changeStage(db, key, item, stage, actorId, [skipping]),
			this.needs.t()('consultation.skipped', { skipped: label(skipping), stage: label(stage) })
		);
	}

	save(item: Held, fields: ConsultationChanges) {
		return this.run(
			(db, key) => changeConsultation(db, key, item, fields),
			this.needs.t()('consultation.saved')
		);
	}

	/** Completes what the consultation lacked; a draft the desk left is received with it. */
	complete(
		item: Held & { status: string; consent: string; stage: ConsultationStage | null },
		completion: ConsultationCompletion
	) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		const t = this.needs.t();
		const done =
			item.status === 'draft'
				? t('consultation.gaps.receivedNow', {
						stage: consultationStages.label(item.stage ?? 'trigger', this.#locale())
					})
				: t('consultation.saved');
		return this.run((db, key) => completeConsultation(db, key, item, completion, actorId), done);
	}

	note(item: Held, text: string, forRequester: boolean) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		return this.run(
			(db, key) => addNote(db, key, item, actorId, text, forRequester),
			this.needs.t()('consultation.noteAdded')
		);
	}

	/** One action from a suggestion: the expert joins the assignees, or the group is chosen. */
	async assign(item: Held, suggestion: Suggestion) {
		const t = this.needs.t();
		await this.act(
			(db, key) =>
				suggestion.kind === 'expert'
					? assignExpert(db, key, item, suggestion.id)
					: changeConsultation(db, key, item, { groupId: suggestion.id }),
			t(suggestion.kind === 'expert' ? 'desk.match.assigned' : 'desk.match.groupChosen', {
				name: suggestion.name
			})
		);
		if (!this.problem) this.proposal = suggestion.meeting;
	}

	async useProposal(item: Held) {
		if (!this.proposal) return;
		const { date } = this.proposal;
		await this.act(
			(db, key) => changeConsultation(db, key, item, { handlingDate: date }),
			this.needs.t()('desk.match.dateSet', { date: formatDay(date, this.#locale()) })
		);
		if (!this.problem) this.proposal = null;
	}

	unassign(item: Held, expertId: string) {
		return this.act(
			(db, key) => unassignExpert(db, key, item, expertId),
			this.needs.t()('consultation.saved')
		);
	}

	setGroup(item: Held, groupId: string | null) {
		return this.act(
			(db, key) => changeConsultation(db, key, item, { groupId }),
			this.needs.t()('consultation.saved')
		);
	}

	/** Records an answer given on the consultation (a recommendation, a statement …). */
	addOutput(item: Held & { outputs?: ConsultationOutput[] }, output: NewOutput) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		return this.run(
			(db, key) => writeOutputs(db, key, item, [...outputsOf(item), newOutput(output, actorId)]),
			this.needs.t()('outputs.added')
		);
	}

	removeOutput(item: Held & { outputs?: ConsultationOutput[] }, id: string) {
		return this.act(
			(db, key) =>
				writeOutputs(
					db,
					key,
					item,
					outputsOf(item).filter((output) => output.id !== id)
				),
			this.needs.t()('outputs.removed')
		);
	}

	/** Marks the consultation ready for its group's meeting (prepared), or takes the mark back. */
	markReady(item: Held, ready: boolean) {
		const actorId = this.#actorId();
		if (!actorId) return Promise.resolve();
		return this.act(
			(db, key) => changeConsultation(db, key, item, { readyForGroup: readyMark(ready, actorId) }),
			this.needs.t()(ready ? 'desk.agenda.markedReady' : 'desk.agenda.unmarked')
		);
	}

	/** The mobile pair's completed background; rejects when it could not be saved. */
	completeBackground(item: Held, background: string) {
		return this.run(
			(db, key) => changeConsultation(db, key, item, { background }),
			this.needs.t()('desk.mine.backgroundSaved')
		);
	}

	setClosed(item: Held, closed: boolean) {
		return this.act(
			(db, key) => setConsultationClosed(db, key, item, closed),
			this.needs.t()('consultation.saved')
		);
	}
}
