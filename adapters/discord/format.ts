/** Discord formatting: embeds with the sources in the footer, split to fit Discord's 2,000-character limit. */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import { strings } from '../../src/answer/strings/index.js';
import type { OutgoingReply } from '../../src/bot/message.js';

const MESSAGE_LIMIT = 2000;
const FOOTER_LIMIT = 2048;

/** Splits at line breaks where possible, never past `limit` characters a part. */
export function splitText(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    for (let rest = line; rest.length; ) {
      const room = limit - current.length - (current ? 1 : 0);
      if (rest.length <= room) {
        current = current ? `${current}\n${rest}` : rest;
        rest = '';
      } else if (current) {
        parts.push(current);
        current = '';
      } else {
        parts.push(rest.slice(0, limit));
        rest = rest.slice(limit);
      }
    }
  }
  if (current || !parts.length) parts.push(current);
  return parts;
}

export interface DiscordEmbed {
  description: string;
  color: number;
  footer?: { text: string };
}

/** One embed a message; the sources go in the last one's footer. */
export function toEmbeds(reply: OutgoingReply): DiscordEmbed[] {
  const body = reply.body ?? reply.text;
  const s = strings(reply.lang ?? 'zh');
  const sources = reply.citations.slice(0, 3).map(s.sourceShort).join('\n');
  const parts = splitText(body);
  return parts.map((description, i) => ({
    description,
    color: reply.answered ? 0x2e7d32 : 0x9e9e9e,
    ...(i === parts.length - 1 && sources ? { footer: { text: sources.slice(0, FOOTER_LIMIT) } } : {}),
  }));
}

type FeedbackRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A 👍/👎 button's custom id: `feedback:up:<answer id>`, well inside Discord's 100 characters. */
export const FEEDBACK_BUTTON = /^feedback:(up|down):([0-9a-f-]{36})$/;

/** The row of 👍/👎 buttons under an answer that can be rated; none under a notice. */
export function feedbackRow(reply: OutgoingReply): FeedbackRow[] {
  if (!reply.answerId) return [];
  const button = (vote: 'up' | 'down', emoji: string): APIButtonComponentWithCustomId => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: `feedback:${vote}:${reply.answerId}`, emoji: { name: emoji } });
  return [{ type: ComponentType.ActionRow, components: [button('up', '👍'), button('down', '👎')] }];
}

/** A suggested question's button: `ask:<question>`, within Discord's 100-character custom id. */
export const QUESTION_BUTTON = /^ask:(.+)$/s;
const CUSTOM_ID_LIMIT = 100;
const LABEL_LIMIT = 80;
/** Discord allows at most 5 buttons in a row. */
const MAX_BUTTONS = 5;

/** The row of suggested questions under a reply, each asked when pressed; one too long for a button's id is left out. */
export function suggestionRow(reply: OutgoingReply): FeedbackRow[] {
  const questions = (reply.suggestions ?? []).filter((q) => `ask:${q}`.length <= CUSTOM_ID_LIMIT).slice(0, MAX_BUTTONS);
  if (!questions.length) return [];
  const button = (q: string): APIButtonComponentWithCustomId => ({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: `ask:${q}`, label: q.slice(0, LABEL_LIMIT) });
  return [{ type: ComponentType.ActionRow, components: questions.map(button) }];
}

/** The question without the bot's mention: `<@123> 三公经费` → `三公经费`. */
export function stripMention(text: string): string {
  return text.replace(/<@!?\d+>/g, '').trim();
}
