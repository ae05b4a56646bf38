/**
 * Questions a newcomer asks before they know what to ask: how to use the bot (帮助, 你能做什么)
 * and the shape of a whole disclosure (介绍一下这份预算, 概况, 重点). Each is an operation of its own,
 * read from the whole question: a subject named beside the words (三公经费的总体情况, 重点项目有哪些)
 * is no overview, and is left to the aspects.
 */
import type { Operation } from './operation.js';

/** The whole question asks what the bot can do. */
const HELP = /^(?:帮助|帮忙|help|使用说明|使用帮助|怎么用|如何使用|用法|你(?:能|可以|会)(?:做|干|回答|答|问)?(?:些)?(?:什么|啥|哪些)(?:问题)?|(?:我)?(?:能|可以)问(?:些)?(?:什么|啥|哪些)(?:问题)?|what can you (?:do|answer)|what can i ask|how (?:do i|to) use (?:this|you|the bot))$/;

/** Words that ask for the shape of a document rather than a figure of it. */
const OVERVIEW_WORDS = /介绍|概况|概述|概要|总体情况|整体情况|基本情况|总体|整体|重点|要点|亮点|总览|概览|简介|讲讲|说说|讲一下|说一下|overview|summary|summari[sz]e|introduce|introduction|key points|highlights|at a glance|tell me about/g;

/**
 * Words that name the document, its body or its year, or only frame the request (给新人讲讲我们局的预算):
 * what is left once they and the overview words are gone is a subject of its own.
 */
const DOCUMENT_WORDS = /(?:19|20)?\d{2}年度?|今年|本年度?|这份|这个|本份|该|我们|我|咱们|咱|你们|贵|本|部门|单位|局|委|办|院|中心|预算|决算|披露|报告|公开|文件|文档|材料|情况|主要|一下|下|给|跟|和|向|新人|新同事|新员工|同事|大家|请|帮我|帮忙|能否|可以|吗|吧|呢|啊|的|是|有|什么|哪些|啥|一份|份|个|\b(?:this|the|our|its|of|a|an|me|us|please|budget|final accounts|disclosure|document|report|give|can you|what are|what is|(?:19|20)\d{2})\b|\s/g;

/** `text`: the normalised question; `orgs`: the bodies it names, which name the document asked about. */
export function learningOperation(text: string, orgs: string[]): Extract<Operation, 'help' | 'overview'> | undefined {
  if (HELP.test(text)) return 'help';
  const unasked = text.replace(OVERVIEW_WORDS, '');
  if (unasked === text) return undefined;
  // A subject of its own beside the overview words (三公经费的总体情况) is asked about as such.
  const rest = orgs.reduce((left, org) => left.split(org).join(''), unasked).replace(DOCUMENT_WORDS, '');
  return rest ? undefined : 'overview';
}
