/**
 * The scored resolver alone, on names made up for the test: abbreviations whose characters stand
 * apart in a name, two leading characters as the weakest reading, and plain bigram readings.
 */
import { describe, expect, it } from 'vitest';
import { Resolver } from '../src/resolve/resolver.js';
import type { Entity } from '../src/search/entities.js';

const table = (name: string) => ({ kind: 'table', name }) as unknown as Entity;
const resolver = new Resolver([table('城市绿化养护管理服务费'), table('道路清扫保洁服务费'), table('档案数字化加工服务费')]);
const top = (question: string, subject: string) => resolver.readings(question, undefined, undefined, subject)[0];

describe('the resolver', () => {
  it('reads two leading characters that stand apart in one name as that name, marked as the weakest reading', () => {
    const reading = top('绿养一年验收多少次', '绿养一年验收|次');
    expect(reading?.entity.name).toBe('城市绿化养护管理服务费');
    expect(reading?.lead).toBe(true);
  });

  it('takes no leading characters where a name is read by its words, and none that run together in a name', () => {
    const words = top('道路清扫保洁多少次', '道路清扫保洁|次');
    expect(words?.entity.name).toBe('道路清扫保洁服务费');
    expect(words?.lead).toBeUndefined();
    // 加工 runs together in 档案数字化加工服务费: a word of it, not an abbreviation; alone it reads as nothing.
    expect(resolver.readings('加工了吗', undefined, undefined, '加工').every((r) => !r.lead)).toBe(true);
  });

  it('reads a longer abbreviation whose characters stand in order (档数加 of 档案数字化加工)', () => {
    expect(top('档数加的满意度', '档数加|满意度')?.entity.name).toBe('档案数字化加工服务费');
  });
});
