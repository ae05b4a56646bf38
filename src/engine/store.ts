/**
 * The knowledge in service, reloadable without a restart. A reload replaces the documents only
 * when the new set parses; otherwise the old keeps serving and the errors are reported. Each
 * reload reports what changed: documents added or removed, and figures that changed.
 */
import { watch, type FSWatcher } from 'node:fs';
import type { Answer } from '../answer/answer.js';
import type { ParsedDocument } from '../parse/document.js';
import { loadDocuments, type LoadResult } from '../parse/load.js';
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
  /** How documents are read. Default: loadDocuments. */
  load?: (paths: string[]) => LoadResult;
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

export class KnowledgeStore {
  private current: Engine;
  private readonly load: (paths: string[]) => LoadResult;

  constructor(
    private readonly paths: string[],
    private readonly options: StoreOptions = {},
  ) {
    this.load = options.load ?? loadDocuments;
    const { documents, errors } = this.load(paths);
    this.current = new Engine(documents, options);
    this.startupErrors = errors;
  }

  /** Files that could not be loaded at start. */
  readonly startupErrors: string[];

  get engine(): Engine {
    return this.current;
  }

  ask(question: string, session?: string, hints?: { defaultDocument?: string }): Answer {
    return this.current.ask(question, session, hints);
  }

  reload(): ReloadReport {
    let result: LoadResult;
    try {
      result = this.load(this.paths);
    } catch (error) {
      return { replaced: false, added: [], removed: [], changed: [], errors: [String(error)] };
    }
    if (!result.documents.length) return { replaced: false, added: [], removed: [], changed: [], errors: result.errors.length ? result.errors : ['no document could be loaded'] };
    const diff = diffDocuments(this.current.documents, result.documents);
    this.current = new Engine(result.documents, { ...this.options, sessions: this.current.sessions });
    return { replaced: true, ...diff, errors: result.errors };
  }

  /** Reloads when files under the paths change (debounced), reporting each reload. Returns a stop function. */
  watch(onReload: (report: ReloadReport) => void, debounceMs = 500): () => void {
    let timer: NodeJS.Timeout | undefined;
    const watchers: FSWatcher[] = this.paths.map((path) =>
      watch(path, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => onReload(this.reload()), debounceMs);
      }),
    );
    return () => {
      clearTimeout(timer);
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
