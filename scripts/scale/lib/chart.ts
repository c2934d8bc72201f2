/**
 * The scale chart: build time per stage (log–log, with a slope-1 guide: a stage
 * parallel to it costs the same per text at every size) and peak memory (against the
 * 4 GB limit), both against corpus size on a log axis. Hand-built SVG, serialized by
 * xmlbuilder2 so every text is escaped; readable without colour (each series has its own
 * marker and dash, and is labelled at its end) and described in <title> and <desc>.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { createChartSvg } from '../../lib/svg-chart.ts';
import { fmtBytes, fmtCount, fmtSeconds, MEMORY_LIMIT, STAGES, type SizeResult } from './results.ts';

const WIDTH = 1000;
const HEIGHT = 520;
const INK = '#1a1a1a';
const MUTED = '#595959';
const GRID = '#d9d9d9';

/** Okabe–Ito colours (distinguishable with colour-vision deficiencies), markers and dashes. */
const SERIES_STYLE = [
	{ color: '#0072B2', marker: 'circle', dash: '' },
	{ color: '#E69F00', marker: 'square', dash: '6 3' },
	{ color: '#009E73', marker: 'triangle', dash: '2 3' },
	{ color: '#D55E00', marker: 'diamond', dash: '8 3 2 3' },
	{ color: '#CC79A7', marker: 'triangle-down', dash: '4 4' },
	{ color: '#56B4E9', marker: 'cross', dash: '1 3' },
] as const;

