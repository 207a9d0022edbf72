import type { ExpertiseArea } from './expertise';
import type { SituationTheme } from './themes';

/**
 * Whose expertise a situation theme calls for (DOMAIN.md: the expert groups' disciplines).
 * `core` is the expertise the theme is about; `related` helps with it. Expert matching
 * (matching.ts) counts a theme covered when a person or group has any of either list.
 */
export interface ThemeExpertise {
	core: readonly ExpertiseArea[];
	related: readonly ExpertiseArea[];
}

export const themeExpertise: Record<SituationTheme, ThemeExpertise> = {
	'violence-against-children': {
		core: ['violence', 'child-protection'],
		related: ['police', 'forensic-psychiatry', 'child-psychiatry']
	},
	'substitute-care': {
		core: ['substitute-care', 'child-protection'],
		related: ['child-psychiatry', 'adolescent-psychiatry']
	},
	'demanding-separation': {
		core: ['family-mediation', 'law', 'district-court'],
		related: ['child-psychiatry', 'adult-psychiatry', 'child-protection', 'violence']
	},
	neurodevelopmental: {
		core: ['neuropsychiatry', 'neurodevelopmental'],
		related: ['child-psychiatry', 'adolescent-psychiatry', 'disability']
	},
	'rare-diseases': {
		core: ['rare-diseases'],
		related: ['disability', 'neurodevelopmental']
	},
	immigration: {
		core: ['culture-immigration'],
		related: ['law', 'child-protection']
	}
};
