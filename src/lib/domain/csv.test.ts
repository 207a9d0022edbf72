import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
	it('writes a byte-order mark, a header row, `;` between fields and CRLF line ends', () => {
		const csv = toCsv(
			['a', 'b'],
			[
				['1', 2],
				[null, undefined]
			]
		);
		expect(csv).toBe('\uFEFFa;b\r\n1;2\r\n;\r\n');
	});

	it('quotes fields holding a separator, a quote or a line break', () => {
		expect(toCsv(['x'], [['a;b'], ['say "hi"'], ['two\nlines'], ['cr\r']])).toBe(
			'\uFEFFx\r\n"a;b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\r"\r\n'
		);
	});

	it('neutralises values a spreadsheet would run as a formula', () => {
		const csv = toCsv(
			['x'],
			[['=HYPERLINK("http://evil.example")'], ['+1'], ['-2+3'], ['@SUM(A1)']]
		);
		expect(csv.split('\r\n').slice(1, -1)).toEqual([
			`"'=HYPERLINK(""http://evil.example"")"`,
			"'+1",
			"'-2+3",
			"'@SUM(A1)"
		]);
	});

	it('keeps every row and field: splitting the lines of plain values gives them back', () => {
		const plain = fc.stringMatching(/^[a-zA-Z0-9 .,_äöå]*$/);
		fc.assert(
			fc.property(fc.array(fc.tuple(plain, plain), { maxLength: 20 }), (rows) => {
				const lines = toCsv(['a', 'b'], rows).slice(1).split('\r\n');
				expect(lines).toHaveLength(rows.length + 2);
				expect(lines.slice(1, -1).map((line) => line.split(';'))).toEqual(rows);
			})
		);
	});
});
