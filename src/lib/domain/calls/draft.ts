import type {
	CallerRole,
	ConsentMethod,
	ConsentStatus,
	ContactAction,
	ContactKind,
	Urgency
} from '../record-codes';
import type { SourceType } from '../source-types';
import type { SituationTheme } from '../themes';

/**
 * The call desk's form (issue 6, "Call-in logging"): what it holds while a call runs,
 * and the call's length. Pure: the desk screen does the saving (src/routes/app/desk).
 */

/** The call form as typed; '' is "not chosen". */
export interface CallDraft {
	sourceType: SourceType | '';
	callerRole: CallerRole | '';
	municipalityId: string;
	themes: SituationTheme[];
	urgency: Urgency;
	consent: ConsentStatus | '';
	/** Asked only when consent was given: they go to a consultation opened from the call. */
	consentMethod: ConsentMethod | '';
	consentDate: string;
	/** Asked only for "without consent, in the child's best interest". */
	consentJustification: string;
	summary: string;
	/** Actions ticked on the form; 'consultation-opened' is added by opening one. */
	actions: ContactAction[];
	referredServiceId: string;
	followUpDate: string;
	followUpBy: string;
}

export function emptyCallDraft(): CallDraft {
	return {
		sourceType: '',
		callerRole: '',
		municipalityId: '',
		themes: [],
		urgency: 'normal',
		consent: '',
		consentMethod: '',
		consentDate: '',
		consentJustification: '',
		summary: '',
		actions: [],
		referredServiceId: '',
		followUpDate: '',
		followUpBy: ''
	};
}

/** The kinds of call that carry no case, logged in one tap. */
export const oneTapKinds = [
	'wrong-number',
	'information-only',
	'dropped'
] as const satisfies readonly ContactKind[];
export type OneTapKind = (typeof oneTapKinds)[number];

/** The schema's limit on a call's length. */
export const MAX_CALL_MINUTES = 600;

/** A call's length in whole minutes as logged: every started minute counts (30 s → 1 min). */
export function callDurationMinutes(startedAt: number, endedAt: number): number {
	const minutes = Math.ceil(Math.max(0, endedAt - startedAt) / 60_000);
	return Math.min(minutes, MAX_CALL_MINUTES);
}

/** The running timer's text: "4:07", and "1:02:09" past an hour. */
export function formatElapsed(milliseconds: number): string {
	const total = Math.max(0, Math.floor(milliseconds / 1000));
	const seconds = String(total % 60).padStart(2, '0');
	const minutes = Math.floor(total / 60) % 60;
	const hours = Math.floor(total / 3600);
	return hours > 0
		? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
		: `${minutes}:${seconds}`;
}

/** When the call was and how long it took, as the form settles it at save. */
export interface CallWhen {
	occurredAt: string;
	/** Unknown for a one-tap entry made without the form. */
	durationMinutes: number | undefined;
}

/** A typed duration in minutes: a whole number 0–600, or undefined. */
export function parseDuration(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed)) return undefined;
	const minutes = Number(trimmed);
	return minutes <= MAX_CALL_MINUTES ? minutes : undefined;
}
