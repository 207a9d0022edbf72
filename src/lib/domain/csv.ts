/**
 * CSV that opens correctly in Finnish Excel: UTF-8 with a byte-order mark, `;` between
 * fields, CRLF line ends, and quotes where a field needs them.
 */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
	const cell = (value: string | number | null | undefined) => {
		const text = value === null || value === undefined ? '' : String(value);
		// A leading =, +, -, @, tab or CR would run as a formula in a spreadsheet.
		const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
		return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
	};
	const lines = [header, ...rows].map((row) => row.map(cell).join(';'));
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
