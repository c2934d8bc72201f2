/**
 * The frame every chart of the benchmarks and evaluations shares: an SVG document with
 * an accessible name and description (`<title>`, `<desc>`, `role="img"`), a white
 * background and the system font, built with xmlbuilder2 so every text is escaped.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const INK = '#1a1a1a';
export const MUTED = '#595959';
export const GRID = '#d9d9d9';

/** Okabe–Ito colours (distinguishable with colour-vision deficiencies), each with a marker and a dash. */
export const SERIES_STYLES = [
	{ color: '#0072B2', marker: 'circle', dash: '' },
	{ color: '#E69F00', marker: 'square', dash: '6 3' },
	{ color: '#009E73', marker: 'triangle', dash: '2 3' },
	{ color: '#D55E00', marker: 'diamond', dash: '8 3 2 3' },
	{ color: '#CC79A7', marker: 'triangle-down', dash: '4 4' },
	{ color: '#56B4E9', marker: 'cross', dash: '1 3' },
] as const;

/** The chart's root `<svg>` element, with its title, description and background. */
export function createChartSvg({
	width,
	height,
	title,
	description,
}: {
	width: number;
	height: number;
	title: string;
	description: string;
}): XMLBuilder {
	const svg = create({ version: '1.0', encoding: 'UTF-8' }).ele('svg', {
		xmlns: 'http://www.w3.org/2000/svg',
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		role: 'img',
		'aria-labelledby': 'chart-title chart-desc',
		'font-family': FONT,
	});
	svg.ele('title', { id: 'chart-title' }).txt(title);
	svg.ele('desc', { id: 'chart-desc' }).txt(description);
	svg.ele('rect', { width, height, fill: '#ffffff' });
	return svg;
}

/** A text element. */
export function text(parent: XMLBuilder, content: string, attrs: Record<string, string | number>): void {
	parent.ele('text', attrs).txt(content);
}

/** A series' marker, outlined in white so it stands out on its line. */
export function drawMarker(parent: XMLBuilder, shape: string, x: number, y: number, color: string): void {
	const r = 4.5;
	const attrs = { fill: color, stroke: '#ffffff', 'stroke-width': '1' };
	const points = (list: [number, number][]) => list.map(([px, py]) => `${(x + px).toFixed(1)},${(y + py).toFixed(1)}`).join(' ');
	switch (shape) {
		case 'circle':
			parent.ele('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r, ...attrs });
			break;
		case 'square':
			parent.ele('rect', { x: (x - r).toFixed(1), y: (y - r).toFixed(1), width: 2 * r, height: 2 * r, ...attrs });
			break;
		case 'triangle':
			parent.ele('polygon', {
				points: points([
					[0, -r - 1],
					[r + 1, r],
					[-r - 1, r],
				]),
				...attrs,
			});
			break;
		case 'triangle-down':
			parent.ele('polygon', {
				points: points([
					[0, r + 1],
					[r + 1, -r],
					[-r - 1, -r],
				]),
				...attrs,
			});
			break;
		case 'diamond':
			parent.ele('polygon', {
				points: points([
					[0, -r - 1],
					[r + 1, 0],
					[0, r + 1],
					[-r - 1, 0],
				]),
				...attrs,
			});
			break;
		default:
			parent.ele('path', {
				d: `M${x - r} ${y - r} L${x + r} ${y + r} M${x - r} ${y + r} L${x + r} ${y - r}`,
				stroke: color,
				'stroke-width': '2.5',
			});
	}
}

/** A darker shade of a colour for text, so labels meet 4.5:1 contrast on white. */
export function darken(hex: string): string {
	const channel = (i: number) => Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * 0.62);
	return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
