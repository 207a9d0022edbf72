import { describe, expect, it } from 'vitest';
import { organisationIn } from './source-types';

describe('requester organisation in the reader’s language', () => {
	it('translates a source the desk wrote as a label in any language, or as a code', () => {
		expect(organisationIn('Lastensuojelu', 'en')).toBe('Child protection');
		expect(organisationIn('Barnskydd', 'fi')).toBe('Lastensuojelu');
		expect(organisationIn('perheneuvola', 'sv')).toBe('Familjerådgivning');
		expect(organisationIn('child-protection', 'sv')).toBe('Barnskydd');
	});

	it('leaves an organisation typed by hand as it is', () => {
		expect(organisationIn('Pirkanmaan hyvinvointialue', 'en')).toBe('Pirkanmaan hyvinvointialue');
		expect(organisationIn('', 'en')).toBe('');
	});
});
