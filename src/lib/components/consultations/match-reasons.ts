import { languageName } from '$lib/client/directory/format';
import { expertiseAreas } from '$lib/domain/expertise';
import type { Locale } from '$lib/domain/locale';
import type { MatchReason } from '$lib/domain/match-scoring';
import { situationThemes } from '$lib/domain/themes';
import type { Translate } from '$lib/i18n';

/** Why a suggestion was made, in the reader's language. */
export function reasonText(reason: MatchReason, t: Translate, locale: Locale): string {
	const areas = (codes: readonly (typeof expertiseAreas.codes)[number][]) =>
		codes.map((code) => expertiseAreas.label(code, locale)).join(', ');
	const languages = (codes: readonly string[]) =>
		codes.map((code) => languageName(code, locale)).join(', ');
	switch (reason.code) {
		case 'theme':
			return t(reason.core ? 'desk.match.reason.themeCore' : 'desk.match.reason.themeRelated', {
				theme: situationThemes.label(reason.theme, locale),
				expertise: areas(reason.expertise)
			});
		case 'requested-expertise':
			return t('desk.match.reason.requestedExpertise', { expertise: areas(reason.expertise) });
		case 'requested':
			return t('desk.match.reason.requested');
		case 'same-county':
			return t('desk.match.reason.sameCounty');
		case 'same-area':
			return t('desk.match.reason.sameArea');
		case 'languages':
			return t('desk.match.reason.languages', { languages: languages(reason.languages) });
		case 'languages-missing':
			return t('desk.match.reason.languagesMissing', { languages: languages(reason.languages) });
		case 'group-member':
			return t('desk.match.reason.groupMember', { group: reason.groupName });
		case 'theme-members':
			return t('desk.match.reason.themeMembers', {
				theme: situationThemes.label(reason.theme, locale),
				expertise: areas(reason.expertise)
			});
		case 'load':
			return t('desk.match.reason.load', { count: reason.open });
	}
}

/** Reasons that count against a suggestion, shown as such. */
export const isCaution = (reason: MatchReason) =>
	reason.code === 'languages-missing' || (reason.code === 'load' && reason.open > 0);
