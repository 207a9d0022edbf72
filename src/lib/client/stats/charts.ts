import type { Locale } from '$lib/domain/locale';

/**
 * Charts of the statistics page, drawn with Observable Plot as SVG. Plot is imported here
 * only, and this module only by the chart component: the library loads with the statistics
 * screen and nowhere else. The table beside each chart is the accessible source of its
 * figures; the SVG is one image with a name and a description (set by the component).
 */

/** Series colours: each at least 4:1 against the page and the white surface (WCAG 1.4.11). */
export const SERIES_COLORS = ['#0b5d57', '#c05a00'] as const;

export interface ChartSeries {
	label: string;
}

export interface ChartSpec {
	/** A line per series over months, or bars per row and series. */
	kind: 'trend' | 'bars';
	series: ChartSeries[];
	/** One value per series; null for a hidden ("<5") or missing figure, which is not drawn. */
	rows: { label: string; values: (number | null)[] }[];
}

interface Datum {
	row: string;
	series: string;
	value: number | null;
}

const data = (spec: ChartSpec): Datum[] =>
	spec.rows.flatMap((row) =>
		spec.series.map((series, index) => ({
			row: row.label,
			series: series.label,
			value: row.values[index] ?? null
		}))
	);

/** Whole numbers on the value axis, in the page's language; no ticks between them. */
const countFormat = (locale: Locale) => (value: number) =>
	Number.isInteger(value) ? value.toLocaleString(locale) : '';

/** Draws a chart `width` pixels wide: an SVG element, sized by its viewBox. */
export async function drawChart(spec: ChartSpec, width: number, locale: Locale) {
	const Plot = await import('@observablehq/plot');
	const points = data(spec);
	const drawn = points.filter((point) => point.value !== null);
	const colors = { domain: spec.series.map((series) => series.label), range: [...SERIES_COLORS] };
	const style = { fontSize: '13px', background: 'transparent', overflow: 'visible' };
	const narrow = width < 560;
	if (spec.kind === 'trend') {
		const months = spec.rows.map((row) => row.label);
		return Plot.plot({
			width,
			height: narrow ? 240 : 280,
			marginLeft: 40,
			marginRight: 16,
			marginBottom: narrow ? 56 : 32,
			style,
			x: { type: 'point', domain: months, label: null, tickRotate: narrow ? -45 : 0, padding: 0.3 },
			y: { grid: true, label: null, zero: true, nice: true, tickFormat: countFormat(locale) },
			color: colors,
			marks: [
				Plot.ruleY([0]),
				// The second series dashed and with squares: told apart without its colour.
				...spec.series.flatMap((series, index) => {
					const own = points.filter((point) => point.series === series.label);
					return [
						Plot.lineY(own, {
							x: 'row',
							y: 'value',
							stroke: SERIES_COLORS[index],
							strokeWidth: 2.5,
							strokeDasharray: index ? '7 4' : undefined
						}),
						Plot.dot(
							own.filter((point) => point.value !== null),
							{
								x: 'row',
								y: 'value',
								fill: SERIES_COLORS[index],
								r: 4,
								symbol: index ? 'square' : 'circle'
							}
						)
					];
				})
			]
		});
	}
	const labelWidth = Math.round(Math.min(width * 0.42, 200));
	// Thinner bars for long lists (an OT area's municipalities).
	const bar = spec.rows.length > 12 ? 10 : 16;
	const height = spec.rows.length * (spec.series.length * (bar + 4) + 12) + 36;
	return Plot.plot({
		width,
		height,
		marginLeft: labelWidth,
		marginRight: 44,
		marginTop: 8,
		marginBottom: 28,
		style,
		fy: { domain: spec.rows.map((row) => row.label), label: null, padding: 0.2, axis: null },
		y: { domain: colors.domain, axis: null, padding: 0.15 },
		x: { grid: true, label: null, nice: true, tickFormat: countFormat(locale) },
		color: colors,
		marks: [
			// Long names wrap within the label margin (lineWidth counts ems of the 13 px text).
			Plot.axisFy({ anchor: 'left', label: null, tickSize: 0, lineWidth: (labelWidth - 10) / 13 }),
			Plot.barX(drawn, { fy: 'row', y: 'series', x: 'value', fill: 'series' }),
			Plot.text(drawn, {
				fy: 'row',
				y: 'series',
				x: 'value',
				text: (point: Datum) => point.value!.toLocaleString(locale),
				textAnchor: 'start',
				dx: 4,
				fill: 'currentColor'
			}),
			Plot.ruleX([0])
		]
	});
}
