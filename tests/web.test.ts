/** The desk's HTTP API over real HTTP on loopback: answers with the seed's figures, limits, errors, escaping, metrics, feedback and the admin inbox. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/parse/load.js';
import { ADMIN_TOKEN, startDesk, type Desk } from './desk.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

interface Answer {
  answered: boolean;
  text: string;
  body: string;
  intent: string;
  citations: { doc: string; line: number; quote: string; section?: string }[];
  clarify?: string[];
  answerId: string;
  sources: { doc: string; line: number; section?: string; lines: { line: number; text: string; cited: boolean }[] }[];
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the desk API', () => {
  let desk: Desk;
  const ask = async (body: object) => (await fetch(`${desk.url}/api/ask`, json(body))).json() as Promise<Answer>;

  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(() => desk.stop());

  it('answers as the CLI does, with the figure, its citation and the source line among its neighbours', async () => {
    const res = await fetch(`${desk.url}/api/ask`, json({ q: '机关运行费多少' }));
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Answer;
    expect(answer).toMatchObject({ answered: true, intent: 'amount' });
    expect(answer.body).toMatch(/^机关运行经费：78\.66 万元/);
    expect(answer.text).toContain('第49行');
    expect(answer.citations[0]).toMatchObject({ doc: '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', line: 49 });
    const [source] = answer.sources;
    expect(source.lines.find((l) => l.cited)).toMatchObject({ line: 49 });
    expect(source.lines.find((l) => l.cited)?.text).toContain('78.66万');
    expect(source.lines.filter((l) => !l.cited).length).toBe(4);
    expect(source.lines.map((l) => l.line)).toEqual([...source.lines.map((l) => l.line)].sort((a, b) => a - b));
    expect(answer.answerId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a follow-up in the same session, and not in another', async () => {
    await ask({ q: '机关运行费多少', session: 'tab-aaaaaaaa' });
    const followUp = await ask({ q: '比上年呢', session: 'tab-aaaaaaaa' });
    expect(followUp.body).toContain('13.34 万元');
    const elsewhere = await ask({ q: '比上年呢', session: 'tab-bbbbbbbb' });
    expect(elsewhere.body).not.toContain('13.34 万元');
  });

  it('offers clarify options, each of which answers', async () => {
    const answer = await ask({ q: '服务对象满意度', session: 'tab-clarify1' });
    expect(answer.intent).toBe('clarify');
    expect(answer.clarify).toContain('专家评审费的服务对象满意度（≥95%）');
    const picked = await ask({ q: '专家评审费的服务对象满意度（≥95%）', session: 'tab-clarify1' });
    expect(picked.body).toMatch(/^专家评审费服务对象满意度（服务对象满意度指标）：≥95%/);
  });

  it('lists the documents with suggestions made from their figures, each of which answers', async () => {
    const { documents } = (await (await fetch(`${desk.url}/api/documents`)).json()) as { documents: { file: string; department: string; suggestions: string[] }[] };
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({ file: '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', department: '高新区行政服务局' });
    expect(documents[0].suggestions).toContain('机关运行费是多少');
    expect(documents[0].suggestions.length).toBeGreaterThanOrEqual(3);
    for (const q of documents[0].suggestions) expect((await ask({ q })).answered, q).toBe(true);
  });

  it('answers health checks', async () => {
    expect(await (await fetch(`${desk.url}/healthz`)).json()).toEqual({ ok: true, documents: 1 });
  });

  it('refuses malformed, oversized and wrongly typed requests with a 4xx JSON error', async () => {
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"q": 三公' }, 400, 'bad_request'],
      [json({}), 400, 'invalid_request'],
      [json({ q: '   ' }), 400, 'invalid_request'],
      [json({ q: 42 }), 400, 'invalid_request'],
      [json({ q: '三'.repeat(501) }), 400, 'invalid_request'],
      [json({ q: '三公经费', session: '../../etc' }), 400, 'invalid_request'],
      [json({ q: '三公经费', doc: 'other.txt' }), 400, 'unknown_document'],
      [json({ q: 'x'.repeat(20_000) }), 413, 'too_large'],
      [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '三公经费' }, 415, 'unsupported_media_type'],
    ];
    for (const [request, status, error] of cases) {
      const res = await fetch(`${desk.url}/api/ask`, request);
      expect(res.status, String(request.body).slice(0, 40)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await res.json()) as { error: string }).error).toBe(error);
    }
    const tooLong = (await (await fetch(`${desk.url}/api/ask`, json({ q: '三'.repeat(501) }))).json()) as { message: string };
    expect(tooLong.message).toBe('q: too long');
    const missing = await fetch(`${desk.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
  });

  it('never echoes what was sent in an error, and sends security headers', async () => {
    const res = await fetch(`${desk.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'text/<script>alert(1)</script>' }, body: '<script>alert(1)</script>' });
    expect(res.status).toBe(415);
    expect(await res.text()).not.toContain('<script>');
    const page = await fetch(`${desk.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    // Nothing inline for the CSP to have to allow.
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]|style=|onclick=/);
  });

  it('counts questions by channel and intent, refusals, clarifications and latency in /metrics', async () => {
    const before = await (await fetch(`${desk.url}/metrics`)).text();
    const count = (text: string, series: string) => Number(text.match(new RegExp(`^${series.replace(/[{}"]/g, (c) => `\\${c}`)} (\\d+)`, 'm'))?.[1] ?? 0);
    await ask({ q: '机关运行费多少' });
    await ask({ q: '食堂几点开门' });
    await ask({ q: '服务对象满意度' });
    const after = await (await fetch(`${desk.url}/metrics`)).text();
    expect(count(after, 'budget_bot_questions_total{channel="web",intent="amount"}') - count(before, 'budget_bot_questions_total{channel="web",intent="amount"}')).toBe(1);
    expect(count(after, 'budget_bot_refusals_total{channel="web"}') - count(before, 'budget_bot_refusals_total{channel="web"}')).toBe(1);
    expect(count(after, 'budget_bot_clarifications_total{channel="web"}') - count(before, 'budget_bot_clarifications_total{channel="web"}')).toBe(1);
    expect(count(after, 'budget_bot_answer_seconds_count{channel="web"}') - count(before, 'budget_bot_answer_seconds_count{channel="web"}')).toBe(3);
    expect(after).toMatch(/^budget_bot_answer_seconds_bucket\{le="0\.005",channel="web"\} \d+/m);
  });

  it('keeps a 👎 with its question in the inbox, and refusals and clarifications as they happen', async () => {
    const refused = await ask({ q: '游泳馆几点开门' });
    expect(refused.answered).toBe(false);
    const answer = await ask({ q: '基本支出多少', session: 'tab-voter001' });
    const vote = await fetch(`${desk.url}/api/feedback`, json({ answerId: answer.answerId, vote: 'down', session: 'tab-voter001' }));
    expect(await vote.json()).toEqual({ accepted: true });
    const groups = desk.inbox.groups();
    expect(groups.find((g) => g.question === '基本支出多少')).toMatchObject({ count: 1, kinds: ['down'], channels: ['web'] });
    expect(groups.find((g) => g.question === '游泳馆几点开门')).toMatchObject({ kinds: ['refused'] });
    expect(groups.find((g) => g.question === '服务对象满意度')?.kinds).toEqual(['clarify']);
  });

  it('refuses a vote on an unknown answer or with a bad body', async () => {
    expect(await (await fetch(`${desk.url}/api/feedback`, json({ answerId: '00000000-0000-4000-8000-000000000000', vote: 'up' }))).json()).toEqual({ accepted: false });
    expect((await fetch(`${desk.url}/api/feedback`, json({ answerId: 'x', vote: 'up' }))).status).toBe(400);
    expect((await fetch(`${desk.url}/api/feedback`, json({ answerId: '00000000-0000-4000-8000-000000000000', vote: 'meh' }))).status).toBe(400);
  });

  it('shows the inbox at /admin/inbox only with the admin token, a <script> question as text', async () => {
    await ask({ q: '<script>alert("x")</script>' });
    expect((await fetch(`${desk.url}/admin/inbox`)).status).toBe(401);
    expect((await fetch(`${desk.url}/admin/inbox`, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const page = await fetch(`${desk.url}/admin/inbox`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('游泳馆几点开门');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
    const basic = await fetch(`${desk.url}/admin/inbox`, { headers: { authorization: `Basic ${Buffer.from(`admin:${ADMIN_TOKEN}`).toString('base64')}` } });
    expect(basic.status).toBe(200);
  });

  it('refuses new questions with a 503 once shutting down', async () => {
    const other = await startDesk();
    try {
      await other.adapter.stopIntake();
      const res = await fetch(`${other.url}/api/ask`, json({ q: '三公经费多少' }));
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: 'shutting_down' });
    } finally {
      await other.stop();
    }
  });
});

describe('the desk API under its per-address rate limit', () => {
  it('answers a 429 JSON with Retry-After past the limit, and still serves the page', async () => {
    const desk = await startDesk({ rateLimit: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await fetch(`${desk.url}/api/ask`, json({ q: '三公经费多少' }))).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await fetch(`${desk.url}/api/documents`);
      expect(limited.headers.get('retry-after')).toBe('60');
      expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
      expect((await fetch(`${desk.url}/`)).status).toBe(200);
    } finally {
      await desk.stop();
    }
  });
});

describe('the desk API over several documents', () => {
  it('answers from the document picked, and refuses one not loaded', async () => {
    const { documents } = loadDocuments([SEED_PATH, `${SHARED_DOCS}/02_jiangsu_gaojirenminfayuan_2019_yusuan.txt`]);
    const desk = await startDesk({ documents });
    try {
      const listed = (await (await fetch(`${desk.url}/api/documents`)).json()) as { documents: { file: string; suggestions: string[] }[] };
      expect(listed.documents.map((d) => d.file)).toEqual(['2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '02_jiangsu_gaojirenminfayuan_2019_yusuan.txt']);
      const ask = async (body: object) => (await (await fetch(`${desk.url}/api/ask`, json(body))).json()) as Answer;
      expect((await ask({ q: '机关运行费多少' })).clarify?.length).toBe(2);
      const picked = await ask({ q: '机关运行费多少', doc: '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt' });
      expect(picked.body).toContain('78.66 万元');
      expect(picked.citations[0].doc).toBe('2020_gaoxinqu_xingzhengfuwuju_yusuan.txt');
      const court = listed.documents[1];
      for (const q of court.suggestions) expect((await ask({ q, doc: court.file })).citations[0]?.doc, q).toBe(court.file);
    } finally {
      await desk.stop();
    }
  });
});
