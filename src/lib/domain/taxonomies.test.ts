import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { expertiseAreas } from './expertise';
import { locales } from './locale';
import { sourceTypes } from './source-types';
import { consultationStages, nextStage } from './stages';
import { separationClientGroups, situationThemes } from './themes';
import { serviceTiers } from './tiers';

const taxonomies = {
	sourceTypes,
	situationThemes,
	separationClientGroups,
	serviceTiers,
	consultationStages,
	expertiseAreas
};

describe.each(Object.entries(taxonomies))('taxonomy %s', (_name, taxonomy) => {
	it('has unique codes and a label in every language', () => {
		expect(new Set(taxonomy.codes).size).toBe(taxonomy.codes.length);
		for (const item of taxonomy.items) {
			for (const locale of locales) expect(item.label[locale].trim()).not.toBe('');
		}
	});

	it('validates its own codes and refuses others', () => {
		const schema = z.enum(taxonomy.codes as [string, ...string[]]);
		for (const code of taxonomy.codes) expect(schema.parse(code)).toBe(code);
		expect(schema.safeParse('no-such-code').success).toBe(false);
		expect(taxonomy.has('no-such-code')).toBe(false);
	});
});

describe('pilot vocabulary', () => {
	it('counts the pilot contacts by its seven source types first', () => {
		expect(sourceTypes.codes.slice(0, 7)).toEqual([
			'family-social-work',
			'child-protection',
			'child-psychiatry',
			'family-centre',
			'family-counselling',
			'vip-network',
			'shelter'
		]);
		expect(sourceTypes.label('shelter', 'fi')).toBe('Ensi- ja turvakoti');
	});

	it('moves a consultation through the seven stages in order', () => {
		expect(consultationStages.items.map((stage) => stage.label.fi)).toEqual([
			'Heräte',
			'Puskuri',
			'Jäsentäminen',
			'Hypoteesi / kokonaisarvio',
			'Koordinointi',
			'Suunnitelma',
			'Palaute'
		]);
		expect(nextStage('trigger')).toBe('buffer');
		expect(nextStage('feedback')).toBeNull();
	});

	it('names the six situation themes and three service tiers', () => {
		expect(situationThemes.codes).toHaveLength(6);
		expect(serviceTiers.label('ot', 'sv')).toBe('Krävande specialnivå (OT-nivå)');
	});
});
