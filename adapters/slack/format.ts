/** Slack formatting: Block Kit with the answer, a context block with the sources, clarify and suggested-question buttons, and the App Home tab. */
import { strings } from '../../src/answer/strings/index.js';
import type { OutgoingReply } from '../../src/bot/message.js';

/** mrkdwn escaping, which also defuses <!channel>, <!here> and <!everyone>. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack allows at most 5 elements in a row of buttons. */
const MAX_BUTTONS = 5;
const SECTION_LIMIT = 3000;
/** A button whose value is a question to ask: a reading of an ambiguous question, or a suggested one. */
export const QUESTION_ACTION = /^(?:clarify|suggest)_\d+$/;
/** The 👍/👎 buttons under an answer: `feedback_up` or `feedback_down`, valued with the answer's id. */
export const FEEDBACK_ACTION = /^feedback_(up|down)$/;

export function toSlackMessage(reply: OutgoingReply): { text: string; blocks: object[] } {
  const body = reply.body ?? reply.text;
  const s = strings(reply.lang ?? 'zh');
  const blocks: object[] = [{ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(body).slice(0, SECTION_LIMIT) } }];
  if (reply.citations.length) {
    blocks.push({
      type: 'context',
      elements: reply.citations.slice(0, 3).map((c) => ({ type: 'mrkdwn', text: escapeMrkdwn(s.sourceShort(c)) })),
    });
  }
  if (reply.clarify?.length) blocks.push(questionButtons('clarify', reply.clarify));
  if (reply.suggestions?.length) blocks.push(questionButtons('suggest', reply.suggestions));
  if (reply.answerId) {
    blocks.push({
      type: 'actions',
      elements: (['up', 'down'] as const).map((vote) => ({
        type: 'button',
        action_id: `feedback_${vote}`,
        text: { type: 'plain_text', text: vote === 'up' ? '👍' : '👎', emoji: true },
        value: reply.answerId,
      })),
    });
  }
  return { text: escapeMrkdwn(reply.text), blocks };
}

/** A row of buttons, each asking its question when pressed. */
function questionButtons(kind: 'clarify' | 'suggest', questions: string[]): object {
  return {
    type: 'actions',
    elements: questions.slice(0, MAX_BUTTONS).map((question, i) => ({
      type: 'button',
      action_id: `${kind}_${i}`,
      text: { type: 'plain_text', text: question.slice(0, 75) },
      value: question.slice(0, 2000),
    })),
  };
}

/** The App Home tab: what the bot knows and can answer (the help reply), its examples as buttons. */
export function toSlackHome(reply: OutgoingReply): { type: 'home'; blocks: object[] } {
  const { blocks } = toSlackMessage({ ...reply, answerId: undefined });
  return { type: 'home', blocks };
}

/** The question without the bot's mention: `<@U123> 三公经费` → `三公经费`. */
export function stripMention(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, '').trim();
}
