/**
 * The reliability diagram of `npm run eval:align`: for each confidence bin, the share of
 * its links that are right against their mean confidence, for the tuning and the
 * held-out part; a perfectly calibrated aligner lies on the diagonal. Hand-built SVG,
 * serialized by xmlbuilder2 so every text is escaped; readable without colour (each part
 * has its own marker and dash) and described in <title> and <desc>.
 */
import type { ReliabilityBin } from './reliability.ts';
import { createChartSvg, GRID, INK, MUTED } from './svg-chart.ts';

const WIDTH = 640;
const HEIGHT = 600;
const PLOT = { x: 80, y: 80, size: 400 };
/** Okabe–Ito colours, as in the scale chart. */
const STYLES = [
	{ color: '#0072B2', dash: '' },
	{ color: '#D55E00', dash: '6 3' },
] as const;

/** One line of the diagram. */
export interface ReliabilitySeries {
	label: string;
	bins: readonly ReliabilityBin[];
}

/** The diagram as an SVG document. */
export function renderReliabilityChart(series: readonly ReliabilitySeries[]): string {
	const title = 'Alignment confidence against the share of right links';
	const description = series
		.map(
			({ label, bins }) =>
				`${label}: ${filled(bins)
					.map((bin) => `${bin.links} links at mean confidence ${bin.meanConfidence.toFixed(2)}, ${percent(bin.right)} right`)
					.join('; ')}.`,
		)
		.join(' ');
	const svg = createChartSvg({
		width: WIDTH,
		height: HEIGHT,
		title,
		description: `${description} Points on the dashed diagonal would be perfectly calibrated.`,
	});
	svg.ele('text', { x: 24, y: 30, 'font-size': 17, 'font-weight': 700, fill: INK }).txt(title);
	svg
		.ele('text', { x: 24, y: 50, 'font-size': 12, fill: MUTED })
		.txt('Links binned by confidence (bins of 0.1); each point is a bin, with its number of links.');
	const x = (value: number) => PLOT.x + value * PLOT.size;
	const y = (value: number) => PLOT.y + (1 - value) * PLOT.size;
	const axes = svg.ele('g', { 'font-size': 12, fill: MUTED });
	for (let tick = 0; tick <= 10; tick += 2) {
		const value = tick / 10;
		axes.ele('line', { x1: x(value), y1: y(0), x2: x(value), y2: y(1), stroke: GRID });
		axes.ele('line', { x1: x(0), y1: y(value), x2: x(1), y2: y(value), stroke: GRID });
		axes.ele('text', { x: x(value), y: y(0) + 18, 'text-anchor': 'middle' }).txt(value.toFixed(1));
		axes.ele('text', { x: x(0) - 8, y: y(value) + 4, 'text-anchor': 'end' }).txt(value.toFixed(1));
	}
	axes.ele('text', { x: x(0.5), y: y(0) + 40, 'text-anchor': 'middle', fill: INK }).txt('confidence (mean of the bin)');
	axes
		.ele('text', { x: 22, y: y(0.5), 'text-anchor': 'middle', fill: INK, transform: `rotate(-90 22 ${y(0.5)})` })
		.txt('share of links that are right');
	svg.ele('line', { x1: x(0), y1: y(0), x2: x(1), y2: y(1), stroke: MUTED, 'stroke-dasharray': '3 4' });
	series.forEach(({ label, bins }, s) => {
		const { color, dash } = STYLES[s % STYLES.length]!;
		const points = filled(bins);
		const group = svg.ele('g', { fill: color, stroke: color });
		group.ele('polyline', {
			points: points.map((bin) => `${x(bin.meanConfidence).toFixed(1)},${y(bin.right).toFixed(1)}`).join(' '),
			fill: 'none',
			'stroke-width': 2,
			...(dash ? { 'stroke-dasharray': dash } : {}),
		});
		for (const bin of points) {
			const [cx, cy] = [x(bin.meanConfidence), y(bin.right)];
			if (s === 0) group.ele('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r: 4.5 });
			else group.ele('rect', { x: (cx - 4).toFixed(1), y: (cy - 4).toFixed(1), width: 8, height: 8 });
			group
				.ele('text', { x: (cx + 7).toFixed(1), y: (cy + (s === 0 ? -7 : 15)).toFixed(1), 'font-size': 10, stroke: 'none' })
				.txt(String(bin.links));
		}
		const legendY = PLOT.y + PLOT.size + 62 + s * 18;
		const legend = svg.ele('g', { 'font-size': 12, fill: INK });
		legend.ele('line', {
			x1: 80,
			y1: legendY - 4,
			x2: 110,
			y2: legendY - 4,
			stroke: color,
			'stroke-width': 2,
			...(dash ? { 'stroke-dasharray': dash } : {}),
		});
		legend.ele('text', { x: 118, y: legendY }).txt(label);
	});
	return svg.end({ prettyPrint: true });
}

function filled(bins: readonly ReliabilityBin[]): ReliabilityBin[] {
	return bins.filter((bin) => bin.links > 0);
}

function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}
