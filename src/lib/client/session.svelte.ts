import { getContext, setContext } from 'svelte';
import { Ok } from '$lib/domain/api/errors';
import { SignedIn, type UserProfile } from '$lib/domain/api/session';
import { ApiError, apiRequest, useClientId } from './api/http';
import { ensureClientId } from './api/client-id';
import { recDbExists, type RecDbSource } from './db/rec-source';

const PROFILE_KEY = 'profile';
/** Whether the server has demo accounts (public password), as it last said; kept for offline. */
const DEMO_KEY = 'demo-accounts';
/** The OT centre's number the server last gave (settings: OT_PHONE); kept for offline. */
const OT_PHONE_KEY = 'ot-phone';
const CONTEXT = Symbol('session');

/** A different person tried to sign in on a device that holds another user's data. */
export class OtherUserOnDevice extends Error {}

export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'expired';

/**
 * Who uses this device. The profile is kept in rec.meta so the app opens offline; the
 * server session may expire meanwhile ('expired'): then sign-in is asked again before any
 * sync, and nothing local is touched.
 */
export class Session {
	#status = $state<SessionStatus>('loading');
	#profile = $state<UserProfile | null>(null);
	#demoAccounts = $state(false);
	#otPhone = $state<string | null>(null);
	#clientId: string | undefined;

	constructor(private readonly db: RecDbSource) {}

	get status() {
		return this.#status;
	}

	get profile() {
		return this.#profile;
	}

	get clientId() {
		return this.#clientId;
	}

	/**
	 * The server has demo accounts whose password is public: every staff page says so. The
	 * server decides (GET /me, /session); the device keeps its last answer, so it shows offline.
	 */
	get demoAccounts() {
		return this.#demoAccounts;
	}

	/** The OT centre's number in the server's settings, or null: the rota's last fallback. */
	get otPhone() {
		return this.#otPhone;
	}

	/** What the sign-in page heard before anyone signed in (not kept: nothing is stored yet). */
	noteDemoAccounts(demoAccounts: boolean) {
		this.#demoAccounts = demoAccounts;
	}

	async load() {
		// Nobody has signed in on this device: nothing to read, and no need to load Dexie yet.
		if (!(await recDbExists(this.db))) {
			this.#status = 'signed-out';
			return;
		}
		const db = await this.#identify();
		const [row, demo, phone] = await Promise.all([
			db.meta.get(PROFILE_KEY),
			db.meta.get(DEMO_KEY),
			db.meta.get(OT_PHONE_KEY)
		]);
		this.#profile = (row?.value as UserProfile | undefined) ?? null;
		this.#demoAccounts = demo?.value === true;
		this.#otPhone = typeof phone?.value === 'string' ? phone.value : null;
		this.#status = this.#profile ? 'signed-in' : 'signed-out';
	}

	/** Opens the database and makes sure this device has its id, sent with every API call. */
	async #identify() {
		const db = await this.db.open();
		this.#clientId = await ensureClientId(db);
		useClientId(this.#clientId);
		return db;
	}

	/** Asks the server who we are; answers false when it could not be reached. */
	async refresh(): Promise<boolean> {
		try {
			if (!this.#clientId) await this.#identify();
			const { user, demoAccounts, otPhone } = await apiRequest('/api/v1/me', SignedIn);
			await this.#remember(user, demoAccounts, otPhone ?? null);
			return true;
		} catch (error) {
			if (error instanceof ApiError && error.sessionExpired && this.#profile) {
				this.#status = 'expired';
				return true;
			}
			if (error instanceof ApiError) throw error;
			return false;
		}
	}

	/** Signs in online; answers the profile, or throws ApiError with the server's message. */
	async signIn(email: string, password: string): Promise<UserProfile> {
		await this.#identify();
		const { user, demoAccounts, otPhone } = await apiRequest('/api/v1/session', SignedIn, {
			method: 'POST',
			body: { email, password }
		});
		if (this.#profile && this.#profile.id !== user.id) {
			// This device holds someone else's data: they must sign out (and be warned) first.
			await apiRequest('/api/v1/session', Ok, { method: 'DELETE' }).catch(() => undefined);
			throw new OtherUserOnDevice();
		}
		// With a temporary password the server accepts nothing else until it is changed.
		if (!user.mustChangePassword) await this.registerDevice();
		await this.#remember(user, demoAccounts, otPhone ?? null);
		return user;
	}

	/** Lets the admin see (and revoke) this device. */
	async registerDevice() {
		if (!this.#clientId) await this.#identify();
		await apiRequest('/api/v1/devices', Ok, {
			method: 'POST',
			body: { clientId: this.#clientId, label: navigator.userAgent.slice(0, 120) }
		});
	}

	async #remember(user: UserProfile, demoAccounts = false, otPhone: string | null = null) {
		const db = await this.db.open();
		await db.meta.bulkPut([
			{ key: PROFILE_KEY, value: $state.snapshot(user) },
			{ key: DEMO_KEY, value: demoAccounts },
			{ key: OT_PHONE_KEY, value: otPhone }
		]);
		this.#profile = user;
		this.#demoAccounts = demoAccounts;
		this.#otPhone = otPhone;
		this.#status = 'signed-in';
	}

	/**
	 * Ends the server session if it can. The device still shows the signed-in state: the
	 * caller wipes the local data and then loads the sign-in page afresh, and a state change
	 * here would first send the app there on its own, to be reloaded under the person's hands.
	 */
	async endServerSession() {
		await apiRequest('/api/v1/session', Ok, { method: 'DELETE' }).catch(() => undefined);
	}
}

export function setSession(session: Session): Session {
	return setContext(CONTEXT, session);
}

export function getSession(): Session {
	return getContext<Session>(CONTEXT);
}
