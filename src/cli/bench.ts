/**
 * `npm run bench`: speed and memory, in one run.
 * 1. The seed: cold start (a fresh process to its first answer, and the in-process steps),
 *    warm latency p50/p99 over a few thousand questions, throughput on one core, RSS — and the
 *    same for the plain retrieval baseline (jieba + minisearch, top line), what a search box gives.
 * 2. Adversarial files: parse time of 100 KB files built to make backtracking patterns blow up.
 * 3. Reload: the longest pause of answering while a folder holding an adversarial file reloads;
 *    and the load time of the largest shared original PDF.
 * 4. The desk API under 200 concurrent HTTP clients (deskBench.ts); `--desk` runs only that.
 * 5. Scale: at 1, 100 and 1,000 documents generated from the real ones by varying department,
 *    year and figures (10,000 with BENCH_SCALE=10000): the cold parse into the knowledge cache, then
 *    a restart from it (ready time, RSS, warm p99 of questions naming their document), each in its
 *    own process for a clean RSS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deskBench } from './deskBench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** What `npm start` runs through: the sources as one cached bundle (launch.mjs). */
const LAUNCH = join(ROOT, 'src', 'cli', 'launch.mjs');
const SEED = join(ROOT, 'seeds');
const REAL_DOCS = [join(ROOT, 'seeds', '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt'), ...['02_jiangsu_gaojirenminfayuan_2019_yusuan.txt', '06_jiangsu_renda_changweihui_bangongting_2018_yusuan.txt', '07_shanghai_putuo_caizhengju_2024_juesuan.txt', '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt'].map((f) => join(ROOT, '..', 'shared', 'docs', f))];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Rounds each measurement is repeated; the median round is reported, which keeps one GC pause or a busy neighbour from deciding the figure. */
const ROUNDS = 5;

function timeOnce<T>(items: T[], run: (item: T) => unknown): { p50: number; p99: number; perSecond: number } {
  const times: number[] = [];
  const start = performance.now();
  for (const item of items) {
    const t = performance.now();
    run(item);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: (items.length / total) * 1000 };
}

