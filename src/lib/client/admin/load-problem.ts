import { ApiError } from '../api/http';
import type { Translate } from '$lib/i18n';

/** Why an administration list could not be shown, in the reader's language. */
export function loadProblem(error: unknown, t: Translate): string {
	return error instanceof ApiError && error.status === 403
		? t('admin.onlyAdmins')
		: t('admin.loadFailed');
}
