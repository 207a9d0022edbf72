import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { findCounty } from '$lib/domain/areas';
import {
	emptyConsultation,
	type Consultation,
	type ConsultationEvent,
	type ConsultationOutput
} from '$lib/domain/schemas/consultation';
import { childAgeGroups, type HelpKind } from '$lib/domain/record-codes';
import type { Contact } from '$lib/domain/schemas/contact';
import { sourceTypes } from '$lib/domain/source-types';
import { consultationStages, type ConsultationStage } from '$lib/domain/stages';
import type { SituationTheme } from '$lib/domain/themes';
import { reserveSeq } from '../db/counters';
import type { Database } from '../db/schema';
import { caseReadersNow, updateCaseReaders } from '../sync/case-readers';

/**
 * Fictional records shaped like the Sisä-Suomi pilot (DOMAIN.md): 88 contacts between
 * February and August 2023 from the pilot's seven source types, with its six themes (usually
 * several a contact), over Pirkanmaa, Kanta-Häme and Etelä-Pohjanmaa, and a handful of
 * consultation cases at different stages with their timelines. Owned by the demo coordinator.
 * The same every time except for ids. Notes are plain Finnish and name nobody.
 */
const counties = ['pirkanmaa', 'kanta-hame', 'etela-pohjanmaa'] as const;
/** Contacts a month, February to August: 88 in all. */
const perMonth = [9, 12, 15, 14, 13, 7, 18];
/** The pilot's source types, the most frequent callers first. */
const pilotSources = sourceTypes.codes.slice(0, 7);
const sourceWeights = [6, 5, 4, 3, 3, 2, 2];
const themeSets: SituationTheme[][] = [
	['demanding-separation', 'violence-against-children'],
	['neurodevelopmental', 'substitute-care'],
	['demanding-separation'],
	['immigration', 'demanding-separation', 'violence-against-children'],
	['neurodevelopmental', 'rare-diseases'],
	['substitute-care', 'violence-against-children'],
	['demanding-separation', 'neurodevelopmental'],
	['immigration', 'substitute-care'],
	['rare-diseases', 'neurodevelopmental', 'demanding-separation'],
	['violence-against-children']
];
const notes = [
	'Huoltoriita on jatkunut pitkään ja lapsi oireilee koulussa. Pohdittiin yhdessä seuraavia askelia.',
	'Sijoitetun nuoren tilanne on jumissa: palvelut eivät tavoita. Sovittiin uusi yhteydenotto.',
	'Vanhemmat eivät pääse sopuun tapaamisista. Ohjattiin perheasioiden sovitteluun.',
	'Epäily lapseen kohdistuneesta väkivallasta. Käytiin läpi ilmoitusvelvollisuus ja yhteistyö poliisin kanssa.',
	'Nepsy-oireisen lapsen koulunkäynti on katkennut. Tarvitaan usean palvelun yhteinen suunnitelma.',
	'Harvinaissairautta sairastavan lapsen perhe tarvitsee tukea arkeen. Selvitettiin asiantuntijat.',
	'Maahan muuttaneen perheen erotilanne, tulkin tarve. Mietittiin kulttuurisia erityiskysymyksiä.',
	'Palvelujärjestelmä ei sovi perheen tarpeisiin; tilanne on pysähtynyt. Kartoitettiin vaihtoehtoja.',
	'Pelkkä tiedustelu konsultaatiomahdollisuuksista ja asiantuntijaryhmän kokoontumisista.',
	'Lapsi pelkää toista vanhempaa. Sovittiin konsultaatiopyynnön tekemisestä.'
];
const channels = [
	'phone',
	'phone',
	'phone',
	'video',
	'phone',
	'meeting',
	'phone',
	'visit'
] as const;
const actionSets: NonNullable<Contact['actions']>[] = [
	['advice'],
	['advice', 'referred'],
	['consultation-opened'],
	['advice', 'experts-coordinated'],
	['referred'],
	['advice']
];
// The age groups of the one code list the family pages' age bands come from too.
const ageGroups = childAgeGroups.codes;
/**
 * What the demo cases say for the outcome statistics (issue 16), one item a case in order:
 * the services involved (usually several: the pilot's finding), why it is stuck and what help
 * was asked — so the figures show asked against given, and cases with one service or none.
 */
