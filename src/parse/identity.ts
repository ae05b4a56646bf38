/**
 * Reads a disclosure's identity (department, year, 预算/决算, level) from its own text.
 * The template family states the department in a few recurring places; they are tried in order.
 */
import type { DocumentKind, Identity } from '../schema/fact.js';
import type { SourceText } from './sourceText.js';
import { compact } from './sourceText.js';

/** Endings of Chinese government body names. */
const ORG_SUFFIX = '(?:局|厅|院|委员会|常委会办公厅|办公厅|办公室|办事处|中心|街道|委|署|所|站|队|馆|部|处|会|府|学校|大学|学院|中学|小学|幼儿园)';
const ORG_NAME = new RegExp(`^[\\u4e00-\\u9fa5()（）]{2,40}${ORG_SUFFIX}$`);

const DEPARTMENT_PATTERNS: RegExp[] = [
  /(?:预算主管部门|编制部门|部门名称|预算单位|单位名称)[:：]([\u4e00-\u9fa5()（）]+?)(?=单位|截止|$)/,
  /现将(.+?)\d{4}年(?:度)?部门(?:预算|决算)/,
  // 北京市统计局部门2026年度 / 昆明市人民政府办公室机关2026年预算公开: 部门 and 机关 say what kind of body, not its name.
  /^(.+?)(?:部门|机关|本级)?\d{4}年(?:度)?(?:部门|区级部门|省级部门)?(?:预算|决算)?/,
  /^\d{4}年(?:度)?(.+?)(?:部门|单位)?(?:预算|决算)/,
];

const PART_PREFIX = /第[一二三四五六七八九十]+部分/;
/** A title line is short; the first long line is already prose. */
const TITLE_LINE = 30;

function findDepartment(candidates: string[]): string | undefined {
  for (const pattern of DEPARTMENT_PATTERNS) {
    for (const candidate of candidates) {
      const name = candidate.match(pattern)?.[1];
      if (name && ORG_NAME.test(name)) return name;
    }
  }
  return undefined;
}

export function readIdentity(text: SourceText, file: string): { identity: Identity; warnings: string[] } {
  const head = text.lines
    .slice(0, 12)
    .map((line) => compact(line).replace(PART_PREFIX, ''))
    .filter((line) => line && !/^\d{1,3}$/.test(line));
  const titleLines = head.slice(0, 3).filter((line, i) => line.length <= TITLE_LINE && head.slice(0, i).every((l) => l.length <= TITLE_LINE));
  const title = titleLines.join('').replace(/目录$/, '') || file;
  const early = text.stream.slice(0, 3000).replace(new RegExp(PART_PREFIX.source, 'g'), '');
  const warnings: string[] = [];

  const found = findDepartment(head) ?? (head[0] && ORG_NAME.test(head[0]) ? head[0] : findDepartment([early]));
  let department = found ?? "";

  // A file of tables alone (预算01表 …) may state no year; the year its file is named with is the next best.
  const stated = Number(early.match(/(20\d{2}|19\d{2})年/)?.[1] ?? NaN);
  const year = Number.isNaN(stated) ? Number(file.match(/(?<!\d)(20\d{2})(?!\d)/)?.[1] ?? NaN) : stated;
  const kind: DocumentKind = /决算/.test(title) ? '决算' : /单位预算/.test(title) ? '单位预算' : '预算';
  const level = early.match(/([省市区县])级(?:部门|单位)(?:预算|决算)/)?.[1];

  if (!department) {
    department = file.replace(/\.[^.]+$/, '');
    warnings.push(`${file}: could not read the department from the text; named it after the file`);
  }
  if (Number.isNaN(stated)) warnings.push(Number.isNaN(year) ? `${file}: could not read the year from the text` : `${file}: the text states no year; took ${year} from the file name`);

  return {
    identity: {
      id: file,
      file,
      title,
      department,
      ...(found ? {} : { departmentFromFile: true }),
      year: Number.isNaN(year) ? null : year,
      kind,
      ...(level ? { level: `${level}级` } : {}),
    },
    warnings,
  };
}