interface Panel {
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Series {
	label: string;
	color: string;
	marker: string;
	dash: string;
	width: number;
	points: { n: number; value: number }[];
}

const log10 = Math.log10;

function niceLogTicks(min: number, max: number): number[] {
	const ticks: number[] = [];
	for (let exp = Math.floor(log10(min)); exp <= Math.ceil(log10(max)); exp++) ticks.push(10 ** exp);
	return ticks;
}

function niceLinearTicks(max: number, count = 5): number[] {
	const raw = max / count;
	const magnitude = 10 ** Math.floor(log10(raw));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
	const ticks: number[] = [];
	for (let value = 0; value <= max + step / 2; value += step) ticks.push(value);
	return ticks;
}

function drawMarker(parent: XMLBuilder, shape: string, x: number, y: number, color: string): void {
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

/** Spreads end labels apart vertically so they do not overlap. */
function spreadLabels(labels: { y: number }[], gap: number, top: number, bottom: number): void {
	labels.sort((a, b) => a.y - b.y);
	for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + gap);
	const overflow = labels.length > 0 ? labels.at(-1)!.y - bottom : 0;
	if (overflow > 0) for (const label of labels) label.y -= overflow;
	for (let i = labels.length - 2; i >= 0; i--) labels[i]!.y = Math.min(labels[i]!.y, labels[i + 1]!.y - gap);
	for (const label of labels) label.y = Math.max(label.y, top);
}

function text(parent: XMLBuilder, content: string, attrs: Record<string, string | number>): void {
	parent.ele('text', attrs).txt(content);
}

export function renderChart(results: readonly SizeResult[]): string {
	const sorted = [...results].filter((result) => result.exitCode === 0).sort((a, b) => a.texts - b.texts);
	const sizes = sorted.map((result) => result.texts);
	const stageSeries: Series[] = [
		...STAGES.map(({ key, short }, i) => ({
			label: short,
			...SERIES_STYLE[i % SERIES_STYLE.length]!,
			width: 2,
			points: sorted.map((result) => ({ n: result.texts, value: result.stages[key] / 1000 })),
		})),
		{
			label: 'total',
			color: INK,
			marker: 'circle',
			dash: '',
			width: 3.5,
			points: sorted.map((result) => ({ n: result.texts, value: result.wallMs / 1000 })),
		},
	];

	const description = [
		`Build time per stage and peak memory of the site build for generated corpora of ${sizes.map(fmtCount).join(', ')} texts (log scale).`,
		...sorted.map(
			(result) =>
				`${fmtCount(result.texts)} texts: total ${fmtSeconds(result.wallMs)}; ${STAGES.map(({ key, short }) => `${short} ${fmtSeconds(result.stages[key])}`).join(', ')}; peak memory ${fmtBytes(result.memory.peakTreeRss)}.`,
		),
		'A dashed grey guide line has slope 1: a stage parallel to it costs the same per text at every size; a steeper one grows faster than the corpus.',
	].join(' ');

	const root = createChartSvg({
		width: WIDTH,
		height: HEIGHT,
		title: 'Build time per stage and peak memory against corpus size',
		description,
	});
	text(root, 'Build time per stage and peak memory against corpus size', { x: 24, y: 30, 'font-size': 18, 'font-weight': 700, fill: INK });
	text(root, 'One npm run build per corpus size (wall clock); both axes of the time panel are logarithmic.', {
		x: 24,
		y: 50,
		'font-size': 13,
		fill: MUTED,
	});

	if (sorted.length === 0) return root.end({ prettyPrint: true });
	const nMin = sizes[0]! / 1.6;
	const nMax = sizes.at(-1)! * 1.6;

	// Left panel: time per stage, log–log.
	const time: Panel = { x: 80, y: 80, width: 470, height: 370 };
	const values = stageSeries.flatMap((series) => series.points.map((point) => point.value)).filter((value) => value > 0);
	const yTicks = niceLogTicks(Math.max(0.01, Math.min(...values)), Math.max(...values));
	const yMin = yTicks[0]!;
	const yMax = yTicks.at(-1)!;
	const xOf = (panel: Panel, n: number) => panel.x + ((log10(n) - log10(nMin)) / (log10(nMax) - log10(nMin))) * panel.width;
	const yTime = (value: number) =>
		time.y + time.height - ((log10(Math.max(value, yMin)) - log10(yMin)) / (log10(yMax) - log10(yMin))) * time.height;
	drawAxes(
		root,
		time,
		'Build time (seconds, log scale)',
		sizes,
		(n) => xOf(time, n),
		yTicks.map((tick) => ({ value: tick, y: yTime(tick), label: tickSeconds(tick) })),
	);

	// Slope-1 guide through the total at the smallest size.
	const first = stageSeries.at(-1)!.points[0]!;
	const guideEnd = { n: nMax / 1.2, value: first.value * (nMax / 1.2 / first.n) };
	const clippedEnd = guideEnd.value > yMax ? { n: first.n * (yMax / first.value), value: yMax } : guideEnd;
	root.ele('line', {
		x1: xOf(time, first.n).toFixed(1),
		y1: yTime(first.value).toFixed(1),
		x2: xOf(time, clippedEnd.n).toFixed(1),
		y2: yTime(clippedEnd.value).toFixed(1),
		stroke: '#8c8c8c',
		'stroke-width': 1.5,
		'stroke-dasharray': '3 5',
	});
	// Labelled halfway along, above the line (log space), clear of the frame and the series' end labels.
	const labelAt = Math.sqrt(first.n * clippedEnd.n);
	text(root, 'slope 1 (linear)', {
		x: (xOf(time, labelAt) - 6).toFixed(1),
		y: (yTime(first.value * (labelAt / first.n)) - 8).toFixed(1),
		'font-size': 12,
		fill: MUTED,
		'text-anchor': 'end',
	});

	const endLabels: { y: number; series: Series; lastY: number }[] = [];
	for (const series of stageSeries) {
		const group = root.ele('g', { 'aria-hidden': 'true' });
		const points = series.points.filter((point) => point.value > 0);
		if (points.length > 1) {
			group.ele('polyline', {
				points: points.map((point) => `${xOf(time, point.n).toFixed(1)},${yTime(point.value).toFixed(1)}`).join(' '),
				fill: 'none',
				stroke: series.color,
				'stroke-width': series.width,
				...(series.dash ? { 'stroke-dasharray': series.dash } : {}),
				'stroke-linejoin': 'round',
			});
		}
		for (const point of points) drawMarker(group, series.marker, xOf(time, point.n), yTime(point.value), series.color);
		const last = points.at(-1);
		if (last) endLabels.push({ y: yTime(last.value), lastY: yTime(last.value), series });
	}
	spreadLabels(endLabels, 15, time.y + 6, time.y + time.height);
	const labelX = xOf(time, sizes.at(-1)!) + 12;
	for (const label of endLabels) {
		root.ele('line', {
			x1: labelX - 8,
			y1: label.lastY.toFixed(1),
			x2: labelX - 2,
			y2: label.y.toFixed(1),
			stroke: label.series.color,
			'stroke-width': 1,
		});
		text(root, label.series.label, {
			x: labelX,
			y: (label.y + 4).toFixed(1),
			'font-size': 13,
			fill: label.series.color === INK ? INK : darken(label.series.color),
			'font-weight': label.series.label === 'total' ? 700 : 400,
		});
	}

	// Right panel: peak memory, log x, linear y in GB, with the 4 GB limit.
	const memory: Panel = { x: 720, y: 80, width: 250, height: 370 };
	const GB = 1024 ** 3;
	const peaks = sorted.map((result) => ({ n: result.texts, value: result.memory.peakTreeRss / GB }));
	const memTicks = niceLinearTicks(Math.max(MEMORY_LIMIT / GB, ...peaks.map((point) => point.value)) * 1.08);
	const memMax = memTicks.at(-1)!;
	const yMem = (value: number) => memory.y + memory.height - (value / memMax) * memory.height;
	drawAxes(
		root,
		memory,
		'Peak memory (GB, whole build)',
		sizes,
		(n) => xOf(memory, n),
		memTicks.map((tick) => ({ value: tick, y: yMem(tick), label: String(tick) })),
	);
	const limitY = yMem(MEMORY_LIMIT / GB);
	root.ele('line', {
		x1: memory.x,
		y1: limitY,
		x2: memory.x + memory.width,
		y2: limitY,
		stroke: '#b00020',
		'stroke-width': 1.5,
		'stroke-dasharray': '6 4',
	});
	text(root, '4 GB limit', { x: memory.x + 6, y: limitY - 6, 'font-size': 12, fill: '#b00020' });
	const memGroup = root.ele('g', { 'aria-hidden': 'true' });
	memGroup.ele('polyline', {
		points: peaks.map((point) => `${xOf(memory, point.n).toFixed(1)},${yMem(point.value).toFixed(1)}`).join(' '),
		fill: 'none',
		stroke: '#0072B2',
		'stroke-width': 2.5,
	});
	peaks.forEach((point, i) => {
		drawMarker(memGroup, 'circle', xOf(memory, point.n), yMem(point.value), '#0072B2');
		// Labels lean inwards at the ends, so they stay inside the panel.
		const anchor = i === 0 ? 'start' : i === peaks.length - 1 ? 'end' : 'middle';
		const x = xOf(memory, point.n) + (anchor === 'start' ? -4 : anchor === 'end' ? 4 : 0);
		text(memGroup, fmtBytes(point.value * GB), {
			x: x.toFixed(1),
			y: (yMem(point.value) - 10).toFixed(1),
			'font-size': 12,
			fill: INK,
			'text-anchor': anchor,
		});
	});
	return root.end({ prettyPrint: true });
}

function drawAxes(
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
		axes.ele('text', { x, y: panel.y + panel.height + 18, 'text-anchor': 'middle' }).txt(fmtCount(n));
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

function tickSeconds(value: number): string {
	return value >= 1 ? fmtCount(value) : String(value);
}

/** A darker shade of a colour for text, so labels meet 4.5:1 contrast on white. */
function darken(hex: string): string {
	const channel = (i: number) => Math.round(Number.parseInt(hex.slice(i, i + 2), 16) * 0.62);
	return `#${[1, 3, 5].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}
