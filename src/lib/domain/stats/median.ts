/** The median of values each repeated `weight` times; null for none. */
export function weightedMedian(values: { value: number; weight: number }[]): number | null {
	const sorted = values.filter((item) => item.weight > 0).sort((a, b) => a.value - b.value);
	const total = sorted.reduce((sum, item) => sum + item.weight, 0);
	if (total === 0) return null;
	const at = (position: number) => {
		let seen = 0;
		for (const item of sorted) {
			seen += item.weight;
			if (seen > position) return item.value;
		}
		return sorted[sorted.length - 1]!.value;
	};
	const middle = (at(Math.floor((total - 1) / 2)) + at(Math.floor(total / 2))) / 2;
	return Math.round(middle * 10) / 10;
}
