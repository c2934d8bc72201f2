/**
 * The scale chart: build time per stage (log–log, with a slope-1 guide: a stage
 * parallel to it costs the same per text at every size) and peak memory (against the
 * 4 GB limit), both against corpus size on a log axis. Hand-built SVG, serialized by
 * xmlbuilder2 so every text is escaped; readable without colour (each series has its own
 * marker and dash, and is labelled at its end) and described in <title> and <desc>.
 */
import { formatBytes, formatCount, formatSeconds, GB } from '../../lib/bench/format.ts';
import { createChartSvg, darken, drawMarker, INK, MUTED, SERIES_STYLES, text } from '../../lib/svg-chart.ts';
import { memoryLimit } from './checks.ts';
import { drawAxes, niceLinearTicks, niceLogTicks, type Panel } from './chart-axes.ts';
import { STAGES, type SizeResult } from './size-result.ts';

const WIDTH = 1000;
const HEIGHT = 520;

interface Series {
	label: string;
	color: string;
	marker: string;
	dash: string;
	width: number;
	points: { n: number; value: number }[];
}

const log10 = Math.log10;

/** Spreads end labels apart vertically so they do not overlap. */
function spreadLabels(labels: { y: number }[], gap: number, top: number, bottom: number): void {
	labels.sort((a, b) => a.y - b.y);
	for (let i = 1; i < labels.length; i++) labels[i]!.y = Math.max(labels[i]!.y, labels[i - 1]!.y + gap);
	const overflow = labels.length > 0 ? labels.at(-1)!.y - bottom : 0;
	if (overflow > 0) for (const label of labels) label.y -= overflow;
	for (let i = labels.length - 2; i >= 0; i--) labels[i]!.y = Math.min(labels[i]!.y, labels[i + 1]!.y - gap);
	for (const label of labels) label.y = Math.max(label.y, top);
}

export function renderChart(results: readonly SizeResult[]): string {
	const sorted = [...results].filter((result) => result.exitCode === 0).sort((a, b) => a.texts - b.texts);
	const sizes = sorted.map((result) => result.texts);
	const stageSeries: Series[] = [
		...STAGES.map(({ key, short }, i) => ({
			label: short,
			...SERIES_STYLES[i % SERIES_STYLES.length]!,
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
		`Build time per stage and peak memory of the site build for generated corpora of ${sizes.map(formatCount).join(', ')} texts (log scale).`,
		...sorted.map(
			(result) =>
				`${formatCount(result.texts)} texts: total ${formatSeconds(result.wallMs)}; ${STAGES.map(({ key, short }) => `${short} ${formatSeconds(result.stages[key])}`).join(', ')}; peak memory ${formatBytes(result.memory.peakTreeRss)}.`,
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

	// Right panel: peak memory, log x, linear y in GB, with the limit at the largest size.
	const memory: Panel = { x: 720, y: 80, width: 250, height: 370 };
	const peaks = sorted.map((result) => ({ n: result.texts, value: result.memory.peakTreeRss / GB }));
	const limit = memoryLimit(sorted.at(-1)?.texts ?? 0);
	const memTicks = niceLinearTicks(Math.max(limit / GB, ...peaks.map((point) => point.value)) * 1.08);
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
	const limitY = yMem(limit / GB);
	root.ele('line', {
		x1: memory.x,
		y1: limitY,
		x2: memory.x + memory.width,
		y2: limitY,
		stroke: '#b00020',
		'stroke-width': 1.5,
		'stroke-dasharray': '6 4',
	});
	text(root, `${formatBytes(limit)} limit`, { x: memory.x + 6, y: limitY - 6, 'font-size': 12, fill: '#b00020' });
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
		text(memGroup, formatBytes(point.value * GB), {
			x: x.toFixed(1),
			y: (yMem(point.value) - 10).toFixed(1),
			'font-size': 12,
			fill: INK,
			'text-anchor': anchor,
		});
	});
	return root.end({ prettyPrint: true });
}

function tickSeconds(value: number): string {
	return value >= 1 ? formatCount(value) : String(value);
}
