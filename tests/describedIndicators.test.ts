/**
 * Indicators described in what people saw rather than named, on a generated two-project fixture:
 * the measure asked (a price per unit, a count in a unit) and the words shared pick the row.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/document.js';
import { Engine } from '../src/engine/engine.js';
import { replyBody } from './replyBody.js';

const text = [
  '2021年某某局部门预算',
  '',
  '第二部分 项目绩效目标表',
  '',
  '1、渣土处置费绩效目标表',
  '',
  '绩效目标\t1、对建筑工地渣土进行清运处置，按中标价结算',
  '一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据',
  '产出指标\t成本指标\t处置成本\t按照政府采购中标价2.985元/立方米\t2.98 元\t计划标准',
  '\t数量指标\t处置数量\t全年清运处置建筑渣土\t≥30 万立方米\t计划标准',
  '满意度指标\t服务对象满意度指标\t服务对象满意度\t群众满意程度\t≥90%\t计划标准',
  '',
  '2、档案扫描服务费绩效目标表',
  '',
  '绩效目标\t1、整理装订纸质档案',
  '一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据',
  '产出指标\t数量指标\t完成数量\t全年完成 80 万页档案的数字化任务\t≥80 万页\t计划标准',
  '\t成本指标\t扫描单价\t每页0.5元/页\t0.5 元\t计划标准',
  '',
].join('\n');
const engine = new Engine([parseDocument('described.txt', text)]);
const body = (q: string) => replyBody(engine.ask(q, q).text);

describe('an indicator described, not named', () => {
  it('answers a price per unit with the cost row whose words the question shares (工地的土…一立方多少钱)', () => {
    expect(body('我们工地挖出来的土要拉去倒，听说政府按方给钱，一立方多少钱？')).toContain('2.985 元/立方米');
  });

  it('answers a count in the unit asked with the one row counted in it (纸质档案扫进电脑，一年要扫多少页)', () => {
    expect(body('听说纸质的档案都扫进电脑了，一年要扫多少页？')).toContain('≥80 万页');
  });
});
