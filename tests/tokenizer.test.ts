/** Each document's names are kept whole by its own tokenizer; jieba's shared dictionary never learns them. */
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizerWith } from '../src/search/tokenizer.js';

describe('tokenizers per document', () => {
  it('keep their own names whole without changing the shared tokenizer', () => {
    const before = tokenize('渣土处置费预算多少');
    const seedTokens = tokenizerWith(['渣土处置费'])('渣土处置费预算多少');
    const otherTokens = tokenizerWith(['信息系统运维'])('渣土处置费预算多少');
    expect(seedTokens).toContain('渣土处置费');
    expect(otherTokens).not.toContain('渣土处置费');
    expect(tokenize('渣土处置费预算多少')).toEqual(before);
  });
});
