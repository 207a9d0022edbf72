import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	anyFilter,
	assigneeCounts,
	boardDrafts,
	buildBoard,
	isDeskDraft,
	isOverdue,
	matchesFilter,
	skippedByConsultation,
	stageMoves,
	UNASSIGNED,
	type BoardConsultation,
	type BoardFilter
} from './consultation-board';
import { consultationStages, skippedStages } from './stages';

const TODAY = '2026-05-12';
let counter = 0;
const aConsultation = (overrides: Partial<BoardConsultation> = {}): BoardConsultation => ({
	id: `case-${String(++counter).padStart(4, '0')}`,
	status: 'submitted',
	stage: 'trigger',
	urgency: 'normal',
	themes: ['demanding-separation'],
	countyId: 'pirkanmaa',
	assigneeIds: [],
	groupId: null,
	followUpDate: null,
	submittedAt: '2026-05-01T09:00:00.000Z',
	createdAt: '2026-05-01T08:00:00.000Z',
	sourceContactId: null,
	...overrides
});

const ids = (consultations: BoardConsultation[]) => consultations.map((item) => item.id);

describe('the consultation board', () => {
	it('has the seven stages in process order, and puts a consultation not yet moved at the first', () => {
		const fresh = aConsultation({ stage: null });
		const planned = aConsultation({ stage: 'plan' });
		const board = buildBoard([fresh, planned], anyFilter, TODAY);
		expect(board.map((column) => column.stage)).toEqual(consultationStages.codes);
		expect(ids(board[0]!.consultations)).toEqual([fresh.id]);
		expect(ids(board.find((column) => column.stage === 'plan')!.consultations)).toEqual([
			planned.id
		]);
	});

	it('leaves drafts and withdrawn requests off, and closed consultations unless asked for', () => {
		const consultations = [
			aConsultation({ status: 'draft' }),
			aConsultation({ status: 'withdrawn' }),
			aConsultation({ status: 'closed', stage: 'feedback' }),
			aConsultation()
		];
		const count = (closed: boolean) =>
			buildBoard(consultations, { ...anyFilter, closed }, TODAY).flatMap(
				(column) => column.consultations
			).length;
		expect(count(false)).toBe(1);
		expect(count(true)).toBe(2);
	});

	it('never hides a draft opened at the desk: it is among the drafts, under the same filter', () => {
		const fromCall = aConsultation({
			status: 'draft',
			sourceContactId: 'call-1',
			urgency: 'urgent',
			assigneeIds: ['expert-a']
		});
		const otherCounty = aConsultation({
			status: 'draft',
			sourceContactId: 'call-2',
			countyId: 'kanta-hame'
		});
		const requesters = aConsultation({ status: 'draft' });
		const received = aConsultation({ sourceContactId: 'call-3' });
		const consultations = [requesters, otherCounty, received, fromCall];
		expect([fromCall, otherCounty, requesters, received].map(isDeskDraft)).toEqual([
			true,
			true,
			false,
			false
		]);
		expect(ids(boardDrafts(consultations, anyFilter, TODAY))).toEqual([
			fromCall.id,
			otherCounty.id
		]);
		const only = (filter: Partial<BoardFilter>) =>
			ids(boardDrafts(consultations, { ...anyFilter, ...filter }, TODAY));
		expect(only({ countyId: 'pirkanmaa' })).toEqual([fromCall.id]);
		expect(only({ urgency: 'urgent', closed: true })).toEqual([fromCall.id]);
		expect(only({ assignee: UNASSIGNED })).toEqual([otherCounty.id]);
		// A received consultation is in its stage's column, never among the drafts.
		expect(ids(buildBoard(consultations, anyFilter, TODAY)[0]!.consultations)).toEqual([
			received.id
		]);
		// Its assignee is in the assignee filter.
		expect(assigneeCounts(consultations).get('expert-a')).toBe(1);
	});

	it('filters by county, urgency, theme and assignee', () => {
		const tampere = aConsultation({ urgency: 'acute', assigneeIds: ['expert-a'] });
		const hame = aConsultation({
			countyId: 'kanta-hame',
			themes: ['immigration', 'rare-diseases']
		});
		const consultations = [tampere, hame];
		const pick = (filter: Partial<typeof anyFilter>) =>
			consultations.filter((item) => matchesFilter(item, { ...anyFilter, ...filter }, TODAY));
		expect(pick({ countyId: 'kanta-hame' })).toEqual([hame]);
		expect(pick({ urgency: 'acute' })).toEqual([tampere]);
		expect(pick({ theme: 'rare-diseases' })).toEqual([hame]);
		expect(pick({ assignee: 'expert-a' })).toEqual([tampere]);
		expect(pick({ assignee: UNASSIGNED })).toEqual([hame]);
		expect(pick({ countyId: 'pirkanmaa', theme: 'immigration' })).toEqual([]);
	});

	it('counts a follow-up as overdue only after its day has passed', () => {
		expect(isOverdue(aConsultation({ followUpDate: '2026-05-11' }), TODAY)).toBe(true);
		expect(isOverdue(aConsultation({ followUpDate: TODAY }), TODAY)).toBe(false);
		expect(isOverdue(aConsultation({ followUpDate: null }), TODAY)).toBe(false);
		const late = aConsultation({ followUpDate: '2026-04-30' });
		const onTime = aConsultation({ followUpDate: '2026-06-01' });
		expect(
			[late, onTime].filter((item) => matchesFilter(item, { ...anyFilter, overdue: true }, TODAY))
		).toEqual([late]);
	});

	it('sorts each stage: most urgent first, then overdue follow-ups, then the longest waiting', () => {
		const old = aConsultation({ submittedAt: '2026-04-01T09:00:00.000Z' });
		const recent = aConsultation({ submittedAt: '2026-05-10T09:00:00.000Z' });
		const overdue = aConsultation({
			submittedAt: '2026-05-11T09:00:00.000Z',
			followUpDate: '2026-05-01'
		});
		const acute = aConsultation({ urgency: 'acute', submittedAt: '2026-05-11T10:00:00.000Z' });
		const [first] = buildBoard([recent, overdue, old, acute], anyFilter, TODAY);
		expect(ids(first!.consultations)).toEqual(ids([acute, overdue, old, recent]));
	});

	it('moves one stage at a time, and not past either end', () => {
		expect(stageMoves({ stage: null })).toEqual({
			previous: null,
			next: 'buffer',
			past: null,
			skipping: null
		});
		expect(stageMoves({ stage: 'feedback' })).toEqual({
			previous: 'plan',
			next: null,
			past: null,
			skipping: null
		});
	});

	it('offers to go past the hypothesis and the coordination, the stages run only when needed', () => {
		expect(stageMoves({ stage: 'structuring' })).toEqual({
			previous: 'buffer',
			next: 'hypothesis',
			past: 'coordination',
			skipping: 'hypothesis'
		});
		expect(stageMoves({ stage: 'hypothesis' })).toEqual({
			previous: 'structuring',
			next: 'coordination',
			past: 'plan',
			skipping: 'coordination'
		});
		// The plan is never optional: from the coordination only one step on.
		expect(stageMoves({ stage: 'coordination' })).toMatchObject({ next: 'plan', past: null });
	});

	describe('skipped stages', () => {
		const entry = (type: string, stage: string, minute: number) => ({
			type,
			stage,
			at: `2026-05-12T09:${String(minute).padStart(2, '0')}:00.000Z`
		});

		it('are those the timeline last says were gone past, behind the case', () => {
			const timeline = [
				entry('stage', 'buffer', 1),
				entry('stage', 'structuring', 2),
				entry('stage-skipped', 'hypothesis', 3),
				entry('stage', 'coordination', 3),
				entry('note', 'plan', 4)
			];
			expect(skippedStages('coordination', timeline)).toEqual(['hypothesis']);
			// Skipped again on to the plan: both.
			const on = [
				...timeline,
				entry('stage-skipped', 'coordination', 5),
				entry('stage', 'plan', 5)
			];
			expect(skippedStages('plan', on)).toEqual(['hypothesis', 'coordination']);
		});

		it('are gathered per consultation for the board, only for consultations that skipped any', () => {
			const skipped = skippedByConsultation(
				[aConsultation({ id: 'a', stage: 'plan' }), aConsultation({ id: 'b', stage: 'plan' })],
				[
					{ ...entry('stage-skipped', 'coordination', 5), consultationId: 'a' },
					{ ...entry('stage', 'plan', 5), consultationId: 'a' },
					{ ...entry('stage', 'plan', 5), consultationId: 'b' }
				]
			);
			expect(Object.fromEntries(skipped)).toEqual({ a: ['coordination'] });
		});

		it('are not skipped any more once the consultation is moved back to them or before them', () => {
			const timeline = [
				entry('stage-skipped', 'hypothesis', 3),
				entry('stage', 'coordination', 3),
				entry('stage', 'hypothesis', 6)
			];
			expect(skippedStages('hypothesis', timeline)).toEqual([]);
			// Moved back to the structuring: the hypothesis is ahead again, not skipped.
			expect(skippedStages('structuring', timeline.slice(0, 2))).toEqual([]);
			expect(skippedStages(null, [])).toEqual([]);
		});
	});

	it('counts the open consultations of each assignee', () => {
		const counts = assigneeCounts([
			aConsultation({ assigneeIds: ['a', 'b'] }),
			aConsultation({ assigneeIds: ['a'] }),
			aConsultation({ assigneeIds: ['a'], status: 'closed' })
		]);
		expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 1 });
	});

	it('shows every consultation that passes the filter exactly once, in the column of its stage', () => {
		const arbitraryCase = fc.record({
			status: fc.constantFrom('draft', 'submitted', 'closed', 'withdrawn'),
			stage: fc.constantFrom(null, ...consultationStages.codes),
			urgency: fc.constantFrom('normal', 'urgent', 'acute'),
			countyId: fc.constantFrom('pirkanmaa', 'kanta-hame'),
			followUpDate: fc.constantFrom(null, '2026-05-01', '2026-06-01')
		});
		fc.assert(
			fc.property(
				fc.array(arbitraryCase, { maxLength: 40 }),
				fc.record({
					countyId: fc.constantFrom(null, 'pirkanmaa'),
					urgency: fc.constantFrom(null, 'acute'),
					theme: fc.constant(null),
					assignee: fc.constant(null),
					overdue: fc.boolean(),
					closed: fc.boolean()
				}),
				(parts, filter) => {
					const consultations = parts.map((part) => aConsultation(part));
					const board = buildBoard(consultations, filter, TODAY);
					const shown = board.flatMap((column) =>
						column.consultations.map((item) => ({ item, stage: column.stage }))
					);
					const expected = consultations.filter((item) => matchesFilter(item, filter, TODAY));
					expect(shown.map(({ item }) => item.id).sort()).toEqual(ids(expected).sort());
					for (const { item, stage } of shown) expect(item.stage ?? 'trigger').toBe(stage);
				}
			)
		);
	});
});
