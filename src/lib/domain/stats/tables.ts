import { countyName, municipalityName } from '../areas';
import { contactChannels } from '../contact-channels';
import { toCsv } from '../csv';
import type { Locale } from '../locale';
import { contactActions, contactKinds } from '../record-codes';
import { sourceTypes } from '../source-types';
import { consultationStages } from '../stages';
import { situationThemes } from '../themes';
import { NO_MUNICIPALITY, NO_STAGE } from './compute';
import { statsLabel, type StatsLabel } from './labels';
import { helpGrid, outcomeTables } from './outcome-tables';
import type { Figure, StatsFigures } from './suppress';

export interface StatsRow {
	code: string;
	label: string;
	/** A count, "<5", or a measure (the median days, which may be missing). */
	value: Figure | null;
	/** Rows that sum up or stand apart from the table's categories (shown without a bar). */
	summary?: boolean;
	/** A measure in days (a median), not a count. */
	unit?: 'days';
}

export interface StatsTable {
	id:
		| 'contacts'
		| 'byMonth'
		| 'bySource'
		| 'byTheme'
		| 'byChannel'
		| 'byAction'
		| 'byStage'
		| 'services'
		| 'stuckReasons'
		| 'clientGroups'
		| 'ratings'
		| 'times';
	title: string;
	rows: StatsRow[];
}

export const monthLabel = (month: string, locale: Locale) => {
	const [year, number] = month.split('-');
	return locale === 'en' ? `${month}` : `${Number(number)}/${year}`;
};

/** The figures as the tables of the page and of the CSV, in reading order. */
export function statsTables(figures: StatsFigures, locale: Locale): StatsTable[] {
	const { contacts, consultations } = figures;
	const coded = (
		items: { code: string; count: Figure }[],
		label: (code: string) => string
	): StatsRow[] =>
		items.map((item) => ({ code: item.code, label: label(item.code), value: item.count }));
	const l = (key: StatsLabel) => statsLabel(key, locale);
	return [
		{
			id: 'contacts',
			title: l('contacts'),
			rows: [
				{ code: 'total', label: l('total'), value: contacts.total, summary: true },
				...coded(
					contacts.notCounted,
					(code) => `${l('notCounted')}: ${contactKinds.label(code as never, locale)}`
				).map((row) => ({ ...row, summary: true }))
			]
		},
		{
			id: 'byMonth',
			title: l('byMonth'),
			rows: contacts.byMonth.map((item) => ({
				code: item.month,
				label: monthLabel(item.month, locale),
				value: item.count
			}))
		},
		{
			id: 'bySource',
			title: l('bySource'),
			rows: coded(contacts.bySource, (code) => sourceTypes.label(code as never, locale))
		},
		{
			id: 'byTheme',
			title: l('byTheme'),
			rows: [
				...coded(contacts.byTheme, (code) => situationThemes.label(code as never, locale)),
				{ code: 'none', label: l('withoutTheme'), value: contacts.withoutTheme, summary: true },
				{
					code: 'mentions',
					label: l('themeMentions'),
					value: contacts.themeMentions,
					summary: true
				}
			]
		},
		{
			id: 'byChannel',
			title: l('byChannel'),
			rows: coded(contacts.byChannel, (code) => contactChannels.label(code as never, locale))
		},
		{
			id: 'byAction',
			title: l('byAction'),
			rows: [
				...coded(contacts.byAction, (code) => contactActions.label(code as never, locale)),
				{ code: 'none', label: l('withoutAction'), value: contacts.withoutAction, summary: true }
			]
		},
		{
			id: 'byStage',
			title: l('byStage'),
			rows: [
				...coded(consultations.byStage, (code) =>
					code === NO_STAGE ? l('noStage') : consultationStages.label(code as never, locale)
				),
				{ code: 'total', label: l('received'), value: consultations.total, summary: true },
				// The stages run only when needed: how many cases went past each.
				...coded(
					consultations.skipped,
					(code) => `${l('skipped')}: ${consultationStages.label(code as never, locale)}`
				).map((row) => ({ ...row, code: `skipped-${row.code}`, summary: true })),
				{
					code: 'reached-plan',
					label: l('reachedPlan'),
					value: consultations.reachedPlan,
					summary: true
				},
				{
					code: 'median-days-to-plan',
					label: l('medianDays'),
					value: consultations.medianDaysToPlan,
					summary: true,
					unit: 'days'
				}
			]
		}
	];
}

/** Excel in Finnish reads "2,5" as a number; "2.5" would become a date or text. */
const csvNumber = (value: Figure | null) =>
	typeof value === 'number' && !Number.isInteger(value) ? String(value).replace('.', ',') : value;

/**
 * The figures as CSV for Finnish Excel (UTF-8 with BOM, `;`): a line naming the range and
 * area, a note when counts are suppressed, then one line per table row, the outcome tables'
 * too. The requesters' feedback comments are never in it: free text could point at a child.
 */