function timeEach<T>(items: T[], run: (item: T) => unknown): { p50: number; p99: number; perSecond: number } {
  const rounds = Array.from({ length: ROUNDS }, () => timeOnce(items, run)).sort((a, b) => a.p99 - b.p99);
  return rounds[Math.floor(ROUNDS / 2)];
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (n: number) => `${n.toFixed(3)} ms`;

/** Child: from process start to the first answer, with the steps timed inside. */
async function coldStart(): Promise<void> {
  const t0 = performance.now();
  const { loadDocuments } = await import('../parse/load.js');
  const { Engine } = await import('../engine/engine.js');
  const { tokenize } = await import('../search/tokenizer.js');
  const t1 = performance.now();
  const { documents } = loadDocuments([SEED]);
  const t2 = performance.now();
  const engine = new Engine(documents);
  engine.ask('三公经费多少');
  const t3 = performance.now();
  // jieba is loaded by the first search-index use (a refusal's closest-line pointer), not before the first answer.
  engine.ask('讲个笑话');
  const t4 = performance.now();
  tokenize('预算');
  console.log(JSON.stringify({ processToAnswer: t3, boot: t0, modules: t1 - t0, parse: t2 - t1, indexAndFirstAnswer: t3 - t2, jiebaAndLineIndex: t4 - t3 }));
}

async function seedBench(): Promise<void> {
  const buildStart = performance.now();
  execFileSync(process.execPath, [LAUNCH, '--build', SELF]);
  const buildMs = performance.now() - buildStart;
  const colds = [1, 2, 3].map(() => JSON.parse(execFileSync(process.execPath, [LAUNCH, SELF, '--cold'], { encoding: 'utf8' })));
  const cold = colds.sort((a, b) => a.processToAnswer - b.processToAnswer)[1];
  const { Engine } = await import('../engine/engine.js');
  const { loadDocuments } = await import('../parse/load.js');
  const { LineIndex } = await import('../search/lineIndex.js');
  const { readQuestions } = await import('../eval/grade.js');
  const { documents } = loadDocuments([SEED]);
  const engine = new Engine(documents);
  const baseline = new LineIndex(documents[0].text);
  const base = ['samples-seed.jsonl', 'seed-more.jsonl'].flatMap((f) => readQuestions(join(ROOT, 'tests', 'eval', f)).map((q) => q.q));
  const questions = Array.from({ length: 3000 }, (_, i) => base[i % base.length]);
  for (const q of base) engine.ask(q, 'warmup');
  for (const q of base) baseline.top(q);
  const bot = timeEach(questions, (q) => engine.ask(q, 'bench'));
  const search = timeEach(questions, (q) => baseline.top(q));
  console.log('== seed disclosure');
  console.log(`cold start (median of 3): ${cold.processToAnswer.toFixed(0)} ms from process start to first answer (node and the bundle ${cold.boot.toFixed(0)} ms, modules ${cold.modules.toFixed(0)} ms, parse ${cold.parse.toFixed(0)} ms, index + first answer ${cold.indexAndFirstAnswer.toFixed(0)} ms); target ≤ 1500 ms`);
  console.log(`            the bundle npm start runs was checked, and built where stale, in ${buildMs.toFixed(0)} ms (it is rebuilt only after install or an edit)`);
  console.log(`            + ${cold.jiebaAndLineIndex.toFixed(0)} ms once, at the first search-index use: jieba dictionary load and the line index (npm start pre-loads it in the background)`);
  console.log(`bot      warm over ${questions.length} questions (median of ${ROUNDS} rounds): p50 ${ms(bot.p50)}, p99 ${ms(bot.p99)}, ${bot.perSecond.toFixed(0)} questions/s on one core; target p99 ≤ 1 ms`);
  console.log(`baseline warm (jieba + minisearch top line): p50 ${ms(search.p50)}, p99 ${ms(search.p99)}, ${search.perSecond.toFixed(0)} questions/s`);
  console.log(`bot p99 is ${(bot.p99 / search.p99).toFixed(2)}× the baseline's; RSS ${mb(process.memoryUsage().rss)}`);
}

const SYLLABLES_A = [...'东西南北中新青白金银龙凤云海山河湖江春秋长安永宁和平兴华正光明阳天'];
const SYLLABLES_B = [...'城湖桥港台岭州源泉林峰川塘田湾洲岗坪坝溪门庄浦沙滨口堡园苑里营'];

/** A distinct two-character place name for generated department i, e.g. 东城区. */
function placeName(i: number): string {
  return `${SYLLABLES_A[i % SYLLABLES_A.length]}${SYLLABLES_B[Math.floor(i / SYLLABLES_A.length) % SYLLABLES_B.length]}区`;
}

/** Writes `n` disclosures varied from the real ones: department, year and figures. */
function generate(n: number, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bases = REAL_DOCS.map((path) => readFileSync(path, 'utf8'));
  const departments = ['高新区行政服务局', '江苏省高级人民法院', '江苏省人大常委会办公厅', '上海市普陀区财政局', '上海市普陀区人民政府万里街道办事处'];
  const years = [2020, 2019, 2018, 2024, 2024];
  for (let i = 0; i < n; i++) {
    const b = i % bases.length;
    const year = years[b] - (Math.floor(i / bases.length) % 6);
    const factor = 1 + (i % 13) / 100;
    const text = bases[b]
      .replaceAll(departments[b], `${placeName(i)}${departments[b]}`)
      .replaceAll(`${years[b]}年`, `${year}年`)
      .replace(/(\d+\.\d+)(\s*万元)/g, (_, num: string, unit: string) => `${(Number(num) * factor).toFixed(2)}${unit}`);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), text);
  }
}

const SCALE_TOPICS = ['三公经费', '机关运行经费', '政府采购预算', '基本支出', '人员经费'];
const scaleDir = (n: number) => join(tmpdir(), `budget-bot-bench-${n}`);
const scaleCache = (n: number) => join(tmpdir(), `budget-bot-bench-${n}-data`);

/** Child: the first start at `n` generated documents, parsing each and filling the knowledge cache. */
async function scaleCold(n: number): Promise<void> {
  generate(n, scaleDir(n));
  rmSync(scaleCache(n), { recursive: true, force: true });
  const { KnowledgeStore } = await import('../engine/store.js');
  const t0 = performance.now();
  const store = new KnowledgeStore([scaleDir(n)], { cacheDir: scaleCache(n) });
  console.log(JSON.stringify({ coldMs: performance.now() - t0, parsed: store.startup.parsed }));
}

