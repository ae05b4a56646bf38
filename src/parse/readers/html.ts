/**
 * The text of an HTML page: its visible text, one line per block (a paragraph, a heading, a list
 * item, a line break), and each table row as one line of cells separated by tabs, which the table
 * readers take as cell boundaries. Scripts, styles, forms and navigation are dropped; a table
 * holding other tables is page layout, read as blocks.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

/** Elements whose content is no part of the article. */
const DROPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'select', 'textarea', 'iframe', 'svg', 'object', 'canvas']);
/** Elements that start a line of their own. */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul']);

const isElement = (node: T.ChildNode): node is T.Element => 'tagName' in node;
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
/** Runs of white space, non-breaking and full-width spaces included, as a browser shows them: one space. */
const squeeze = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, ' ');

export function htmlText(html: string): string {
  const lines: string[] = [];
  let current = '';
  const breakLine = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const visit = (node: T.ChildNode) => {
    if (node.nodeName === '#text') current += squeeze((node as T.TextNode).value);
    if (!isElement(node) || DROPPED.has(node.tagName) || attr(node, 'role') === 'navigation' || attr(node, 'hidden') !== undefined) return;
    const block = BLOCKS.has(node.tagName);
    if (block) breakLine();
    if (node.tagName === 'table' && !hasTable(node)) lines.push(...rowsOf(node));
    else node.childNodes.forEach(visit);
    if (block) breakLine();
  };
  visit(article(parse(html)));
  breakLine();
  return `${lines.join('\n')}\n`;
}

/** Share of a node's own text (links left out) past which one child is taken for the article. */
const ARTICLE_SHARE = 0.8;

/**
 * The article: from the page down, into the child that holds nearly all the text that is not
 * link text, while one does. Menus, link lists, headers and footers are left above it.
 */
function article(document: T.Document): T.Element {
  let node = document.childNodes.find(isElement) as T.Element;
  for (;;) {
    const total = ownText(node);
    const child = node.childNodes.filter(isElement).find((c) => ownText(c) >= ARTICLE_SHARE * total);
    if (!child || !total) return node;
    node = child;
  }
}

/** Characters of visible text that is not link text, which navigation mostly is. */
function ownText(node: T.ChildNode): number {
  if (node.nodeName === '#text') return (node as T.TextNode).value.replace(/\s/g, '').length;
  if (!isElement(node) || node.tagName === 'a' || DROPPED.has(node.tagName)) return 0;
  return node.childNodes.reduce((sum, child) => sum + ownText(child), 0);
}

function hasTable(table: T.Element): boolean {
  return descendants(table).some((d) => d !== table && d.tagName === 'table');
}

function descendants(node: T.ParentNode): T.Element[] {
  return node.childNodes.filter(isElement).flatMap((child) => [child, ...descendants(child)]);
}

/** Each row's cells, as shown, joined by tabs; a row with no text is left out. */
function rowsOf(table: T.Element): string[] {
  return descendants(table)
    .filter((d) => d.tagName === 'tr')
    .map((tr) => tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((cell) => squeeze(textOf(cell)).trim()))
    .filter((cells) => cells.some(Boolean))
    .map((cells) => cells.join('\t'));
}

function textOf(node: T.ChildNode): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!isElement(node) || DROPPED.has(node.tagName)) return '';
  return node.childNodes.map(textOf).join(node.tagName === 'br' ? ' ' : '');
}
