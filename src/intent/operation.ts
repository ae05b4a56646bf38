/**
 * What a question does with its subject (the operation) and which of its attributes it asks for.
 * Derived from the aspects, most specific first, so that each question has exactly one of each:
 * the handler that answers it and the attribute the answer must carry — or say is not given.
 */
import { z } from 'zod';
import type { Aspect } from './aspects.js';

/** `help` and `overview` ask about the bot and about a whole disclosure (see learning.ts). */
export const Operation = z.enum(['value', 'share', 'change', 'reason', 'definition', 'composition', 'list', 'count', 'rank', 'confirm', 'check', 'help', 'overview']);
export type Operation = z.infer<typeof Operation>;

export const Attribute = z.enum(['amount', 'unitPrice', 'quantity', 'code', 'indicator', 'score', 'execution', 'unitProfile', 'people', 'time']);
export type Attribute = z.infer<typeof Attribute>;

/** The first aspect present decides: a reason asked about a change is a reason, a share of a list a share. */
const OPERATIONS: [Operation, Aspect[]][] = [
  ['rank', ['compare']],
  ['definition', ['definition', 'glossary']],
  ['reason', ['reason']],
  ['share', ['share']],
  ['change', ['change', 'growthRate']],
  ['check', ['checks']],
  ['count', ['count']],
  ['composition', ['parts']],
  ['list', ['list', 'projects', 'units', 'uses', 'measures', 'duties', 'subGoals']],
];

const ATTRIBUTES: [Attribute, Aspect[]][] = [
  ['unitPrice', ['unitPrice']],
  ['quantity', ['quantity']],
  ['code', ['code']],
  ['score', ['score']],
  ['execution', ['execution']],
  ['indicator', ['indicator', 'goal', 'overallGoal']],
  ['unitProfile', ['nature', 'rank', 'funding']],
  ['people', ['people']],
];

export function operationOf(aspects: Set<Aspect>, confirming: boolean, shareAsked: boolean): Operation {
  if (shareAsked) return 'share';
  const found = OPERATIONS.find(([, asked]) => asked.some((a) => aspects.has(a)))?.[0];
  return found ?? (confirming ? 'confirm' : 'value');
}

/** `timeAsked`: a time or a year is asked (哪一年建的, 多久换一次), with no money asked beside it. */
export function attributeOf(aspects: Set<Aspect>, timeAsked = false): Attribute {
  return ATTRIBUTES.find(([, asked]) => asked.some((a) => aspects.has(a)))?.[0] ?? (timeAsked ? 'time' : 'amount');
}
