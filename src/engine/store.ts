/**
 * The knowledge in service, reloadable without a restart. A reload replaces documents one by one:
 * a document whose new version fails to load or looks cut short keeps serving its old version,
 * with a warning; files are read only once stable. Each
 * reload reports what changed: documents added or removed, and figures that changed.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Answer } from '../answer/answer.js';
import type { ParsedDocument } from '../parse/document.js';
import { loadDocuments, type LoadResult } from '../parse/load.js';
import { loadInWorker } from '../parse/loadInWorker.js';
import { Engine, type EngineOptions } from './engine.js';

export interface ReloadReport {
  /** False when the old knowledge was kept. */
  replaced: boolean;
  added: string[];
  removed: string[];
  /** `file: 机关运行经费 78.66 → 80` lines. */
  changed: string[];
  errors: string[];
}

export interface StoreOptions extends EngineOptions {
  /**
   * How long a version with far fewer figures than the one in service must stay unchanged before it
   * is taken as meant and served (a stalled upload is not). The watcher checks again after this long.
   * Default: 10 000 ms.
   */
  confirmShortMs?: number;
  /** The clock, for tests. Default: Date.now. */
  now?: () => number;
  /** How documents are read. Default: loadDocuments. */
  load?: (paths: string[]) => LoadResult;
  /** How the watcher reads them, off the main thread. Default: loadDocuments in a worker thread. */
  loadInBackground?: (paths: string[]) => Promise<LoadResult>;
  /** Where the default loaders keep parsed fact bases between starts (DATA_DIR). Default: none. */
  cacheDir?: string;
}

function figures(doc: ParsedDocument): Map<string, string> {
  const f = doc.facts;
  return new Map<string, string>([
    ...f.amounts.map((a) => [`${a.label}`, `${a.value}`] as [string, string]),
    ...f.counts.map((c) => [`${c.label}`, `${c.value}`] as [string, string]),
    ['政府采购明细条数', `${f.procurement.items.length}`],
    ['绩效目标表张数', `${f.projectTables.length}`],
  ]);
}

function diffDocuments(before: ParsedDocument[], after: ParsedDocument[]): Pick<ReloadReport, 'added' | 'removed' | 'changed'> {
  const id = (d: ParsedDocument) => d.facts.identity.id;
  const old = new Map(before.map((d) => [id(d), d]));
  const now = new Map(after.map((d) => [id(d), d]));
  const changed: string[] = [];
  for (const [key, doc] of now) {
    const previous = old.get(key);
    if (!previous) continue;
    const a = figures(previous);
    for (const [label, value] of figures(doc)) {
      const was = a.get(label);
      if (was !== value) changed.push(`${key}: ${label} ${was ?? '—'} → ${value}`);
    }
    for (const [label, value] of a) if (!figures(doc).has(label)) changed.push(`${key}: ${label} ${value} → —`);
  }
  return { added: [...now.keys()].filter((k) => !old.has(k)), removed: [...old.keys()].filter((k) => !now.has(k)), changed };
}

/** Every file's size and mtime under the paths: equal twice over an interval, the files are stable. */
function snapshot(paths: string[]): string {
  const out: string[] = [];
  const visit = (path: string, depth: number) => {
    try {
      const stat = statSync(path);
      if (stat.isDirectory() && depth < MAX_DEPTH) for (const name of readdirSync(path)) visit(join(path, name), depth + 1);
      else out.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      out.push(`${path}:gone`);
    }
  };
  for (const path of paths) visit(path, 0);
  return out.sort().join('\n');
}
/** Folder depth the stability snapshot looks into, past which a link loop would take it. */
const MAX_DEPTH = 8;

/** Figures of a document: what a truncated file loses. */
function figureCount(doc: ParsedDocument): number {
  const f = doc.facts;
  return f.amounts.length + f.lineItems.length + f.procurement.items.length + f.projectTables.length;
}

/** Share of its previous figures below which a new version is taken for a file cut short. */
const CUT_SHORT = 0.5;
const CONFIRM_SHORT_MS = 10_000;

function cutShort(previous: ParsedDocument, next: ParsedDocument): boolean {
  return figureCount(next) < figureCount(previous) * CUT_SHORT;
}

export class KnowledgeStore {
  private current: Engine;
  /** Files whose new version looked cut short: that version's text and when it was first read. */
  private readonly doubted = new Map<string, { stream: string; since: number }>();
  private readonly load: (paths: string[]) => LoadResult;

  constructor(
    private readonly paths: string[],
    private readonly options: StoreOptions = {},
  ) {
    const loadOptions = options.cacheDir ? { cacheDir: options.cacheDir } : {};
    this.load = options.load ?? ((files) => loadDocuments(files, loadOptions));
    this.loadInBackground = options.loadInBackground ?? ((files) => loadInWorker(files, loadOptions));
    const { documents, errors, parsed = documents.length, fromCache = 0 } = this.load(paths);
    this.current = new Engine(documents, options);
    this.startupErrors = errors;
    this.startup = { parsed, fromCache };
  }

  /** Files that could not be loaded at start. */
  readonly startupErrors: string[];
  /** How the start loaded: documents parsed, and taken unparsed from the knowledge cache. */
  readonly startup: { parsed: number; fromCache: number };
  private readonly loadInBackground: (paths: string[]) => Promise<LoadResult>;

  /** Ready to answer: knowledge is loaded and holds a document. What a health check (/healthz) reports. */
  get ready(): boolean {
    return this.current.documents.length > 0;
  }

