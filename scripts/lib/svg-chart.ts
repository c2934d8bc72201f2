/**
 * The frame every chart of the benchmarks and evaluations shares: an SVG document with
 * an accessible name and description (`<title>`, `<desc>`, `role="img"`), a white
 * background and the system font, built with xmlbuilder2 so every text is escaped.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

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
