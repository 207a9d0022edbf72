import type { ElementSpec } from '../service-card';

/** A tiny element builder for the family pages' scripts (no framework on these pages). */
type Child = Node | string | false | undefined;

export function h(
	tag: string,
	attributes: Record<string, string | undefined> = {},
	...children: Child[]
): HTMLElement {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== undefined) element.setAttribute(name, value);
	}
	for (const child of children) {
		if (child !== false && child !== undefined) element.append(child);
	}
	return element;
}

/** The texts a page rendered for its script (see ScriptData.svelte). */
export function scriptData<T>(id: string): T | undefined {
	const json = document.getElementById(id)?.dataset.json;
	return json ? (JSON.parse(json) as T) : undefined;
}

export function interpolate(text: string, params: Record<string, string | number> = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** An element described as data (../service-card.ts) as a DOM element. */
export const fromSpec = (spec: ElementSpec): HTMLElement =>
	h(
		spec.tag,
		spec.attrs,
		...spec.children.map((child) => (typeof child === 'string' ? child : fromSpec(child)))
	);