  private get confirmShortMs(): number {
    return this.options.confirmShortMs ?? CONFIRM_SHORT_MS;
  }

  /** Whether a version that looked cut short waits to be confirmed by a later reload. */
  get awaitingConfirmation(): boolean {
    return this.doubted.size > 0;
  }

  get engine(): Engine {
    return this.current;
  }

  ask(question: string, session?: string, hints?: { defaultDocument?: string }): Answer {
    return this.current.ask(question, session, hints);
  }

  /**
   * Reloads per document: a document whose new version fails to load, or looks cut short (a file
   * read while still being written), keeps serving its previous version, with a warning.
   */
  reload(): ReloadReport {
    let result: LoadResult;
    try {
      result = this.load(this.paths);
    } catch (error) {
      return { replaced: false, added: [], removed: [], changed: [], errors: [String(error)] };
    }
    return this.replaceWith(result);
  }

  /** As `reload`, with the files read and parsed in a worker thread: answering never pauses for a load. */
  async reloadInBackground(): Promise<ReloadReport> {
    let result: LoadResult;
    try {
      result = await this.loadInBackground(this.paths);
    } catch (error) {
      return { replaced: false, added: [], removed: [], changed: [], errors: [String(error)] };
    }
    return this.replaceWith(result);
  }

  private replaceWith(loaded: LoadResult): ReloadReport {
    // A document whose text did not change is the same document: kept as it is, with its indexes.
    const unchanged = (doc: ParsedDocument) => this.current.parsed.find((d) => d.facts.identity.file === doc.facts.identity.file && d.text.stream === doc.text.stream);
    const result = { ...loaded, documents: loaded.documents.map((doc) => unchanged(doc) ?? doc) };
    const errors = [...result.errors];
    const failed = new Set(result.failedFiles ?? []);
    const fresh = new Map(result.documents.map((d) => [d.facts.identity.file, d]));
    const documents = result.documents.map((doc) => {
      const previous = this.current.parsed.find((d) => d.facts.identity.file === doc.facts.identity.file);
      const file = doc.facts.identity.file;
      if (!previous || !cutShort(previous, doc)) {
        this.doubted.delete(file);
        return doc;
      }
      // The same short version still there after the confirmation period was meant: it is served then.
      const now = (this.options.now ?? Date.now)();
      const doubt = this.doubted.get(file);
      if (doubt?.stream === doc.text.stream && now - doubt.since >= this.confirmShortMs) {
        this.doubted.delete(file);
        return doc;
      }
      if (doubt?.stream !== doc.text.stream) this.doubted.set(file, { stream: doc.text.stream, since: now });
      errors.push(`${doc.facts.identity.file}: the new version holds far fewer figures (${figureCount(doc)} against ${figureCount(previous)}); still being written? The previous version stays in service`);
      return previous;
    });
    for (const previous of this.current.parsed) {
      const file = previous.facts.identity.file;
      if (failed.has(file) && !fresh.has(file)) {
        documents.push(previous);
        errors.push(`${file}: the new version could not be loaded; the previous version stays in service`);
      }
    }
    if (!documents.length) return { replaced: false, added: [], removed: [], changed: [], errors: errors.length ? errors : ['no document could be loaded'] };
    const diff = diffDocuments(this.current.parsed, documents);
    this.current = new Engine(documents, { ...this.options, sessions: this.current.sessions });
    return { replaced: true, ...diff, errors };
  }

  /**
   * Reloads when files under the paths change, reporting each reload. Returns a stop function.
   * Files are read only once they are stable: no change to any size or mtime over `debounceMs`,
   * so that a file being copied or written slowly is not read half-way.
   */
  watch(onReload: (report: ReloadReport) => void, debounceMs = 500): () => void {
    let timer: NodeJS.Timeout | undefined;
    let confirm: NodeJS.Timeout | undefined;
    let seen = '';
    const settle = () => {
      const now = snapshot(this.paths);
      if (now !== seen) {
        seen = now;
        timer = setTimeout(settle, debounceMs);
        return;
      }
      void this.reloadInBackground().then((report) => {
        onReload(report);
        // A short version is served only if still there once confirmShortMs has passed: look again then.
        if (this.awaitingConfirmation) {
          clearTimeout(confirm);
          confirm = setTimeout(settle, this.confirmShortMs);
        }
      });
    };
    const watchers: FSWatcher[] = this.paths.map((path) =>
      watch(path, { recursive: true }, () => {
        clearTimeout(timer);
        seen = snapshot(this.paths);
        timer = setTimeout(settle, debounceMs);
      }),
    );
    return () => {
      clearTimeout(timer);
      clearTimeout(confirm);
      watchers.forEach((w) => w.close());
    };
  }
}

export function reportText(report: ReloadReport): string {
  if (!report.replaced) return `重新加载失败，继续使用原有数据：${report.errors.join('；')}`;
  const parts = [
    report.added.length ? `新增 ${report.added.join('、')}` : '',
    report.removed.length ? `移除 ${report.removed.join('、')}` : '',
    report.changed.length ? `变化 ${report.changed.length} 项：\n${report.changed.slice(0, 20).join('\n')}` : '',
    report.errors.length ? `未能载入：${report.errors.join('；')}` : '',
  ].filter(Boolean);
  return `已重新加载。${parts.length ? parts.join('\n') : '没有变化。'}`;
}
