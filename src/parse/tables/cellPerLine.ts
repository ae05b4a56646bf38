/**
 * Tables extracted one cell per line (plain pdftotext, HTML text nodes). Not read yet: returns null.
 */
import type { GridReader } from './grid.js';

export const readCellPerLine: GridReader = () => null;
