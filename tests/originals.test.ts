/**
 * The published originals (PDF, HTML) read as their .txt twins do: the fact base read from each
 * original holds every figure the fact base read from its twin holds, with the same value. The
 * few figures that cannot match are listed with the reason. Skipped where ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeCompanions } from '../src/parse/companions.js';
import { parseDocument } from '../src/parse/document.js';
import { maxFileBytes, readDisclosures } from '../src/parse/readers/index.js';
import { factFigures, missingFigures } from './factFigures.js';
import { SHARED_DOCS } from './helpers.js';

const ORIGINALS = join(SHARED_DOCS, 'originals');
const files = existsSync(ORIGINALS) ? readdirSync(ORIGINALS).sort() : [];

/** The same reason for several figures. */
const because = (reason: string, ...keys: string[]) => Object.fromEntries(keys.map((key) => [key, reason]));

/**
 * Figures of a twin the original does not state alike, by file, each with why. Every one is a
 * performance-table indicator or one table row; no key amount, count or procurement item.
 */
const CANNOT_MATCH: Record<string, Record<string, string>> = {
  '07_shanghai_putuo_caizhengju_2024_juesuan.pdf': because(
    "its twin is pdftotext's plain mode (one cell a line), the original is read in layout: the 207 row of its 支出决算 table is not read from the layout (not yet found why)",
    "lineItem:functional:207",
  ),
  'b01_guojia_xinfangju_2024_juesuan.pdf': because(
    "the twin interleaves two columns of this 自评表 row (政有所提治素养…); the original reads 指标值, 实际完成值 and 得分 apart, rightly",
    "indicator:信访干部培训专项:信访系统干部整体素质",
    "indicator:信访干部培训专项:受训学员满意率",
  ),
  'b03_changsha_xinfangju_2026_yusuan.pdf': because(
    "the 计量单位 cell (% 次 人次 …) sits one space from the wrapped 评分标准 text beside it; whether it joins the 指标值 differs between the two layouts, the number does not; the 部门整体 table counts one row more",
    "indicator:基层及其他信访业务工作经费专项:经费分档精准率",
    "indicator:人民来访接待中心及特护期运行专项:设施设备正常运行率",
    "indicator:人民来访接待中心及特护期运行专项:视频接访系统运转正常率",
    "indicator:人民来访接待中心及特护期运行专项:来访接待中心登记电脑、网络正常运行率",
    "indicator:人民来访接待中心及特护期运行专项:群众安检系统、信访排队叫号系统等正常运行率",
    "indicator:人民来访接待中心及特护期运行专项:接访大厅接待座椅、填单台、电视等可正常使用率",
    "indicator:人民来访接待中心及特护期运行专项:接访大厅大屏无故障运行,宣传内容正常播放率",
    "indicator:人民来访接待中心业务专项:协调多部门联合接待群众来访次数",
    "indicator:人民来访接待中心业务专项:接待群众心理咨询、法律咨询人次。",
    "indicator:人民来访接待中心业务专项:保障接访中心开放天数。",
    "indicator:人民来访接待中心业务专项:保障律师、心理咨询窗口免费对群众外开放时间",
    "indicator:信访业务工作专项:完成特护期信访值班天(人次)数",
    "projectTable:部门整体支出绩效目标",
    "indicator:部门整体支出绩效目标:国家局督办件审核化解率",
  ),
  'b04b_beijing_tongjiju_2026_yusuan_tables.pdf': because(
    "indicator names wrapped over several lines in merged cells are cut into rows differently, so the twin's keys (often run together: 时间误差人口监测数据合理、) are not the original's; the values are read under other names",
    "indicator:0551-统计监测分析及统计资料编印工作经费:综合统计资料编印进度",
    "indicator:0551-统计监测分析及统计资料编印工作经费:分析报告评比、培训会工作进度",
    "indicator:0551-统计监测分析及统计资料编印工作经费:编印综合统计资料种类",
    "indicator:0551-统计监测分析及统计资料编印工作经费:召开全市综合统计工作会暨分析培训会",
    "indicator:6223-政府热点调查:民生实事调查报告为相关部门决策提供数据支撑民生实事调查数据与",
    "indicator:6223-政府热点调查:相关部门共享",
    "indicator:2113-北京市年度人口抽样调查:入户登记时间事后质量抽查覆盖区",
    "indicator:3682-北京市公众生态环境满意度调查:数",
    "projectTable:3794-北京市人口动态监测数据服务费",
    "indicator:3794-北京市人口动态监测数据服务费:时间误差人口监测数据合理、",
    "indicator:3794-北京市人口动态监测数据服务费:有效;数据展示大屏故障解决率,人口定位的距离误差",
    "indicator:3794-北京市人口动态监测数据服务费:平台和数据展示大屏故障解决时间",
    "indicator:6949-信息系统运维项目:保障视频会议安全稳定运行能力提升新增、紧急业务",
    "indicator:6949-信息系统运维项目:工作保障能力",
  ),
};

describe.skipIf(!files.length)('the shared originals', () => {
  // Read all at once, as a load does: one PDF reader process for them all.
  const originals = readDisclosures(files.map((f) => join(ORIGINALS, f)), maxFileBytes()).map((entry, i) => {
    if (entry instanceof Error) throw entry;
    return parseDocument(files[i], entry.text, entry.pageStarts);
  });

  it.each(files.map((file, i) => [file, i] as const))('%s holds every figure of its .txt twin', (file, i) => {
    const twinFile = `${basename(file, extname(file))}.txt`;
    const twin = parseDocument(twinFile, readFileSync(join(SHARED_DOCS, twinFile), 'utf8')).facts;
    const original = originals[i].facts;
    const expected = CANNOT_MATCH[file] ?? {};
    const missing = missingFigures(twin, original);
    expect(missing.filter((m) => !(m.split(': ')[0] in expected))).toEqual([]);
    // A listed figure that now matches is taken off the list.
    expect(Object.keys(expected).filter((key) => !missing.some((m) => m.startsWith(`${key}: `)))).toEqual([]);
    expect(factFigures(original).size).toBeGreaterThan(40);
  });

  it('the two Beijing files merge as their twins do, and every fact read from a PDF cites a page', () => {
    const documents = mergeCompanions(originals);
    expect(documents).toHaveLength(files.length - 1);
    expect(documents.map((d) => d.facts.identity.id)).toContain('b04_beijing_tongjiju_2026_yusuan.pdf+b04b_beijing_tongjiju_2026_yusuan_tables.pdf');
    for (const doc of documents.filter((d) => d.facts.identity.file.endsWith('.pdf'))) {
      for (const a of doc.facts.amounts) expect(a.source.page, `${doc.facts.identity.file} ${a.label}`).toBeGreaterThan(0);
    }
  });
});
