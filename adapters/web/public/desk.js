// The desk page: asks /api/ask, shows the figure large with its source in place, and keeps the
// conversation of this browser tab (its session id lives in sessionStorage). Every text from the
// server or the user is set with textContent, never as HTML.
import { STRINGS } from './i18n.js';

const $ = (id) => document.getElementById(id);
const state = { lang: localStorage.getItem('budget-bot-lang') === 'en' ? 'en' : 'zh', documents: [], answer: null, question: '' };
const t = (key, ...args) => {
  const value = STRINGS[state.lang][key];
  return typeof value === 'function' ? value(...args) : value;
};

/** One id per tab: follow-ups are read in the context of this tab's questions only. */
function sessionId() {
  let id = sessionStorage.getItem('budget-bot-session');
  if (!id) {
    // getRandomValues, unlike randomUUID, also works on a desk reached over plain http.
    id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    sessionStorage.setItem('budget-bot-session', id);
  }
  return id;
}

/** An element with text, built without HTML parsing. */
function el(tag, text, attrs = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('title')} · ${state.lang === 'zh' ? '服务窗口' : 'service desk'}`;
  for (const node of document.querySelectorAll('[data-text]')) node.textContent = t(node.dataset.text);
  for (const node of document.querySelectorAll('[data-placeholder]')) node.placeholder = t(node.dataset.placeholder);
  $('lang').lang = state.lang === 'zh' ? 'en' : 'zh-CN';
  // The last status was said in the other language.
  $('status').textContent = '';
  renderDocuments();
  if (state.answer) renderAnswer(state.answer, state.question);
}

function setCounter(on) {
  document.body.classList.toggle('counter', on);
  $('counter').setAttribute('aria-pressed', String(on));
  localStorage.setItem('budget-bot-counter', on ? '1' : '');
}

function selectedDoc() {
  return state.documents.length > 1 ? $('doc').value : '';
}

/** The picker when several documents are loaded, and questions suggested from the figures each states. */
function renderDocuments() {
  const picker = $('doc');
  const chosen = picker.value;
  picker.replaceChildren(el('option', t('allDocs'), { value: '' }), ...state.documents.map((d) => el('option', `${d.department} ${d.year ?? ''} ${d.kind}`.trim(), { value: d.file })));
  picker.value = chosen;
  $('picker').hidden = state.documents.length < 2;
  const doc = state.documents.find((d) => d.file === selectedDoc());
  // All documents: each one's first suggestions, named with its department so the question routes.
  const questions = doc ? doc.suggestions : state.documents.length === 1 ? state.documents[0].suggestions : state.documents.flatMap((d) => d.suggestions.slice(0, 2).map((q) => `${d.department}${q}`));
  $('suggestions').replaceChildren(...questions.map((q) => button(q, () => ask(q))));
  $('suggested').hidden = !questions.length;
}

function button(label, onClick) {
  const node = el('button', label, { type: 'button', class: 'chip' });
  node.addEventListener('click', onClick);
  return node;
}

/** The figure an answer leads with (its first amount, share or count), shown large. */
function leadingFigure(answer) {
  if (!answer.answered || answer.clarify) return '';
  const match = answer.body.split('\n')[0].match(/-?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元|%|个|人|项|辆|台|套|家)/);
  return match ? match[0] : '';
}

function placeOf(source) {
  const where = [source.section, source.sheet ? t('sheet', source.sheet) : '', source.page ? t('page', source.page) : '', t('line', source.line)].filter(Boolean);
  return `${source.department}${t('file', source.doc)} · ${where.join(' · ')}`;
}

/** The questions offered under an answer, as links that ask them: what to ask next, or examples under a refusal or help. */
function renderNext(answer) {
  const questions = answer.suggestions ?? [];
  $('next-title').textContent = t(answer.answered && answer.intent !== 'help' ? 'next' : 'examples');
  $('next-list').replaceChildren(
    ...questions.map((q) => {
      const link = el('a', q, { href: `?q=${encodeURIComponent(q)}`, class: 'ask-link' });
      link.addEventListener('click', (event) => {
        event.preventDefault();
        void ask(q);
      });
      const item = el('li');
      item.append(link);
      return item;
    }),
  );
  $('next').hidden = !questions.length;
}

function renderSources(sources) {
  $('source-list').replaceChildren(
    ...sources.map((source) => {
      const block = el('figure', undefined, { class: 'source' });
      const lines = el('ol', undefined, { class: 'lines' });
      for (const line of source.lines) {
        const item = el('li', undefined, { value: String(line.line) });
        item.append(line.cited ? el('mark', line.text) : document.createTextNode(line.text));
        if (line.cited) item.classList.add('cited');
        lines.append(item);
      }
      block.append(el('figcaption', placeOf(source)), lines);
      return block;
    }),
  );
  $('sources').hidden = !sources.length;
}

function renderAnswer(answer, question) {
  $('asked').textContent = question;
  const figure = leadingFigure(answer);
  $('figure').textContent = figure;
  $('figure').hidden = !figure;
  // The readings the body lists as text are the buttons below: shown once, as buttons.
  const asButtons = new Set((answer.clarify ?? []).map((option) => `- ${option}`));
  $('body').replaceChildren(...answer.body.split('\n').filter((line) => line && !asButtons.has(line.trim())).map((line) => el('p', line)));
  $('body').lang = answer.lang === 'en' ? 'en' : 'zh-CN';
  $('options').replaceChildren(...(answer.clarify ?? []).map((option) => button(option, () => ask(option))));
  $('clarify').hidden = !answer.clarify?.length;
  renderNext(answer);
  renderSources(answer.sources);
  for (const vote of document.querySelectorAll('.vote')) {
    vote.disabled = !answer.answerId;
    vote.setAttribute('aria-pressed', 'false');
  }
  $('answer').hidden = false;
  $('slip-question').textContent = `${t('asked')}${t('colon')}${question}`;
  $('slip-body').textContent = answer.body;
  $('slip-source').textContent = answer.sources.map((s) => `${t('source')}${t('colon')}${placeOf(s)}「${s.lines.find((l) => l.cited)?.text ?? ''}」`).join('\n');
  $('slip-date').textContent = t('printed', new Date().toLocaleString(state.lang === 'zh' ? 'zh-CN' : 'en-GB'));
}

function remember(question) {
  $('history-list').append(el('li', question));
  $('history').hidden = false;
}

async function ask(question) {
  const q = question.trim();
  if (!q) return;
  $('status').textContent = t('asking');
  $('send').disabled = true;
  try {
    const doc = selectedDoc();
    const response = await fetch('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q, session: sessionId(), ...(doc ? { doc } : {}) }) });
    if (!response.ok) {
      $('status').textContent = response.status === 429 ? t('tooFast') : t('failed');
      return;
    }
    state.answer = await response.json();
    state.question = q;
    renderAnswer(state.answer, q);
    remember(q);
    $('question').value = '';
    $('status').textContent = t('answered');
    // Screen readers read the answer next; keyboard users continue from it.
    $('answer').focus();
  } catch {
    $('status').textContent = t('failed');
  } finally {
    $('send').disabled = false;
  }
}

async function vote(event) {
  const chosen = event.currentTarget;
  if (!state.answer?.answerId) return;
  for (const node of document.querySelectorAll('.vote')) node.disabled = true;
  chosen.setAttribute('aria-pressed', 'true');
  try {
    await fetch('/api/feedback', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answerId: state.answer.answerId, vote: chosen.dataset.vote, session: sessionId() }) });
    $('status').textContent = t('thanks');
  } catch {
    $('status').textContent = t('failed');
  }
}

async function copy() {
  const text = state.answer?.text ?? '';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (plain http on another machine): select the answer for Ctrl-C instead.
    getSelection()?.selectAllChildren($('body'));
  }
  $('status').textContent = t('copied');
}

async function loadDocuments() {
  try {
    state.documents = (await (await fetch('/api/documents')).json()).documents;
  } catch {
    state.documents = [];
  }
  renderDocuments();
}

$('ask').addEventListener('submit', (event) => {
  event.preventDefault();
  void ask($('question').value);
});
$('doc').addEventListener('change', renderDocuments);
$('counter').addEventListener('click', () => setCounter(!document.body.classList.contains('counter')));
$('lang').addEventListener('click', () => {
  state.lang = state.lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem('budget-bot-lang', state.lang);
  applyLang();
});
$('copy').addEventListener('click', () => void copy());
$('print').addEventListener('click', () => window.print());
for (const node of document.querySelectorAll('.vote')) node.addEventListener('click', (event) => void vote(event));

setCounter(localStorage.getItem('budget-bot-counter') === '1');
applyLang();
// A suggested question's link opened on its own (?q=…) is asked once the documents are known.
const linked = new URLSearchParams(location.search).get('q');
void loadDocuments().then(() => linked && ask(linked));
