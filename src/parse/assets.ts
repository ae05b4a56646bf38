/**
 * The 固定资产占用情况表: one row a kind of asset, with quantity and value. A blank cell is
 * recorded as null (未填报), which the answers keep apart from a disclosed zero.
 */
import type { Amount, AssetRow, Count } from '../schema/fact.js';
import { cells, numberCell } from './regions.js';
import { compact, type SourceText } from './sourceText.js';

const HEADER = /^项目\t+数量\t+价值/;

/** The table's total row: 资产总额, the total of the assets it lists. */
const TOTAL_ROW = /^资产总额$/;

export function parseAssets(text: SourceText): { rows: AssetRow[]; counts: Count[]; amounts: Amount[] } {
  const header = text.lines.findIndex((raw) => HEADER.test(raw.trim()));
  if (header < 0) return { rows: [], counts: [], amounts: [] };
  const amounts: Amount[] = [];
  const rows: AssetRow[] = [];
  const counts: Count[] = [];
  for (let i = header + 1; i < text.lines.length; i++) {
    const raw = text.lines[i];
    const line = compact(raw);
    if (!line) continue;
    if (!raw.includes('\t')) break;
    const [label, quantity, value] = cells(raw);
    const name = label.replace(/^\d+[、.]/, '').replace(/^其中[:：]/, '');
    const row: AssetRow = {
      name,
      quantity: numberCell(quantity),
      value: numberCell(value),
      printed: { quantity: quantity ?? '', value: value ?? '' },
      source: text.source(i + 1),
    };
    rows.push(row);
    if (TOTAL_ROW.test(name) && row.value !== null) amounts.push({ concept: 'assets.all', label: name, value: row.value, statedUnit: '万元', source: row.source });
    if (/车辆/.test(name) && row.quantity !== null) {
      counts.push({ concept: 'assets.vehicleCount', label: name, value: row.quantity, unit: '辆', source: row.source });
    }
  }
  return { rows, counts, amounts };
}