export function statsCsv(figures: StatsFigures, areaLabel: string, locale: Locale): string {
	const l = (key: StatsLabel) => statsLabel(key, locale);
	const rows: (string | number | null)[][] = [
		[l('csvRange'), `${figures.from} – ${figures.to}`, '', ''],
		[l('csvArea'), areaLabel, '', '']
	];
	if (figures.suppressed) rows.push([l('csvSuppressed'), '', '', '']);
	for (const table of [...statsTables(figures, locale), ...outcomeTables(figures, locale)]) {
		for (const row of table.rows) {
			rows.push([table.title, row.label, row.code, csvNumber(row.value)]);
		}
	}
	// Tables of several columns: a block per column, so the file keeps its four columns.
	for (const grid of [...statsGrids(figures, locale), helpGrid(figures, locale)]) {
		for (const [index, column] of grid.columns.entries()) {
			for (const row of grid.rows) {
				rows.push([
					`${grid.title}: ${columnTitle(column)}`,
					row.label,
					row.code,
					csvNumber(row.values[index]!)
				]);
			}
		}
	}
	return toCsv([l('csvTable'), l('csvRow'), l('csvCode'), l('csvCount')], rows);
}

/** A table with several value columns (this period and the previous one; contacts and cases). */
export interface StatsGrid {
	id: 'comparison' | 'trend' | 'byCounty' | 'byMunicipality' | 'help';
	title: string;
	/** A column's name, and for the comparison the period it covers. */
	columns: { label: string; period?: string }[];
	/** `summary`: a row that sums up the others (shown in bold, not drawn). */
	rows: { code: string; label: string; values: (Figure | null)[]; summary?: boolean }[];
}

/** A column's full title: its name and its period. */
export const columnTitle = (column: StatsGrid['columns'][number]) =>
	column.period ? `${column.label} ${column.period}` : column.label;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as people of the language write it: 1.3.2026 (fi, sv) or 2026-03-01 (en). */
export function dayLabel(day: string, locale: Locale): string {
	const match = DAY_PATTERN.exec(day);
	if (!match || locale === 'en') return day;
	return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

export const periodLabel = (from: string, to: string, locale: Locale) =>
	`${dayLabel(from, locale)}–${dayLabel(to, locale)}`;

/**
 * The difference of two published figures, or null when either is hidden ("<5") or missing:
 * a difference beside a hidden count would give the count away.
 */
export function change(now: Figure | null, before: Figure | null): number | null {
	if (typeof now !== 'number' || typeof before !== 'number') return null;
	return Math.round((now - before) * 10) / 10;
}

/** The comparison, the trend and the areas as tables of several columns, in reading order. */
export function statsGrids(figures: StatsFigures, locale: Locale): StatsGrid[] {
	const l = (key: StatsLabel) => statsLabel(key, locale);
	const { contacts, consultations, previous } = figures;
	const pair = (code: string, label: string, now: Figure | null, before: Figure | null) => ({
		code,
		label,
		values: [now, before, change(now, before)]
	});
	const both = [{ label: l('contacts') }, { label: l('consultations') }];
	const areaRows = (
		items: StatsFigures['byCounty'],
		label: (code: string) => string
	): StatsGrid['rows'] =>
		items.map((item) => ({
			code: item.code,
			label: label(item.code),
			values: [item.contacts, item.consultations]
		}));
	return [
		{
			id: 'comparison',
			title: l('comparison'),
			columns: [
				{ label: l('thisPeriod'), period: periodLabel(figures.from, figures.to, locale) },
				{ label: l('previousPeriod'), period: periodLabel(previous.from, previous.to, locale) },
				{ label: l('change') }
			],
			rows: [
				pair('contacts', l('contacts'), contacts.total, previous.contacts),
				pair('consultations', l('received'), consultations.total, previous.consultations),
				pair('reached-plan', l('reachedPlan'), consultations.reachedPlan, previous.reachedPlan),
				pair(
					'median-days-to-plan',
					l('medianDays'),
					consultations.medianDaysToPlan,
					previous.medianDaysToPlan
				)
			]
		},
		{
			id: 'trend',
			title: l('trend'),
			columns: both,
			rows: figures.trend.map((item) => ({
				code: item.month,
				label: monthLabel(item.month, locale),
				values: [item.contacts, item.consultations]
			}))
		},
		{
			id: 'byCounty',
			title: l('byCounty'),
			columns: both,
			rows: areaRows(figures.byCounty, (code) => countyName(code, locale))
		},
		{
			id: 'byMunicipality',
			title: l('byMunicipality'),
			columns: both,
			rows: areaRows(figures.byMunicipality, (code) =>
				code === NO_MUNICIPALITY ? l('noMunicipality') : municipalityName(code, locale)
			)
		}
	];
}
