import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_PATH, snapshotJson } from '../src/cli/facts.js';
import { seed } from './helpers.js';

describe('the fact-base snapshot in knowledge/', () => {
  it('matches what the parser produces from the seed (run npm run snapshot after a deliberate change)', () => {
    expect(snapshotJson([seed])).toBe(readFileSync(SNAPSHOT_PATH, 'utf8'));
  });
});
