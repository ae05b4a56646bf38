/** The inbox's groups as an operator reads them: a terminal table, or CSV for a spreadsheet. */
import { toCsv } from '../export/csv.js';
import type { Group } from './inbox.js';

const HEADER = ['count', 'last_seen', 'channels', 'why', 'question'];

/** UTC, to the minute: the same on every operator's machine. */
export const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

export function groupsCsv(groups: Group[]): string {
  return toCsv(HEADER, groups.map((g) => [g.count, new Date(g.lastSeen).toISOString(), g.channels.join(' '), g.kinds.join(' '), g.question]));
}

export function groupsTable(groups: Group[]): string {
  if (!groups.length) return 'The inbox is empty: nothing went unanswered.\n';
  const rows = groups.map((g) => [String(g.count), when(g.lastSeen), g.channels.join(','), g.kinds.join(','), g.question]);
  // The question is last and unpadded: Chinese characters are two columns wide and would skew it anyway.
  const widths = HEADER.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c)).join('  ').trimEnd();
  return `${[line(HEADER), ...rows.map(line)].join('\n')}\n`;
}
