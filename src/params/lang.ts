import type { ParamMatcher } from '@sveltejs/kit';
import { isFamilyLanguage } from '$lib/family/languages';

/** Language prefixes of the family pages; Finnish has none (so "/fi" is not one). */
export const match: ParamMatcher = (param) => param !== 'fi' && isFamilyLanguage(param);
