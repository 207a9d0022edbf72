import { type CallDraft, type CallWhen, type OneTapKind } from '$lib/domain/calls/draft';
import { consultationContactFields, oneTapContactFields } from '$lib/domain/contact-fields';
import type { Locale } from '$lib/domain/locale';
import { contactKinds } from '$lib/domain/record-codes';
import type { UserProfile } from '$lib/domain/schemas/account';
import type { Translate } from '$lib/i18n';
import { decryptField, isEncryptedField } from '$lib/client/crypto/fields';
import type { RecDb, ContactRow } from '$lib/client/db/rec-db';
import { RecordSaves } from '$lib/client/records/record-saves.svelte';
import { closeFollowUp, insertContact } from '$lib/client/records/contacts';
import {
	newConsultationIds,
	openAsConsultation,
	readSavedContact,
	type ConsultationIds
} from '$lib/client/records/consultation-from-contact';

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

/**
 * The desk's state and writes: which call form is open, and (RecordSaves) what was just saved
 * with a short Undo, and why a save failed. A failed write keeps the form and what was typed.
 */
export class CallDesk extends RecordSaves {
	mode = $state<DeskMode>('closed');
	startedAt = $state(0);
	/** Made once per call, so that a retried "open as consultation" does not make two cases. */
	#pendingIds: ConsultationIds | null = null;
	private readonly deps: CallDeskDeps;

	constructor(deps: CallDeskDeps) {
		super({
			db: deps.db,
			key: deps.key,
			t: deps.t,
			written: deps.noteWrite,
			// The desk's notice floats above the lists: it goes once Undo is no longer offered.
			fadeStatus: true,
			messages: {
				storageFull: 'desk.call.storageFull',
				saveFailed: 'desk.call.saveFailed',
				undone: 'desk.call.undone'
			}
		});
		this.deps = deps;
	}

	openCall(kind: 'live' | 'backdated') {
		if (this.mode !== 'closed') return;
		this.startedAt = Date.now();
		this.#pendingIds = null;
		this.problem = '';
		this.tell('');
		this.mode = kind;
	}

	close(message = '', savedId: string | null = null) {
		this.mode = 'closed';
		if (savedId) this.offerUndo('contacts', savedId, message);
		else this.tell(message);
	}

	async saveCall(draft: CallDraft, when: CallWhen) {
		const fields = consultationContactFields(draft, this.#facts(when));
		const id = await this.write((db, key) => insertContact(db, key, fields));
		this.close(this.deps.t()('desk.call.saved', { minutes: when.durationMinutes ?? 0 }), id);
	}

	async saveOneTap(kind: OneTapKind, when: CallWhen, draft?: CallDraft) {
		const fields = oneTapContactFields(kind, this.#facts(when), draft?.sourceType ?? '');
		const id = await this.write((db, key) => insertContact(db, key, fields));
		const label = contactKinds.label(kind, this.deps.locale());
		this.close(this.deps.t()('desk.call.savedOneTap', { kind: label }), id);
	}

	/** Saves the call from the form as a consultation; answers the consultation's id. */
	async openFromForm(draft: CallDraft, when: CallWhen): Promise<string> {
		const ids = (this.#pendingIds ??= newConsultationIds());
		const contact = consultationContactFields(draft, this.#facts(when), ids.consultationId);
		await this.write((db, key) =>
			openAsConsultation(db, key, ids, contact, {
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
	async openFromList(row: ContactRow): Promise<string> {
		const ids = newConsultationIds(row.id);
		const locale = this.deps.locale();
		await this.write(async (db, key) => {
			const call = await readSavedContact(db, key, row.id);
			if (!call) throw new Error('the call is gone');
			await openAsConsultation(db, key, ids, call.fields, { locale }, call.row);
		});
		return ids.consultationId;
	}

	async closeFollowUp(row: ContactRow) {
		await this.write((db, key) => closeFollowUp(db, key, row));
	}

	/** An encrypted field's text, for display. */
	reveal = async (value: unknown): Promise<string> =>
		isEncryptedField(value) ? String(await decryptField(this.deps.key(), value)) : '';

	#facts(when: CallWhen) {
		const profile = this.deps.profile();
		if (!profile) throw new Error('signed out');
		return { ...when, createdBy: profile.id, countyId: profile.countyId };
	}
}
