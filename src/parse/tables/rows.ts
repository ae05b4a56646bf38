/**
 * A table row from its cell texts, whatever the text shape: each cell keeps its printed text and its
 * value in the table's unit; codes printed in the row's text cells become its classes, and the label
 * is the last class's name, else the first text cell.
 */
import type { RowClass, TableRow } from '../../schema/table.js';
import type { SourceText } from '../sourceText.js';
import { parseAmount } from './amount.js';
import { readClasses } from './codes.js';

/** `parent` is the previous row's first class, for split codes that leave the 类 cell blank. */
export function makeRow(texts: string[], lines: number[], text: SourceText, parent?: RowClass): TableRow {
  const { classes, codeCells } = readClasses(texts, parent);
  const label = classes.length ? classes[classes.length - 1].name : (texts.find((t) => t && parseAmount(t) === null) ?? '');
  return {
    label,
    classes,
    cells: texts.map((t, i) => ({ text: t, value: codeCells.includes(i) ? null : parseAmount(t) })),
    source: text.source(lines[0]),
    lines,
  };
}
