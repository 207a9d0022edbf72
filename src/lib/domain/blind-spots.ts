import { countyName, counties, municipalities, municipalityName } from './areas';
import { toCsv } from './csv';
import { serviceCategories } from './directory-codes';
import type { Locale, Localized } from './locale';
import { serviceTiers } from './tiers';

/**
 * Blind spots: for each county and municipality, how many listed services reach it at each
 * tier and in each service category, so the gaps show (the seeds ask each county to map its
 * separation services and find them). Nationwide services (no area) reach everyone and are
 * left out: they fill no local gap.
 */
export interface CoveredService {
	tier: string;
	category: string;
	countyIds: readonly string[];
	municipalityIds: readonly string[];
}

/** The columns: the three tiers, then every service category, in code-list order. */
export const coverageColumns: readonly string[] = [
	...serviceTiers.codes,
	...serviceCategories.codes
];

export interface CoverageRow {
	kind: 'county' | 'municipality';
	id: string;
	countyId: string;
	/** Services reaching the place, by column (coverageColumns' order). */
	counts: number[];
	/** How many columns have none. */
	gaps: number;
}

const columnIndex = new Map(coverageColumns.map((code, index) => [code, index]));

function row(kind: CoverageRow['kind'], id: string, countyId: string, reaching: CoveredService[]) {
	const counts = coverageColumns.map(() => 0);
	for (const service of reaching) {
		for (const code of [service.tier, service.category]) {
			const index = columnIndex.get(code);
			if (index !== undefined) counts[index]! += 1;
		}
	}
	return { kind, id, countyId, counts, gaps: counts.filter((count) => count === 0).length };
}

/**
 * A county is reached by the services listing it; a municipality by those listing it and by
 * those serving its whole county (a county listed, no municipalities).
 */
export function blindSpots(services: readonly CoveredService[]): {
	counties: CoverageRow[];
	municipalities: CoverageRow[];
} {
	const local = services.filter(
		(service) => service.countyIds.length > 0 || service.municipalityIds.length > 0
	);
	return {
		counties: counties.map((county) =>
			row(
				'county',
				county.id,
				county.id,
				local.filter((service) => service.countyIds.includes(county.id))
			)
		),
		municipalities: municipalities.map((place) =>
			row(
				'municipality',
				place.id,
				place.countyId,
				local.filter(
					(service) =>
						service.municipalityIds.includes(place.id) ||
						(service.municipalityIds.length === 0 && service.countyIds.includes(place.countyId))
				)
			)
		)
	};
}

/** A column's label in the staff languages. */
export function coverageLabel(code: string, locale: Locale): string {
	return (
		serviceTiers.items.find((item) => item.code === code)?.label[locale] ??
		serviceCategories.items.find((item) => item.code === code)?.label[locale] ??
		code
	);
}

const csvLabels = {
	place: { fi: 'Alue', sv: 'Område', en: 'Area' },
	county: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde', en: 'Wellbeing services county' },
	municipality: { fi: 'Kunta', sv: 'Kommun', en: 'Municipality' },
	gaps: { fi: 'Aukkoja', sv: 'Luckor', en: 'Gaps' }
} satisfies Record<string, Localized>;

/** The place a row is about, in the reader's language. */
export const coveragePlace = (item: CoverageRow, locale: Locale) =>
	item.kind === 'county' ? countyName(item.id, locale) : municipalityName(item.id, locale);

/** The report as CSV for Finnish Excel: one row per county, then one per municipality. */
export function blindSpotsCsv(
	report: { counties: CoverageRow[]; municipalities: CoverageRow[] },
	locale: Locale
): string {
	const header = [
		csvLabels.place[locale],
		csvLabels.county[locale],
		...coverageColumns.map((code) => coverageLabel(code, locale)),
		csvLabels.gaps[locale]
	];
	const rows = [...report.counties, ...report.municipalities].map((item) => [
		`${csvLabels[item.kind][locale]}: ${coveragePlace(item, locale)}`,
		countyName(item.countyId, locale),
		...item.counts,
		item.gaps
	]);
	return toCsv(header, rows);
}
