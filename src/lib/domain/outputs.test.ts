import { describe, expect, it } from 'vitest';
import { outputsOf, withOwnOutputs } from './outputs';
import type { ConsultationOutput } from './schemas/consultation';

const output = (id: string, recordedBy: string, at: string, text = 'x'): ConsultationOutput => ({
	id: `0190f3a0-0000-7000-8000-00000000000${id}`,
	kind: 'recommendation',
	text,
	giverId: null,
	at: `2026-03-0${at}T10:00:00.000Z`,
	recordedBy
});

describe('answers given', () => {
	it("let an expert change only their own, keeping everyone else's as stored", () => {
		const coordinators = output('1', 'coordinator', '1');
		const mine = output('2', 'lawyer', '2');
		const stored = [coordinators, mine];
		const pushed = [
			{ ...coordinators, text: 'changed by the expert' },
			output('3', 'lawyer', '3'),
			output('4', 'someone-else', '4')
		];
		expect(withOwnOutputs(stored, pushed, 'lawyer')).toEqual([coordinators, pushed[1]]);
	});

	it('list a case without answers as none, the others oldest first', () => {
		expect(outputsOf({})).toEqual([]);
		const later = output('1', 'a', '5');
		const sooner = output('2', 'a', '2');
		expect(outputsOf({ outputs: [later, sooner] })).toEqual([sooner, later]);
	});
});
