import type { RecordTable } from '$lib/domain/sensitive-fields';
import type { MessageKey, Translate } from '$lib/i18n';
import { undoLocalInsert } from '../db/mutate';
import { isQuotaError } from '../db/quota';
import type { RecDb } from '../db/rec-db';

/** The texts a screen shows about its saves: each role words them for what it saves. */
export interface SaveMessages {
	storageFull: MessageKey;
	saveFailed: MessageKey;
	/** Said after Undo, on screens that offer it. */
	undone?: MessageKey;
}

export interface RecordSavesNeeds {
	db: RecDb;
	/** The device key (throws when the app is locked). */
	key: () => CryptoKey;
	t: () => Translate;
	/** Tells the sync engine that something waits to be sent. */
	written: () => void;
	messages: SaveMessages;
	/**
	 * The saved message goes when its Undo does (a notice that floats over the screen);
	 * otherwise it stays until the next save.
	 */
	fadeStatus?: boolean;
}

/** How long "Undo" stays offered after a record was saved. */
export const UNDO_MS = 10_000;

/**
 * The state every screen that writes records shows about its writes, whatever the role: the
 * last outcome (`status`), why a save failed (`problem`, a full device told apart from any
 * other failure), whether one is under way, and the just-saved record while Undo is offered.
 */
export class RecordSaves {
	status = $state('');
	problem = $state('');
	busy = $state(false);
	/** The record just saved, while Undo is offered. */
	undoable = $state<{ table: RecordTable; id: string } | null>(null);
	#undoTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(protected readonly needs: RecordSavesNeeds) {}

	/**
	 * Runs one write, and on success tells the sync engine and shows `done` (when given).
	 * Rejects when it could not be saved, with the problem shown, so that a form keeps what
	 * was typed.
	 */
	async write<T>(
		write: (db: RecDb, key: CryptoKey) => Promise<T>,
		done?: string | ((result: T) => string)
	): Promise<T> {
		this.busy = true;
		this.problem = '';
		if (done !== undefined) this.status = '';
		try {
			const result = await write(this.needs.db, this.needs.key());
			this.needs.written();
			if (done !== undefined) this.status = typeof done === 'string' ? done : done(result);
			return result;
		} catch (error) {
			this.problem = this.problemOf(error);
			throw error;
		} finally {
			this.busy = false;
		}
	}

	/** A button's write: the problem, if any, is already on the screen. */
	act(write: (db: RecDb, key: CryptoKey) => Promise<unknown>, done?: string): Promise<void> {
		return this.write(write, done).then(
			() => undefined,
			() => undefined
		);
	}

	/** The words for a failed write: a full device loses nothing, and says so. */
	problemOf(error: unknown): string {
		const t = this.needs.t();
		return t(
			isQuotaError(error) ? this.needs.messages.storageFull : this.needs.messages.saveFailed
		);
	}

	/** Shows `message` and offers to take back the record just saved, for a few seconds. */
	offerUndo(table: RecordTable, id: string, message: string) {
		this.status = message;
		this.undoable = { table, id };
		clearTimeout(this.#undoTimer);
		this.#undoTimer = setTimeout(() => {
			this.undoable = null;
			if (this.needs.fadeStatus) this.status = '';
		}, UNDO_MS);
	}

	/** Shows `message` with nothing to undo. */
	tell(message: string) {
		this.status = message;
		this.undoable = null;
		clearTimeout(this.#undoTimer);
	}

	/**
	 * Takes back the record just saved (a delete is sent if it already left the device). A
	 * failure is shown as a problem, like any other write's.
	 */
	async undo() {
		const saved = this.undoable;
		if (!saved) return;
		try {
			await this.write((db) => undoLocalInsert(db, saved.table, saved.id));
		} catch {
			return;
		}
		this.undoable = null;
		const { undone } = this.needs.messages;
		this.status = undone ? this.needs.t()(undone) : '';
	}
}
