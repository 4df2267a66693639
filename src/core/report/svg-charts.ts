import { formatDay } from '../values/calendar-day';
import { formatMinutes } from '../values/duration';
import { escapeHtml } from './html-escape';
import type { InvoiceLateness } from './payment-times';
import { daysText, formatDays, invoiceLatenessText } from './report-text';
import type { ResponseTime } from './response-times';
import type { WeeklyHours } from './weekly-hours';

/**
 * Small inline SVG charts for the HTML report. No external resources, no scripts, no xmlns URL
 * (inline SVG in HTML needs none); colours come from the page's CSS classes. Every element that
 * carries a figure has `data-client`, `data-metric` and `data-value` attributes.
 */

const TOP = 20;
const BOTTOM = 40;
const LEFT = 36;
const PLOT_HEIGHT = 110;
const HEIGHT = TOP + PLOT_HEIGHT + BOTTOM;
const BAR = 28;
const GAP = 16;

/** Coordinates with at most one decimal, so the markup stays short and stable. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

function open(client: string, metric: string, width: number, label: string): string {
  return (
    `<svg class="chart" data-client="${escapeHtml(client)}" data-metric="${metric}" role="img" aria-label="${escapeHtml(label)}" ` +
    `width="${n(width)}" height="${HEIGHT}" viewBox="0 0 ${n(width)} ${HEIGHT}">`
  );
}

function shortLabel(text: string): string {
  return text.length > 8 ? `${text.slice(0, 7)}…` : text;
}

/** Bars of days late per invoice, in invoice date order: up for late, down for early, open ones outlined. */
export function daysLateChart(client: string, lateness: readonly InvoiceLateness[]): string {
  const width = LEFT + lateness.length * (BAR + GAP) + GAP;
  const most = Math.max(0, ...lateness.map((invoice) => invoice.daysLate));
  const least = Math.min(0, ...lateness.map((invoice) => invoice.daysLate));
  const range = most - least || 1;
  const zero = TOP + (PLOT_HEIGHT * most) / range;
  const parts = [open(client, 'days-late', width, 'Days late per invoice, in invoice date order')];
  parts.push(`<line class="axis" x1="${LEFT}" y1="${n(zero)}" x2="${n(width)}" y2="${n(zero)}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 4}" y="${n(zero + 4)}" text-anchor="end">0</text>`);
  // The extremes on the axis, unless they would sit on the 0.
  if (zero - TOP >= 12) parts.push(`<text class="tick" x="${LEFT - 4}" y="${n(TOP + 4)}" text-anchor="end">${most}</text>`);
  if (TOP + PLOT_HEIGHT - zero >= 12) parts.push(`<text class="tick" x="${LEFT - 4}" y="${n(TOP + PLOT_HEIGHT + 4)}" text-anchor="end">${least}</text>`);
  lateness.forEach((invoice, index) => {
    const x = LEFT + GAP + index * (BAR + GAP);
    const height = Math.max((PLOT_HEIGHT * Math.abs(invoice.daysLate)) / range, 1);
    const y = invoice.daysLate >= 0 ? zero - height : zero;
    const kind = invoice.open ? 'open' : invoice.daysLate > 0 ? 'late' : 'early';
    const valueY = invoice.daysLate >= 0 ? y - 4 : y + height + 11;
    parts.push(
      `<g class="bar ${kind}" data-client="${escapeHtml(client)}" data-metric="days-late" data-invoice="${escapeHtml(invoice.invoiceId)}" data-value="${invoice.daysLate}"${invoice.open ? ' data-open="true"' : ''}>` +
        `<title>${escapeHtml(invoiceLatenessText(invoice))}</title>` +
        `<rect x="${n(x)}" y="${n(y)}" width="${BAR}" height="${n(height)}"/>` +
        `<text class="value" x="${n(x + BAR / 2)}" y="${n(valueY)}" text-anchor="middle">${invoice.daysLate}</text>` +
        `<text class="label" x="${n(x + BAR / 2)}" y="${HEIGHT - 6}" text-anchor="middle">${escapeHtml(shortLabel(invoice.invoiceId))}</text>` +
        '</g>',
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** A line of days from each of your messages to the client's reply, in the order of your messages. */
export function responseTimesChart(client: string, times: readonly ResponseTime[]): string {
  const step = 36;
  const width = LEFT + Math.max(times.length - 1, 1) * step + 2 * GAP;
  const most = Math.max(1, ...times.map((time) => time.days));
  const bottom = TOP + PLOT_HEIGHT;
  const point = (time: ResponseTime, index: number) => [LEFT + GAP + index * step, bottom - (PLOT_HEIGHT * time.days) / most] as const;
  const parts = [open(client, 'response-times', width, 'Days from each of your messages to the reply, in date order')];
  parts.push(`<line class="axis" x1="${LEFT}" y1="${bottom}" x2="${n(width)}" y2="${bottom}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 4}" y="${bottom + 4}" text-anchor="end">0</text>`);
  parts.push(`<text class="tick" x="${LEFT - 4}" y="${TOP + 4}" text-anchor="end">${most}</text>`);
  if (times.length > 1) {
    const points = times.map((time, index) => point(time, index).map(n).join(',')).join(' ');
    parts.push(`<polyline class="line" data-client="${escapeHtml(client)}" data-metric="response-times" points="${points}"/>`);
  }
  times.forEach((time, index) => {
    const [x, y] = point(time, index);
    const title = `${time.kind} ${formatDay(time.sent)}, reply ${formatDay(time.replied)}: ${daysText(time.days)}`;
    parts.push(
      `<circle class="point" data-client="${escapeHtml(client)}" data-metric="response-time" data-value="${time.days}" cx="${n(x)}" cy="${n(y)}" r="3.5">` +
        `<title>${escapeHtml(title)}</title></circle>`,
    );
  });
  const first = times[0];
  const last = times[times.length - 1];
  parts.push(`<text class="label" x="${LEFT + GAP}" y="${HEIGHT - 6}">${formatDay(first.sent)}</text>`);
  if (times.length > 1) parts.push(`<text class="label" x="${n(width - GAP)}" y="${HEIGHT - 6}" text-anchor="end">${formatDay(last.sent)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}

/** Bars of hours worked per week, with the weekly minimum as a dashed line. */
export function weeklyHoursChart(client: string, hours: WeeklyHours): string {
  const wide = 40;
  const width = LEFT + hours.weeks.length * (wide + GAP) + GAP;
  const most = Math.max(60, hours.minimumMinutes ?? 0, ...hours.weeks.map((week) => week.minutes));
  const bottom = TOP + PLOT_HEIGHT;
  const parts = [open(client, 'hours-per-week', width, 'Hours worked per week')];
  parts.push(`<line class="axis" x1="${LEFT}" y1="${bottom}" x2="${n(width)}" y2="${bottom}"/>`);
  parts.push(`<text class="tick" x="${LEFT - 4}" y="${bottom + 4}" text-anchor="end">0</text>`);
  parts.push(`<text class="tick" x="${LEFT - 4}" y="${TOP + 4}" text-anchor="end">${formatDays(most / 60)}h</text>`);
  hours.weeks.forEach((week, index) => {
    const x = LEFT + GAP + index * (wide + GAP);
    const height = Math.max((PLOT_HEIGHT * week.minutes) / most, week.minutes > 0 ? 1 : 0);
    const title = `Week of ${formatDay(week.monday)}: ${formatMinutes(week.minutes)}${week.belowMinimum ? ', below the minimum' : ''}`;
    parts.push(
      `<g class="bar ${week.belowMinimum ? 'short' : 'hours'}" data-client="${escapeHtml(client)}" data-metric="hours-per-week" data-week="${formatDay(week.monday)}" data-value="${week.minutes}">` +
        `<title>${escapeHtml(title)}</title>` +
        `<rect x="${n(x)}" y="${n(bottom - height)}" width="${wide}" height="${n(height)}"/>` +
        `<text class="label" x="${n(x + wide / 2)}" y="${HEIGHT - 6}" text-anchor="middle">${formatDay(week.monday).slice(5)}</text>` +
        '</g>',
    );
  });
  if (hours.minimumMinutes !== undefined) {
    const y = bottom - (PLOT_HEIGHT * hours.minimumMinutes) / most;
    parts.push(
      `<line class="minimum" data-client="${escapeHtml(client)}" data-metric="minimum-hours" data-value="${hours.minimumMinutes}" x1="${LEFT}" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}">` +
        `<title>Minimum ${escapeHtml(formatMinutes(hours.minimumMinutes))} a week</title></line>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