const caseOutcomes: Pick<Consultation, 'servicesInvolved' | 'stuckReasons' | 'helpWanted'>[] = [
	{
		servicesInvolved: ['family-social-work', 'child-psychiatry', 'school'],
		stuckReasons: ['no-coordination', 'out-of-step'],
		helpWanted: ['thinking-together', 'recommendation']
	},
	{
		servicesInvolved: ['child-protection', 'court', 'police'],
		stuckReasons: ['legal-process', 'professional-tensions'],
		helpWanted: ['statement', 'recommendation']
	},
	{
		servicesInvolved: ['family-social-work'],
		stuckReasons: ['service-mismatch'],
		helpWanted: ['recommendation', 'joint-meeting']
	},
	{
		servicesInvolved: ['child-psychiatry', 'adult-psychiatry'],
		stuckReasons: ['expertise-missing'],
		helpWanted: ['joint-meeting', 'mobile-pair']
	},
	{
		servicesInvolved: ['family-social-work', 'child-welfare-supervisor', 'court'],
		stuckReasons: ['no-coordination', 'legal-process'],
		helpWanted: ['thinking-together']
	},
	{
		servicesInvolved: ['school', 'disability-services'],
		stuckReasons: ['narrow-remits', 'waiting'],
		helpWanted: ['recommendation', 'statement']
	},
	{
		servicesInvolved: ['child-protection', 'shelter'],
		stuckReasons: ['help-refused'],
		helpWanted: ['mobile-pair']
	},
	{ servicesInvolved: [], stuckReasons: [], helpWanted: ['thinking-together'] },
	{
		servicesInvolved: ['family-counselling', 'family-social-work'],
		stuckReasons: ['no-coordination'],
		helpWanted: ['recommendation']
	}
];
/** The closed cases' feedback: a rating and a comment that names nobody. */
const feedback = [
	{ rating: 5, comment: 'Konsultaatio selkeytti tilannetta.' },
	{ rating: 4, comment: 'Hyvä suositus, mutta lausunto olisi tarvittu nopeammin.' }
];

const pick = <T>(list: readonly T[], index: number) => list[index % list.length]!;

/** The i-th item of a list drawn by weight, spread evenly (not at random, so always the same). */
function weighted<T>(list: readonly T[], weights: number[], index: number): T {
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	let slot = (index * 7) % total;
	for (const [position, weight] of weights.entries()) {
		if (slot < weight) return list[position]!;
		slot -= weight;
	}
	return list[0]!;
}

/** A weekday office-hours instant in the month (UTC 06–13 is 08/09–15/16 in Finland). */
function officeTime(year: number, month: number, index: number, of: number): Date {
	const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	let day = 1 + Math.floor(((index + 0.5) * days) / of);
	const date = () => new Date(Date.UTC(year, month, day, 6 + ((index * 5) % 8), (index * 17) % 60));
	while (date().getUTCDay() === 0 || date().getUTCDay() === 6) day = day > 2 ? day - 1 : day + 2;
	return date();
}

export interface DemoRecord<T> {
	id: string;
	data: Omit<T, 'id'>;
}

export interface PilotRecords {
	contacts: DemoRecord<Contact>[];
	consultations: DemoRecord<Consultation>[];
	events: DemoRecord<ConsultationEvent>[];
}

/**
 * Who the demo's Pirkanmaa cases are for (load.ts): the experts assigned in person to the one
 * at the coordination stage, the group they are set for, and the mobile pair's user who marks
 * them ready.
 */
export interface DemoAssignment {
	assigneeIds: string[];
	groupId: string | null;
	readyBy?: string;
}

