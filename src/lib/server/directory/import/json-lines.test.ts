import { describe, expect, it } from 'vitest';
import { elementLines } from './json-lines';

describe('elementLines', () => {
	it('finds where each element of a top-level list starts', () => {
		expect(elementLines('[\n{"a": "[{,"},\n\n {"b": [1,\n2]}, 3\n]')).toEqual([2, 4, 5]);
	});

	it('finds the elements of a paged answer, ignoring other keys', () => {
		const text = '{\n "x": [1, 2],\n "contents": [\n  {"id": "a"},\n  {"id": "b\\""}\n ]\n}';
		expect(elementLines(text)).toEqual([4, 5]);
	});

	it('counts a lone object as one element', () => {
		expect(elementLines('\n\n{"id": "a"}')).toEqual([3]);
	});
});
