/**
 * The steps of a simulated sync world, and how fast-check generates them: edits, pushes
 * meeting a fate on the network, pulls, late deliveries and restarts. Used by the
 * fault-injection suite and by the suite over several app processes.
 */
import fc from 'fast-check';
import { contactChannels } from '$lib/domain/contact-channels';
import { situationThemes } from '$lib/domain/themes';

export interface FieldChoice {
	note: boolean;
	occurredAt: boolean;
	followUp: boolean | undefined;
	themes: string[] | undefined;
	channel: string | undefined;
}

export type PushFate =
	| 'ok'
	| 'dropRequest'
	| 'dropResponse'
	| 'duplicate'
	| 'delay'
	| 'serverCrash'
	| 'clientCrash'
	| 'ahead'
	/** No network at all: the request is never sent. */
	| 'offline';

export type Step =
	| {
			t: 'edit';
			device: number;
			op: 'insert' | 'update' | 'delete' | 'invalid';
			pick: number;
			fields: FieldChoice;
	  }
	| { t: 'push'; device: number; size: number; fate: PushFate; crashAt: number }
	| { t: 'pull'; device: number; limit: number; lostPage: number | undefined }
	| {
			t: 'deliver';
			pick: number;
			count: number;
			withPush: number | undefined;
			withPull: number | undefined;
	  }
	| { t: 'restart' };

export const themeCodes = [...situationThemes.codes];

export const device = fc.nat({ max: 2 });

export const fieldChoice = fc.record({
	note: fc.boolean(),
	occurredAt: fc.boolean(),
	followUp: fc.option(fc.boolean(), { nil: undefined }),
	themes: fc.option(fc.subarray(themeCodes, { maxLength: 3 }), { nil: undefined }),
	channel: fc.option(fc.constantFrom(...contactChannels.codes), { nil: undefined })
});

export const edit = fc.record({
	t: fc.constant('edit' as const),
	device,
	op: fc.constantFrom(
		'insert' as const,
		'update' as const,
		'update' as const,
		'update' as const,
		'delete' as const,
		'invalid' as const
	),
	pick: fc.nat(),
	fields: fieldChoice
});

export const push = (fates: PushFate[]) =>
	fc.record({
		t: fc.constant('push' as const),
		device,
		size: fc.integer({ min: 1, max: 6 }),
		fate: fc.constantFrom(...fates),
		crashAt: fc.nat()
	});

export const pull = fc.record({
	t: fc.constant('pull' as const),
	device,
	limit: fc.integer({ min: 1, max: 4 }),
	lostPage: fc.option(fc.nat({ max: 2 }), { nil: undefined })
});

export const deliver = fc.record({
	t: fc.constant('deliver' as const),
	pick: fc.nat(),
	count: fc.integer({ min: 1, max: 3 }),
	withPush: fc.option(device, { nil: undefined }),
	withPull: fc.option(device, { nil: undefined })
});

export const restart = fc.constant({ t: 'restart' as const });

export const everyFate: PushFate[] = [
	'ok',
	'ok',
	'dropRequest',
	'dropResponse',
	'duplicate',
	'delay',
	'serverCrash',
	'clientCrash',
	'ahead'
];

/** An edit that sets no optional field. */
export const blankFields: FieldChoice = {
	note: false,
	occurredAt: false,
	followUp: undefined,
	themes: undefined,
	channel: undefined
};

/**
 * Surely a duplicate: a push whose answer is lost, sent again. Suites that count duplicates over
 * a few random worlds run this first, as random worlds do not always meet one.
 */
export const lostAnswerSteps: Step[] = [
	{ t: 'edit', device: 1, op: 'insert', pick: 0, fields: blankFields },
	{ t: 'push', device: 1, size: 6, fate: 'dropResponse', crashAt: 0 },
	{ t: 'push', device: 1, size: 6, fate: 'ok', crashAt: 0 }
];

/** Everything that can go wrong, each now and then. */
export const faultyWorld = (maxLength: number, fates = everyFate): fc.Arbitrary<Step[]> =>
	fc.array(
		fc.oneof(
			{ weight: 24, arbitrary: edit },
			{ weight: 16, arbitrary: push(fates) },
			{ weight: 12, arbitrary: pull },
			{ weight: 8, arbitrary: deliver },
			{ weight: 1, arbitrary: restart }
		),
		{ minLength: 5, maxLength, size: 'max' }
	);

/** Few faults but many races: retries overtaking originals, devices editing the same records. */
export const racingWorld: fc.Arbitrary<Step[]> = fc.array(
	fc.oneof(
		{ weight: 6, arbitrary: edit },
		{ weight: 4, arbitrary: push(['ok', 'duplicate', 'delay', 'delay', 'ahead']) },
		{ weight: 3, arbitrary: pull },
		{ weight: 4, arbitrary: deliver }
	),
	{ minLength: 5, maxLength: 30, size: 'max' }
);