export function pilotRecords(ownerId: string, assignment?: DemoAssignment): PilotRecords {
	const contacts: DemoRecord<Contact>[] = [];
	let index = 0;
	for (const [offset, count] of perMonth.entries()) {
		for (let inMonth = 0; inMonth < count; inMonth++, index++) {
			const at = officeTime(2023, 1 + offset, inMonth, count);
			const countyId = weighted(counties, [5, 2, 2], index);
			const county = findCounty(countyId)!;
			const informationOnly = index % 11 === 8;
			contacts.push({
				id: uuidv7({ msecs: at.getTime() }),
				data: {
					kind: informationOnly ? 'information-only' : 'case',
					channel: pick(channels, index),
					sourceType: weighted(pilotSources, sourceWeights, index),
					municipalityId: pick(county.municipalityIds, index * 3),
					themes: informationOnly ? [] : pick(themeSets, index),
					ageGroup: pick(ageGroups, index),
					servicesInvolved: [
						'family-social-work',
						pick(['child-psychiatry', 'school', 'court'] as const, index)
					],
					urgency: index % 9 === 0 ? 'urgent' : 'normal',
					consent: 'anonymous',
					actions: pick(actionSets, index),
					note: informationOnly ? notes[8]! : pick(notes, index),
					followUp: index % 4 === 0,
					durationMinutes: 10 + ((index * 7) % 35),
					occurredAt: at.toISOString(),
					createdBy: ownerId,
					countyId
				}
			});
		}
	}
	const consultations: DemoRecord<Consultation>[] = [];
	const events: DemoRecord<ConsultationEvent>[] = [];
	const cases: { stage: ConsultationStage; month: number; countyId: string; closed?: boolean }[] = [
		{ stage: 'feedback', month: 1, countyId: 'pirkanmaa', closed: true },
		{ stage: 'feedback', month: 2, countyId: 'kanta-hame', closed: true },
		{ stage: 'plan', month: 3, countyId: 'pirkanmaa' },
		{ stage: 'plan', month: 4, countyId: 'etela-pohjanmaa' },
		{ stage: 'coordination', month: 5, countyId: 'pirkanmaa' },
		{ stage: 'hypothesis', month: 6, countyId: 'kanta-hame' },
		{ stage: 'structuring', month: 6, countyId: 'etela-pohjanmaa' },
		{ stage: 'buffer', month: 7, countyId: 'pirkanmaa' },
		{ stage: 'trigger', month: 7, countyId: 'pirkanmaa' }
	];
	for (const [position, item] of cases.entries()) {
		const submitted = officeTime(2023, item.month, position, cases.length);
		const id = uuidv7({ msecs: submitted.getTime() });
		const county = findCounty(item.countyId)!;
		const source = contacts.find(
			(contact) =>
				contact.data.countyId === item.countyId && contact.data.occurredAt < submitted.toISOString()
		);
		const reached = consultationStages.codes.slice(
			0,
			consultationStages.codes.indexOf(item.stage) + 1
		);
		// Stage changes a few days apart: 3, 5, 4, 6 … days; the plan usually within a month.
		let at = submitted.getTime();
		const stageTimes = reached.map((stage, step) => {
			at += (step === 0 ? 0.1 : 2 + ((position + step) % 5)) * 86_400_000;
			return { stage, at: new Date(at).toISOString() };
		});
		const closedAt = item.closed ? new Date(at + 7 * 86_400_000).toISOString() : null;
		const planned = reached.includes('plan');
		// The group met on the day the case went to coordination (cases that went past it).
		const metAt = planned ? stageTimes.find((time) => time.stage === 'coordination')?.at : null;
		const given = item.closed ? feedback[position % feedback.length]! : null;
		consultations.push({
			id,
			data: {
				...emptyConsultation({
					createdAt: new Date(submitted.getTime() - 3_600_000).toISOString(),
					createdBy: ownerId,
					countyId: item.countyId
				}),
				status: item.closed ? 'closed' : 'submitted',
				stage: item.stage,
				urgency: position % 3 === 0 ? 'urgent' : 'normal',
				requesterName: 'Sosiaalityöntekijä (demo)',
				requesterPhone: `040 000 00${String(10 + position)}`,
				requesterOrganisation: `${county.name.fi} (demo)`,
				consent: 'given',
				consentDate: submitted.toISOString().slice(0, 10),
				consentMethod: 'in-person',
				childAgeGroup: pick(ageGroups, position),
				municipalityId: pick(county.municipalityIds, position * 5),
				themes: pick(themeSets, position),
				clientGroups: position % 2 === 0 ? ['repeated-court-cases'] : ['child-fears-parent'],
				...caseOutcomes[position % caseOutcomes.length]!,
				stuck: 'Palvelut toimivat kukin erikseen, eikä kukaan kokoa kokonaisuutta.',
				question:
					'Miten lapsen tilannetta voidaan tukea, kun vanhempien riita jatkuu ja palvelut ovat jumissa?',
				background: 'Perheen tilannetta on selvitetty useassa palvelussa vuoden ajan.',
				handlingDate: metAt ? metAt.slice(0, 10) : null,
				plan: planned
					? 'Sovittiin pienet seuraavat askeleet ja vastuut; uusi arvio kuukauden päästä.'
					: '',
				outcome: item.closed
					? 'Suunnitelma käynnistyi, ja perhe pääsi tarvitsemiinsa palveluihin.'
					: '',
				outputs: demoOutputs(reached, stageTimes, ownerId, assignment?.groupId ?? null),
				feedbackRating: given?.rating ?? null,
				feedbackComment: given?.comment ?? '',
				sourceContactId: source?.id ?? null,
				submittedAt: submitted.toISOString(),
				closedAt,
				// The group's work on the Pirkanmaa cases: the demo's experts see these.
				...(item.countyId === 'pirkanmaa' ? demoAgenda(item.stage, stageTimes, assignment) : {})
			}
		});
		for (const { stage, at: stageAt } of stageTimes) {
			events.push({
				id: uuidv7({ msecs: Date.parse(stageAt) }),
				data: {
					consultationId: id,
					type: 'stage',
					text: '',
					forRequester: true,
					stage,
					consent: null,
					at: stageAt,
					createdBy: ownerId,
					countyId: item.countyId
				}
			});
		}
	}
	return { contacts, consultations, events };
}

/**
 * A Pirkanmaa case's place on the group's agenda, at a different point for each stage: the one
 * at Suunnitelma was handled at the meeting on the day it went to coordination (the group's
 * answers are recorded); the one at Koordinointi has experts assigned and is ready for the
 * next meeting; the one at Puskuri is set for it and still being prepared; the newest is not
 * set for any group yet — the mobile pair sees it among the county's open cases.
 */