/** Child: a restart at `n` documents from the cache (process start to ready), then warm questions that name their document. */
async function scaleRestart(n: number): Promise<void> {
  const { KnowledgeStore } = await import('../engine/store.js');
  const store = new KnowledgeStore([scaleDir(n)], { cacheDir: scaleCache(n) });
  const readyMs = performance.now();
  const { documents } = store.engine;
  const questions = Array.from({ length: 1000 }, (_, i) => `${documents[(i * 7) % documents.length].facts.identity.department}的${SCALE_TOPICS[i % SCALE_TOPICS.length]}`);
  // Every document asked once before timing: its typo vocabulary and indexes are built on its first question.
  for (const q of new Set(questions)) store.ask(q, 'warmup');
  const warm = timeEach(questions, (q) => store.ask(q, 'bench'));
  rmSync(scaleDir(n), { recursive: true, force: true });
  rmSync(scaleCache(n), { recursive: true, force: true });
  console.log(JSON.stringify({ readyMs, fromCache: store.startup.fromCache, parsed: store.startup.parsed, rss: process.memoryUsage().rss, p50: warm.p50, p99: warm.p99 }));
}

/** 1, 100 and 1,000 documents; 10,000 too with BENCH_SCALE=10000 (about 20 minutes of parsing on 2 busy cores). */
function scaleSizes(): number[] {
  const largest = Number(process.env.BENCH_SCALE) || 1000;
  return [1, 100, 1000, 10_000].filter((n) => n <= largest);
}

async function scaleBench(): Promise<void> {
  console.log('\n== scale (documents generated from the five real ones; a cold start fills the knowledge cache, a restart loads from it)');
  const child = (flag: string, n: number) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=8192', LAUNCH, SELF, flag, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  for (const n of scaleSizes()) {
    process.stderr.write(`parsing ${n} documents…\n`);
    const cold = child('--scale-cold', n);
    const restart = child('--scale-restart', n);
    console.log(`${String(n).padStart(6)} docs: cold parse ${(cold.coldMs / 1000).toFixed(2)} s (${cold.parsed} parsed); restart from cache ready in ${(restart.readyMs / 1000).toFixed(2)} s from process start (${restart.fromCache} from cache, ${restart.parsed} parsed), RSS ${mb(restart.rss)}, warm p50 ${ms(restart.p50)}, p99 ${ms(restart.p99)} (questions naming their document)`);
  }
  console.log('targets at 10,000 documents: restart from cache ready ≤ 10 s, warm p99 ≤ 2 ms, RSS ≤ 2 GB (BENCH_SCALE=10000 runs that size)');
}

/** Files an attacker or a broken export could drop in a watched folder, each 100 KB or so. */
const ADVERSARIAL: [string, () => string][] = [
  ['100 KB of spaces on one line', () => ' '.repeat(100_000)],
  ['a 200 000-character first line', () => '三公经费'.repeat(50_000)],
  ['100 KB of digits', () => '1'.repeat(100_000)],
  ['100 KB of figures and punctuation', () => '一二三 12.5 万元 ，、'.repeat(8_000)],
  ['100 KB of table rules', () => '| 1 | 2 | 3 |\n'.repeat(7_000)],
];

async function adversarialBench(): Promise<void> {
  const { parseDocument } = await import('../parse/document.js');
  console.log('\n== adversarial files (parse time, linear-time patterns)');
  for (const [name, make] of ADVERSARIAL) {
    const text = make();
    const started = performance.now();
    parseDocument('adversarial.txt', text);
    console.log(`${name}: ${(performance.now() - started).toFixed(0)} ms`);
  }
  console.log('target: each well under a second (was 146 s for 100 KB of spaces before the patterns were made linear)');
  // The real disclosures beside the seed, each parsed whole: the slowest one is what a reload waits for.
  const shared = fileURLToPath(new URL('../../../shared/docs/', import.meta.url));
  if (!existsSync(shared)) return;
  const times = readdirSync(shared).filter((f) => f.endsWith('.txt')).map((file) => {
    const text = readFileSync(join(shared, file), 'utf8');
    const started = performance.now();
    parseDocument(file, text);
    return { file, ms: performance.now() - started };
  });
  const slowest = times.sort((a, b) => b.ms - a.ms)[0];
  if (slowest) console.log(`shared disclosures: slowest parse ${slowest.ms.toFixed(0)} ms (${slowest.file}) of ${times.length}; target ≤ 100 ms`);
}

