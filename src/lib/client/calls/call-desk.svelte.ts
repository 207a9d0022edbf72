import {
	caseContactFields,
	oneTapContactFields,
	type CallDraft,
	type CallWhen,
	type OneTapKind
} from '$lib/domain/call-log';
import type { Locale } from '$lib/domain/locale';
import { contactKinds } from '$lib/domain/record-codes';
import type { UserProfile } from '$lib/domain/schemas/account';
import type { Translate } from '$lib/i18n';
import { decryptField, isEncryptedField } from '../crypto/fields';
import { undoLocalInsert } from '../db/mutate';
import type { RecDb, RecordRow } from '../db/rec-db';
import {
	closeFollowUp,
	insertContact,
	newConsultationIds,
	openAsConsultation,
	readCall,
	type ConsultationIds
} from './call-writes';

export interface CallDeskDeps {
	db: RecDb;
	key: () => CryptoKey;
	profile: () => UserProfile | null;
	t: () => Translate;
	locale: () => Locale;
	/** A local write happened: the sync engine sends it soon. */
	noteWrite: () => void;
}

export type DeskMode = 'closed' | 'live' | 'backdated';

const UNDO_MS = 10_000;

/**
 * The desk's state and writes: which call form is open, what was just saved (with a short
 * Undo), and why a save failed. A failed write keeps the form and what was typed.
 */
export class CallDesk {
	mode = $state<DeskMode>('closed');
	startedAt = $state(0);
	busy = $state(false);
	status = $state('');
	problem = $state('');
	/** The entry just saved, while Undo is offered. */
	undoable = $state<string | null>(null);
	/** Made once per call, so that a retried "open as consultation" does not make two cases. */
	#pendingIds: ConsultationIds | null = null;
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(private readonly deps: CallDeskDeps) {}

	openCall(kind: 'live' | 'backdated') {
		if (this.mode !== 'closed') return;
		this.startedAt = Date.now();
		this.#pendingIds = null;
		this.problem = '';
		this.status = '';
		this.undoable = null;
		this.mode = kind;
	}

	close(message = '', savedId: string | null = null) {
		this.mode = 'closed';
		this.status = message;
		this.undoable = savedId;
		clearTimeout(this.#undoTimer);
		if (savedId) this.#undoTimer = setTimeout(() => (this.undoable = null), UNDO_MS);
	}

	async saveCall(draft: CallDraft, when: CallWhen) {
		const fields = caseContactFields(draft, this.#facts(when));
		const id = await this.#write(() => insertContact(this.deps.db, this.deps.key(), fields));
		this.close(this.deps.t()('desk.call.saved', { minutes: when.durationMinutes ?? 0 }), id);
	}

	async saveOneTap(kind: OneTapKind, when: CallWhen, draft?: CallDraft) {
		const fields = oneTapContactFields(kind, this.#facts(when), draft?.sourceType ?? '');
		const id = await this.#write(() => insertContact(this.deps.db, this.deps.key(), fields));
		const label = contactKinds.label(kind, this.deps.locale());
		this.close(this.deps.t()('desk.call.savedOneTap', { kind: label }), id);
	}

	/** Saves the call from the form as a consultation; answers the consultation's id. */
	async openFromForm(draft: CallDraft, when: CallWhen): Promise<string> {
		const ids = (this.#pendingIds ??= newConsultationIds());
		const contact = caseContactFields(draft, this.#facts(when), ids.consultationId);
		await this.#write(() =>
			openAsConsultation(this.deps.db, this.deps.key(), ids, contact, {
				locale: this.deps.locale(),
				consentMethod: draft.consentMethod,
				consentDate: draft.consentDate,
				consentJustification: draft.consentJustification
			})
		);
		this.close();
		return ids.consultationId;
	}

	/**
	 * A saved call turned into a case afterwards (today's list). Its consent details were not
	 * asked: the case is received all the same, and its page asks for what is missing.
	 */
	async openFromList(row: RecordRow): Promise<string> {
		const ids = newConsultationIds(row.id);
		const { db, key, locale } = this.deps;
		await this.#write(async () => {
			const call = await readCall(db, key(), row.id);
			if (!call) throw new Error('the call is gone');
			await openAsConsultation(db, key(), ids, call.fields, { locale: locale() }, call.row);
		});
		return ids.consultationId;
	}

	async undo() {
		if (!this.undoable) return;
		await undoLocalInsert(this.deps.db, 'contacts', this.undoable);
		this.undoable = null;
		this.status = this.deps.t()('desk.call.undone');
		this.deps.noteWrite();
	}

	async closeFollowUp(row: RecordRow) {
		await this.#write(() => closeFollowUp(this.deps.db, this.deps.key(), row));
	}

	/** An encrypted field's text, for display. */
	reveal = async (value: unknown): Promise<string> =>
		isEncryptedField(value) ? String(await decryptField(this.deps.key(), value)) : '';

	#facts(when: CallWhen) {
		const profile = this.deps.profile();
		if (!profile) throw new Error('signed out');
		return { ...when, createdBy: profile.id, countyId: profile.countyId };
	}

	async #write<T>(action: () => Promise<T>): Promise<T> {
		this.busy = true;
		this.problem = '';
		try {
			const result = await action();
			this.deps.noteWrite();
			return result;
		} catch (error) {
			const t = this.deps.t();
			this.problem =
				error instanceof Error && error.name.includes('QuotaExceeded')
					? t('desk.call.storageFull')
					: t('desk.call.saveFailed');
			throw error;
		} finally {
			this.busy = false;
		}
	}
}
