/** Questions rewritten for the user: a reading offered back as a question that can be asked as it stands. */
import type { Frame } from './frame.js';

/** The question with the words it names a thing by (工装) replaced by the thing's full name: a question that can be asked as it stands. */
export function withFullName(frame: Frame, name: string): string {
  const question = frame.raw;
  for (let len = Math.min(question.length, name.length); len >= 2; len--) {
    for (let at = 0; at + len <= question.length; at++) {
      const run = question.slice(at, at + len);
      if (name.includes(run)) return question.slice(0, at) + name + question.slice(at + len);
    }
  }
  return `${name}：${question}`;
}
