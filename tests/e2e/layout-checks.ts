import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** What the layout suite finds wrong on one screen, each item naming the element. */
export interface PageProblems {
	/** Elements reaching past the window's sides while the page scrolls sideways. */
	overflow: string[];
	/** Text its box clips (no ellipsis with the whole text in a title or label). */
	cut: string[];
	/** Words broken across lines although a line of the page had room for them. */
	broken: string[];
	/** Phone touch targets under 44×44 px without the spacing that makes up for it. */
	small: string[];
	/** Message keys shown as text. */
	keys: string[];
	/** What is wrong with the window's title. */
	title: string[];
}

export interface CheckOptions {
	/** Every message key of the catalogues. */
	keys: readonly string[];
	/** A phone: touch targets are checked. */
	phone: boolean;
	appName: string;
	signInTitle: string;
}

/** The smallest touch target on a phone (WCAG 2.5.5), and the spacing that stands in for it. */
const TARGET = 44;

/**
 * Looks at the page as it is now. Runs in the browser: everything it uses is inside it.
 */
export async function pageProblems(page: Page, options: CheckOptions): Promise<PageProblems> {
	const found = await page.evaluate(
		({ phone, target }) => {
			const name = (element: Element) => {
				const classes = [...element.classList].slice(0, 2).join('.');
				const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
				const label = element.getAttribute('aria-label');
				return `<${element.tagName.toLowerCase()}${classes ? '.' + classes : ''}> "${label ?? words}"`;
			};
			const shown = (element: Element) =>
				element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
			/** Hidden for the eye but read by screen readers (the usual 1 px clip). */
			const visuallyHidden = (element: Element) => {
				const box = element.getBoundingClientRect();
				return box.width <= 1 || box.height <= 1;
			};
			const all = [...document.body.querySelectorAll('*')].filter(
				(element) => shown(element) && !visuallyHidden(element)
			);
			const width = document.documentElement.clientWidth;

			// Sideways scrolling: the elements that reach past an edge themselves (not only
			// because something inside them does), outside every region that scrolls or clips.
			const overflow: string[] = [];
			if (document.documentElement.scrollWidth > width) {
				const clips = (element: Element) => {
					for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
						if (getComputedStyle(up).overflowX !== 'visible') return true;
					}
					return false;
				};
				const past = all.filter((element) => {
					const box = element.getBoundingClientRect();
					return (box.right > width + 0.5 || box.left < -0.5) && !clips(element);
				});
				const pastSet = new Set(past);
				for (const element of past) {
					if ([...element.children].some((child) => pastSet.has(child))) continue;
					const box = element.getBoundingClientRect();
					overflow.push(`${name(element)} ${Math.round(box.left)}–${Math.round(box.right)} px`);
				}
				if (overflow.length === 0) overflow.push(`page ${document.documentElement.scrollWidth} px`);
			}

			// Text cut by its box: a box that clips holding its own text that does not fit. An
			// ellipsis is a choice when the whole text is in its title or accessible name.
			const cut: string[] = [];
			const ownText = (element: Element) =>
				[...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''
				);
			const fullTextElsewhere = (element: Element) => {
				const whole = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
				for (let at: Element | null = element; at; at = at.parentElement) {
					const told = `${at.getAttribute('title') ?? ''} ${at.getAttribute('aria-label') ?? ''}`;
					if (told.replace(/\s+/g, ' ').includes(whole)) return true;
					if (at.matches('a, button, label, li, td, th')) break;
				}
				return false;
			};
			for (const element of all) {
				const style = getComputedStyle(element);
				const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
				const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
				if (!clipsX && !clipsY) continue;
				const over =
					(clipsX && element.scrollWidth > element.clientWidth + 1) ||
					(clipsY && element.scrollHeight > element.clientHeight + 1);
				if (!over) continue;
				const text = ownText(element) || [...element.children].some((c) => !c.children.length);
				if (!text || !(element.textContent ?? '').trim()) continue;
				const ellipsis = style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none';
				if (ellipsis && fullTextElsewhere(element)) continue;
				cut.push(
					`${name(element)} ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`
				);
			}
			// A select shows its chosen option in its own box, which the page's CSS cannot wrap.
			const canvas = document.createElement('canvas').getContext('2d')!;
			for (const select of all.filter(
				(e): e is HTMLSelectElement => e instanceof HTMLSelectElement
			)) {
				const chosen = select.selectedOptions[0]?.text ?? '';
				const style = getComputedStyle(select);
				canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const room =
					select.clientWidth -
					parseFloat(style.paddingLeft) -
					parseFloat(style.paddingRight) -
					(style.appearance === 'none' ? 0 : 20);
				const needed = canvas.measureText(chosen).width;
				if (needed > room + 1) {
					cut.push(
						`${name(select)} shows "${chosen}" (${Math.round(needed)} px in ${Math.round(room)})`
					);
				}
			}

			// Words broken inside (overflow-wrap: anywhere in a squeezed column): a word that
			// would fit on a line of the page but is drawn on two or more. Breaks at a hyphen,
			// a slash or a soft hyphen are between letter runs, so they are not counted.
			const broken: string[] = [];
			const visible = new Set(all);
			const column = document.querySelector('main')?.clientWidth ?? width;
			const range = document.createRange();
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const parent = node.parentElement;
				if (!parent || !visible.has(parent)) continue;
				for (const word of node.textContent!.matchAll(/\p{L}{4,}/gu)) {
					range.setStart(node, word.index);
					range.setEnd(node, word.index + word[0].length);
					const parts = [...range.getClientRects()].filter((rect) => rect.width > 0);
					if (new Set(parts.map((rect) => Math.round(rect.top))).size < 2) continue;
					const wide = parts.reduce((sum, rect) => sum + rect.width, 0);
					if (wide < column) broken.push(`${name(parent)} breaks "${word[0]}"`);
				}
			}

			// Touch targets on a phone: 44×44, unless a 44 px circle on the target's centre
			// touches no other target (and no other small target's circle); links inside a
			// sentence are exempt. A control inside its label is as large as the label.
			const small: string[] = [];
			if (phone) {
				const selector =
					'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]';
				const targets = new Map<Element, DOMRect>();
				for (const element of document.querySelectorAll(selector)) {
					const label = element.matches('input') ? element.closest('label') : null;
					const area = label ?? element;
					if (!shown(area) || visuallyHidden(area)) continue;
					if ([...targets.keys()].some((other) => other.contains(area))) continue;
					targets.set(area, area.getBoundingClientRect());
				}
				const inSentence = (element: Element) => {
					if (!element.matches('a') || getComputedStyle(element).display !== 'inline') return false;
					let block = element.parentElement;
					while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
					if (!block) return false;
					const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						if (!node.textContent!.trim()) continue;
						if (!node.parentElement!.closest('a, button')) return true;
					}
					return false;
				};
				const undersized = [...targets].filter(
					([element, box]) =>
						(box.width < target - 0.5 || box.height < target - 0.5) && !inSentence(element)
				);
				const centre = (box: DOMRect) => [box.left + box.width / 2, box.top + box.height / 2];
				const radius = target / 2;
				for (const [element, box] of undersized) {
					const [x, y] = centre(box);
					const crowded = [...targets].some(([other, otherBox]) => {
						if (other === element || other.contains(element) || element.contains(other))
							return false;
						const dx = Math.max(otherBox.left - x!, 0, x! - otherBox.right);
						const dy = Math.max(otherBox.top - y!, 0, y! - otherBox.bottom);
						if (Math.hypot(dx, dy) < radius) return true;
						const otherSmall = undersized.some(([candidate]) => candidate === other);
						if (!otherSmall) return false;
						const [ox, oy] = centre(otherBox);
						return Math.hypot(ox! - x!, oy! - y!) < target;
					});
					if (crowded) {
						small.push(`${name(element)} ${Math.round(box.width)}×${Math.round(box.height)}`);
					}
				}
			}

			const attributes = [
				...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')
			]
				.map((element) =>
					['aria-label', 'title', 'placeholder', 'alt']
						.map((attribute) => element.getAttribute(attribute) ?? '')
						.join(' ')
				)
				.join(' ');
			const h1 = document.querySelector('main h1');
			return {
				overflow,
				cut,
				broken: [...new Set(broken)],
				small,
				text: `${document.body.innerText} ${attributes}`,
				title: document.title,
				heading: h1 ? (h1.textContent ?? '').replace(/\s+/g, ' ').trim() : null
			};
		},
		{ phone: options.phone, target: TARGET }
	);

	const keySet = new Set(options.keys);
	const keys = [
		...new Set(
			(found.text.match(/[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+/g) ?? []).filter((word) =>
				keySet.has(word)
			)
		)
	];

	const title: string[] = [];
	const suffix = ` · ${options.appName}`;
	const own = found.title.endsWith(suffix) ? found.title.slice(0, -suffix.length).trim() : '';
	if (!own) title.push(`"${found.title}" names no page`);
	else if (own === options.signInTitle) title.push(`"${found.title}" is the sign-in page's`);
	else if (found.heading && !found.heading.includes(own) && !own.includes(found.heading)) {
		title.push(`"${found.title}" does not name the page ("${found.heading}")`);
	}
	return {
		overflow: found.overflow,
		cut: found.cut,
		broken: found.broken,
		small: found.small,
		keys,
		title
	};
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Serious and critical WCAG 2.1 A/AA findings, as support.ts's `severeViolations` finds them,
 * for a page visited many times without a reload: axe is put into the page once and asked for
 * its violations only (their passes are not collected), which makes a check several times
 * quicker.
 */
export async function axeFindings(page: Page): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) {
		// Evaluated, not added as a script tag: the app's CSP refuses inline scripts.
		await page.evaluate(axeSource);
	}
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const results = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations']
		});
		return results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes
						.slice(0, 3)
						.map((node) => node.target.join(' '))
						.join(', ')})`
			);
	}, axeTags);
}
