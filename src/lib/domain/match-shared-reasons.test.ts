import { describe, expect, it } from 'vitest';
import type { MatchReason } from './match-scoring';
import type { Suggestion } from './matching';
import { splitSharedReasons } from './match-shared-reasons';

const suggestion = (id: string, reasons: MatchReason[]): Suggestion => ({
	kind: 'expert',
	id,
	name: id,
	score: 10,
	reasons,
	tieBreak: { missingLanguages: 0, open: 0, distance: 0, outsideGroups: 0 },
	meeting: null
});

const common: MatchReason[] = [
	{ code: 'same-county' },
	{ code: 'languages', languages: ['fi'] },
	{ code: 'load', open: 0 }
];
const lawyer = suggestion('lawyer', [
	{ code: 'theme', theme: 'demanding-separation', expertise: ['law'], core: true },
	...common
]);
const psychiatrist = suggestion('psy', [
	{ code: 'theme', theme: 'demanding-separation', expertise: ['child-psychiatry'], core: false },
	...common
]);

describe('reasons shared by every suggestion', () => {
	it('says once the reasons every suggestion shares and keeps only those that differ', () => {
		const { shared, suggestions } = splitSharedReasons([lawyer, psychiatrist]);
		expect(shared).toEqual(common);
		expect(suggestions.map((one) => one.reasons.map((r) => r.code))).toEqual([
			['theme'],
			['theme']
		]);
		// One suggestion alone keeps its reasons: nothing to compare it with.
		expect(splitSharedReasons([lawyer]).suggestions[0]!.reasons).toEqual(lawyer.reasons);
	});
});
