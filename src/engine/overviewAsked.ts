/**
 * Whether a question asks for the overview of this document: the frame says so, or it does once the
 * document's own names are taken out (上海市普陀区人民政府万里街道办事处的概况, a name the frame could
 * only read part of as a body).
 */
import type { Frame } from '../intent/frame.js';
import { learningOperation } from '../intent/learning.js';
import { withoutOwnNames } from './resolve.js';

export function asksOverview(frame: Frame, ownNames: string[]): boolean {
  return frame.operation === 'overview' || (frame.orgs.length > 0 && learningOperation(withoutOwnNames(frame.text, ownNames), []) === 'overview');
}