function demoAgenda(
	stage: ConsultationStage,
	stageTimes: readonly { stage: ConsultationStage; at: string }[],
	assignment: DemoAssignment | undefined
): Partial<Consultation> {
	if (!assignment?.groupId) return {};
	const { assigneeIds, groupId, readyBy } = assignment;
	const ready = readyBy ? { at: stageTimes[stageTimes.length - 1]!.at, by: readyBy } : null;
	switch (stage) {
		case 'plan': {
			const met = stageTimes.find((time) => time.stage === 'coordination')!.at;
			return { groupId, handlingDate: met.slice(0, 10), readyForGroup: ready };
		}
		case 'coordination':
			return { assigneeIds, groupId, readyForGroup: ready };
		case 'buffer':
			return { groupId };
		default:
			return {};
	}
}

/**
 * What the group gave the cases that reached the plan: a joint client meeting for each, and
 * for those that reached feedback a recommendation and help thinking it through too.
 */
function demoOutputs(
	reached: readonly ConsultationStage[],
	stageTimes: readonly { stage: ConsultationStage; at: string }[],
	recordedBy: string,
	giverId: string | null
): ConsultationOutput[] {
	const planAt = stageTimes.find((time) => time.stage === 'plan')?.at;
	if (!planAt) return [];
	const output = (kind: HelpKind, text: string, offsetMs: number): ConsultationOutput => {
		const at = Date.parse(planAt) - offsetMs;
		return {
			id: uuidv7({ msecs: at }),
			kind,
			text,
			giverId,
			at: new Date(at).toISOString(),
			recordedBy
		};
	};
	const meeting = output(
		'joint-meeting',
		'Yhteinen asiakastapaaminen: lastenpsykiatri, sosiaalityöntekijä ja käräjäoikeuden asiantuntija.',
		3_600_000
	);
	if (!reached.includes('feedback')) return [meeting];
	return [
		output(
			'thinking-together',
			'Ryhmä jäsensi tilanteen yhdessä pyytäjän tiimin kanssa.',
			7_200_000
		),
		meeting,
		output(
			'recommendation',
			'Suositus: yksi yhteinen palvelusuunnitelma ja nimetty vastuuhenkilö.',
			0
		)
	];
}

/** Stores the pilot-shaped records as the demo coordinator's, as if pushed from a device. */
export async function storePilotRecords(
	db: Kysely<Database>,
	coordinatorEmail: string,
	assignment?: DemoAssignment
) {
	const owner = await db
		.selectFrom('auth_user')
		.select('id')
		.where('email', '=', coordinatorEmail)
		.executeTakeFirst();
	if (!owner) return;
	const records = pilotRecords(owner.id, assignment);
	const rows = [
		...records.contacts.map((record) => ({ kind: 'contacts', ...record })),
		...records.consultations.map((record) => ({ kind: 'consultations', ...record })),
		...records.events.map((record) => ({ kind: 'consultation_events', ...record }))
	];
	await db.transaction().execute(async (trx) => {
		const first = await reserveSeq(trx, rows.length);
		const now = new Date().toISOString();
		await trx
			.insertInto('records')
			.values(
				rows.map((row, index) => ({
					id: row.id,
					kind: row.kind,
					owner_id: owner.id,
					county_id: row.data.countyId,
					version: 1,
					seq: first + index,
					// Its case, for the experts' pull (case-readers.ts); stage entries they all read.
					case_id:
						row.kind === 'consultations'
							? row.id
							: row.kind === 'consultation_events'
								? (row.data as { consultationId: string }).consultationId
								: null,
					updated_at: now,
					data: JSON.stringify(row.data),
					stamps: JSON.stringify(
						Object.fromEntries(
							Object.keys(row.data).map((field) => [field, { version: 1, clientId: 'demo' }])
						)
					)
				}))
			)
			.execute();
		// Who needs to know each case (case-readers.ts): the demo's experts on theirs.
		for (const { id, data } of records.consultations) {
			await updateCaseReaders(trx, id, caseReadersNow(data));
		}
	});
}

/** Months the demo keeps contacts: the default 24 would delete the 2023 pilot set at once. */
export const DEMO_CONTACT_RETENTION_MONTHS = 60;

/** Sets the demo's contact retention unless an admin has already chosen one. */
export async function keepPilotContacts(db: Kysely<Database>) {
	await db
		.insertInto('retention_settings')
		.values({
			kind: 'contacts',
			months: DEMO_CONTACT_RETENTION_MONTHS,
			updated_at: new Date().toISOString(),
			updated_by: null
		})
		.onConflict((oc) => oc.column('kind').doNothing())
		.execute();
}