/** The longest pause of the event loop (answering) while a folder holding an adversarial file reloads. */
async function reloadPauseBench(): Promise<void> {
  const { KnowledgeStore } = await import('../engine/store.js');
  const dir = join(tmpdir(), `budget-bot-pause-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'seed.txt'), readFileSync(REAL_DOCS[0], 'utf8'));
  // Fresh content for each measure, so that no cached line makes a parse look cheap.
  const hostile = (tag: string) => writeFileSync(join(dir, 'adversarial.txt'), `${tag}${'三公经费'.repeat(25_000)}\n${tag}${' '.repeat(100_000)}\n${tag}${'一二三 12.5 万元 ，、'.repeat(8_000)}\n`);
  hostile('a');
  const store = new KnowledgeStore([dir]);
  store.engine.warmSearch();
  // The longest gap between questions asked every 5 ms while the reload runs: a blocked thread shows as a gap.
  const pauses = async (reload: () => unknown) => {
    let last = performance.now();
    let longest = 0;
    const asking = setInterval(() => {
      store.ask('三公经费多少');
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    await new Promise((r) => setTimeout(r, 50));
    await reload();
    await new Promise((r) => setTimeout(r, 50));
    clearInterval(asking);
    return longest;
  };
  hostile('b');
  const onMain = await pauses(() => store.reload());
  hostile('c');
  const inWorker = await pauses(() => store.reloadInBackground());
  rmSync(dir, { recursive: true, force: true });
  console.log('\n== reload of a folder holding the seed and a fresh hostile file (a 200 000-character line, 100 KB of spaces, 100 KB of figures), questions every 5 ms');
  console.log(`longest pause of answering: ${inWorker.toFixed(0)} ms with the worker (the watcher's way), ${onMain.toFixed(0)} ms parsing on the main thread; target ≤ 50 ms`);
}

/** The largest shared original PDF loaded as a disclosure: the reader process, pdf.js, the layout and the parse. */
async function pdfBench(): Promise<void> {
  const originals = join(ROOT, '..', 'shared', 'docs', 'originals');
  if (!existsSync(originals)) return;
  const { loadDocuments } = await import('../parse/load.js');
  const timed = (path: string) => {
    const started = performance.now();
    const [document] = loadDocuments([path]).documents;
    return { ms: performance.now() - started, pages: document?.text.pageCount ?? 0 };
  };
  const pdfs = readdirSync(originals)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => ({ name: f, path: join(originals, f), size: statSync(join(originals, f)).size, ...timed(join(originals, f)) }));
  if (!pdfs.length) return;
  console.log('\n== PDF load (each shared original once; the longest and the largest again, median of 3; the reader process\'s start included)');
  for (const pdf of pdfs) console.log(`${pdf.name}: ${pdf.pages} pages, ${mb(pdf.size)}, ${pdf.ms.toFixed(0)} ms`);
  const longest = pdfs.reduce((a, b) => (b.pages > a.pages ? b : a));
  const largest = pdfs.reduce((a, b) => (b.size > a.size ? b : a));
  for (const [what, pdf] of [['longest', longest], ['largest', largest]] as const) {
    const times = [pdf.ms, timed(pdf.path).ms, timed(pdf.path).ms].sort((a, b) => a - b);
    console.log(`${what}: ${pdf.name} (${pdf.pages} pages, ${mb(pdf.size)}) loads in ${times[1].toFixed(0)} ms`);
  }
  console.log('target: a 50-page PDF in ≤ 2000 ms');
}

/** Heap after a million distinct users each ask once, and a million distinct Slack event ids. */
async function boundsBench(): Promise<void> {
  const { RateLimiter } = await import('../bot/rateLimiter.js');
  const { RecentIds } = await import('../bot/recentIds.js');
  const limiter = new RateLimiter(20, 60_000);
  const seen = new RecentIds();
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as () => void;
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 1_000_000; i++) {
    limiter.allow(`slack:U${i}`);
    seen.firstTime(`Ev${i}`);
  }
  // A full collection first, so that the heap shows what the maps keep, not garbage not yet collected.
  collect();
  const heap = process.memoryUsage().heapUsed;
  console.log('\n== memory bounds: 1 000 000 distinct users asking once, 1 000 000 distinct event ids');
  console.log(`rate limiter keeps ${limiter.size} users, retry de-duplication ${seen.size} ids; heap ${mb(heap)} (${mb(heapBefore)} before them, after a full collection); target ≤ 150 MB`);
}

const args = process.argv.slice(2);
if (args[0] === '--cold') await coldStart();
else if (args[0] === '--scale-cold') await scaleCold(Number(args[1]));
else if (args[0] === '--scale-restart') await scaleRestart(Number(args[1]));
else if (args.includes('--scale-only')) await scaleBench();
else if (args[0] === '--desk') await deskBench();
else {
  await seedBench();
  await adversarialBench();
  await reloadPauseBench();
  await pdfBench();
  await boundsBench();
  await deskBench();
  if (!args.includes('--seed-only')) await scaleBench();
}
