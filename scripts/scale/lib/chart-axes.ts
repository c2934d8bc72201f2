/**
 * The scale chart's axes: a panel with its frame, grid and tick labels, corpus size on a
 * log x axis, and tick values for a log or a linear y axis.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { formatCount } from '../../lib/bench/format.ts';
import { GRID, INK, MUTED } from '../../lib/svg-chart.ts';

export interface Panel {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Powers of ten from below `min` to above `max`. */
export function niceLogTicks(min: number, max: number): number[] {
	const ticks: number[] = [];
	for (let exp = Math.floor(Math.log10(min)); exp <= Math.ceil(Math.log10(max)); exp++) ticks.push(10 ** exp);
	return ticks;
}

/** Round steps from 0 to `max`. */
export function niceLinearTicks(max: number, count = 5): number[] {
	const raw = max / count;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
	const ticks: number[] = [];
	for (let value = 0; value <= max + step / 2; value += step) ticks.push(value);
	return ticks;
}

/** Draws a panel: grid, ticks and labels, frame, axis titles. */
export function drawAxes(
	root: XMLBuilder,
	panel: Panel,
	yTitle: string,
	sizes: readonly number[],
	xOf: (n: number) => number,
	yTicks: { value: number; y: number; label: string }[],
): void {
	const axes = root.ele('g', { 'font-size': 12, fill: MUTED });
	for (const tick of yTicks) {
		axes.ele('line', {
			x1: panel.x,
			y1: tick.y.toFixed(1),
			x2: panel.x + panel.width,
			y2: tick.y.toFixed(1),
			stroke: GRID,
			'stroke-width': 1,
		});
		axes.ele('text', { x: panel.x - 8, y: (tick.y + 4).toFixed(1), 'text-anchor': 'end' }).txt(tick.label);
	}
	for (const n of sizes) {
		const x = xOf(n).toFixed(1);
		axes.ele('line', { x1: x, y1: panel.y, x2: x, y2: panel.y + panel.height, stroke: GRID, 'stroke-width': 1 });
		axes.ele('text', { x, y: panel.y + panel.height + 18, 'text-anchor': 'middle' }).txt(formatCount(n));
	}
	axes.ele('rect', {
		x: panel.x,
		y: panel.y,
		width: panel.width,
		height: panel.height,
		fill: 'none',
		stroke: '#8c8c8c',
		'stroke-width': 1,
	});
	axes
		.ele('text', { x: panel.x + panel.width / 2, y: panel.y + panel.height + 42, 'text-anchor': 'middle', 'font-size': 13, fill: INK })
		.txt('Corpus size (texts, log scale)');
	const cx = panel.x - 52;
	const cy = panel.y + panel.height / 2;
	axes.ele('text', { x: cx, y: cy, transform: `rotate(-90 ${cx} ${cy})`, 'text-anchor': 'middle', 'font-size': 13, fill: INK }).txt(yTitle);
}
