/**
 * One scored resolver of what a question names among a document's named things. Each thing is
 * matched by character bigrams of its name and of its core (the name without generic endings),
 * each bigram weighted by how few names share it, so that 扫描档案 finds 档案扫描服务费 and 技术评估
 * finds 建设项目环境影响技术评估服务费 while 费 or 服务 alone find nothing. Bigrams need no word list
 * and no tokenizer load, which keeps every answer within a millisecond.
 */
import { bigrams, inOrder, mention, type Entity, type EntityKind } from '../search/entities.js';
import { GENERIC_ENDING, nameForms } from './shortNames.js';

export interface Reading {
  entity: Entity;
  /** Bigrams of the best-matched form found in the question. */
  matched: number;
  /** Share of that form's bigrams found in the question (1: named in full). */
  coverage: number;
  /** The matched bigrams' weights summed: how much of what singles the thing out the question says. */
  weight: number;
  /** Read from two characters said first (环评 of 环评一年评审多少次): the caller checks what is asked of it fits. */
  lead?: boolean;
  /** Read as the head of the family of lines a word leads (住房 of 住房保障支出): named, though by one word. */
  family?: boolean;
}

interface Form {
  text: string;
  grams: string[];
}

/** A year (2020年) and the money unit a figure is asked in (多少万元): a name's own figures (台式计算机（20万以上）) stay. */
const FIGURE_SAID = /\d{4}年|(?<=多少|几)(?:万元|亿元|元)/g;

/** Abbreviations read: their length, and how many names may hold one before it says too little. */
const ABBREVIATION = { min: 3, max: 6, holders: 2, leading: 2 };

/** Characters that join a clause's words and belong to no name: 来, 不, 都, 这 … */
const FUNCTION_CHARS = /[来去不没也都就还让给被把为这那着过么吧啊呀和跟与及]/;

/** What parts a clause into the words a thing may be said by: its function characters, and words of hearsay or time (刻章|听说|现在). */
const CLAUSE_PARTS = new RegExp(`${FUNCTION_CHARS.source}|听说|据说|好像|现在`);

/** Words that say the thing after them is inside the thing before (信访事务下面一般行政管理事务). */
const SCOPE_WORD = /下面|下边|底下|里面|里头/;
/** Words around an abbreviation that name no thing: 四农普项目安排了 → 四农普; 工装这衣服 → 工装, 衣服; 退休人员 → 退休; 穿工装的 → 工装; 信访事务下面一般行管事务 → both. */
const GENERIC_WORDS = new RegExp(`${SCOPE_WORD.source}|穿着?|戴着?|项目|安排|预算|经费|资金|费用|支出|采购|购买|购置|情况|物品|东西|货物|(?<=[退离]休)人员|老同志|同志|[这那](?:个|些|种|件|项|笔)?|了|的`);
/** A piece that is only the asker's word for the body (单位 of 咱们单位今年): no thing's name. */
const BODY_ALONE = /^(?:单位|部门|局里|机关|本单位|本部门)$/;
/** When, said at a word's edge (刻章一年, 今年工装): no part of a name. */
export const TIME_AT_EDGE = /^(?:一年|今年|每年|全年|明年|去年)|(?:一年|今年|每年|全年|明年|去年)$/g;


/** How much the bigrams' rarity counts beside their number: enough to break ties toward rarer words. */
export const IDF_SHARE = 0.1;
/** A name given in full outranks a longer one given in part (信访事务 over 其他信访事务支出). */
const FULL_NAME_BONUS = 2;

/** How far a more specific reading is put ahead of the general one it holds: enough to outrank, not to leap others. */
const SPECIFIC_LEAD = 0.01;

/** The one scoring function: bigrams matched, the share of the name they cover, their rarity. */
export function readingScore(r: Reading): number {
  return r.matched + r.coverage + (r.coverage === 1 ? FULL_NAME_BONUS : 0) + IDF_SHARE * r.weight;
}
/** A run of this many characters shared with one name alone names it (技术评估). */
const DISTINCT_RUN = 4;
/** Bigrams, each in a few names only, that together name the one name holding them all. */
const RARE_WORDS = 3;
/** A bigram in this few names still narrows a question to them (工装 in two projects' names). */
const RARE_IN = 3;

/** Characters of a piece of the question that names a thing of its own by its ending (全国信访信息系统维护费). */
const NAMED_PIECE = 7;
/** The endings a name of a thing of its own has (…费, …项目, …系统). */
const NAME_END = /(?:费|经费|项目|专项|工程|系统|平台)$/;
/** Characters a clause of the asker's has and a name does not (统计局在外面租办公房). */
const CLAUSE_CHARS = /[在了给我你他她们吗呢吧啊呀]/;
/** Characters of an abbreviation that outranks another thing's partial reading (可研评审费). */
const LONG_ABBREVIATION = 5;
/** Verbs of giving money said right after a thing's name (可研评审费给了, 培训费批了). */
const GIVEN_AFTER = /(?:给|批|拨)$/;
/** An abbreviation's characters stand apart in the name: run together, they are a word of it, which bigrams read. */
const stands = (piece: string, name: string) => inOrder(piece, name) && !name.includes(piece);

/** A word's last `min` to `max` characters, shorter than the word itself. */
function endings(word: string, min: number, max: number): string[] {
  const out: string[] = [];
  for (let len = min; len <= max && len < word.length; len++) out.push(word.slice(-len));
  return out;
}

/** 咱们工装 / 我们单位的 / (那)个工装: whose the thing is, or the measure word pointing at it, said before its name. */
const WHOSE = /^(?:(?:咱们|我们|你们|他们|咱|俺们)(?:单位|局|部门|这边|那边)?(?:的)?|个(?=[\u4e00-\u9fa5]{2}))/;

/** A project described by its goal: words that at most `fewGoals` goals hold, at least `minWords` of them. */
const DESCRIBED = { fewGoals: 2, minWords: 2 };

/** The leading characters of a word tried as the word a family of classified lines starts with (住房, 社会保障). */
const FAMILY_WORD = { min: 2, max: 4 };
/** What may follow the word that names a family: nothing, or money said in general (住房钱, 社保方面的开支). */
const FAMILY_REST = /^(?:的)?(?:钱|经费|支出|开支|开销|花销|资金|方面|上)?$/;
/** How far a family's head is put ahead of the readings of its members: past the margin that makes them rivals. */
const FAMILY_LEAD = 0.2;

export class Resolver {
  private readonly forms = new Map<Entity, Form[]>();
  /** A project's goal, as bigrams: what the thing is for, which a question may describe it by. */
  private readonly goals = new Map<Entity, Set<string>>();
  /** bigram → how many goals hold it. */
  private readonly goalDf = new Map<string, number>();
  private readonly idf = new Map<string, number>();
  /** Bigrams found in exactly one name. */
  private readonly unique = new Set<string>();
  /** The classified lines, whose families a leading word may name. */
  private readonly lineItems: (Entity & { kind: 'lineItem' })[];
  /** The classified lines by the characters their names start with: a family is sought without a scan. */
  private readonly linesByLead = new Map<string, (Entity & { kind: 'lineItem' })[]>();
  /** Bigrams found in a few names only. */
  private readonly rare = new Set<string>();
  /** bigram → the things whose name forms hold it: a question is matched only against things it shares a bigram with. */
  private readonly holders = new Map<string, Set<Entity>>();
  /** character → the things whose name forms hold it: an abbreviation is sought only where its first character stands. */
  private readonly charHolders = new Map<string, Entity[]>();

  /** character → other names (the knowledge's terms) whose characters an abbreviation may also stand for. */
  private readonly rivalHolders = new Map<string, string[]>();

  /** The first two characters of the body's own names: its place (北京, 江苏), no word of any thing's. */
  private readonly ownLeads: Set<string>;

  /**
   * `rivalNames`: names that are no thing of the document but that a short word may abbreviate as well
   * (人员经费 for 人经): an abbreviation they also hold is no single thing's. `ownNames`: the body's own
   * names (北京市统计局), whose start is a place.
   */
  constructor(entities: Entity[], rivalNames: Iterable<string> = [], ownNames: Iterable<string> = []) {
    this.ownLeads = new Set([...ownNames].map((n) => n.slice(0, 2)));
    this.lineItems = entities.filter((e): e is Entity & { kind: 'lineItem' } => e.kind === 'lineItem');
    for (const line of this.lineItems) {
      const lead = line.name.slice(0, FAMILY_WORD.min);
      const list = this.linesByLead.get(lead);
      if (list) list.push(line);
      else this.linesByLead.set(lead, [line]);
    }
    for (const name of new Set(rivalNames)) {
      for (const ch of new Set(name)) {
        const list = this.rivalHolders.get(ch);
        if (list) list.push(name);
        else this.rivalHolders.set(ch, [name]);
      }
    }
    const df = new Map<string, number>();
    const names = new Set<string>();
    const shared = sharedPlace(entities);
    for (const entity of entities) {
      const place = shared.get(entity.kind);
      const own = place && entity.name.startsWith(place) && entity.name.length - place.length >= 2 ? [entity.name.slice(place.length)] : [];
      const forms = [...nameForms(entity.name), ...own, ...withoutClassStem(entity, this.lineItems), ...classByLead(entity, this.lineItems)].map((text) => ({ text, grams: [...bigrams(text)] }));
      this.forms.set(entity, forms);
      for (const ch of new Set(forms.map((f) => f.text).join(''))) {
        const list = this.charHolders.get(ch);
        if (list) list.push(entity);
        else this.charHolders.set(ch, [entity]);
      }
      for (const gram of forms.flatMap((f) => f.grams)) {
        let set = this.holders.get(gram);
        if (!set) this.holders.set(gram, (set = new Set()));
        set.add(entity);
      }
      if (names.has(entity.name)) continue;
      names.add(entity.name);
      for (const gram of new Set(forms.flatMap((f) => f.grams))) df.set(gram, (df.get(gram) ?? 0) + 1);
    }
    for (const entity of entities) {
      // What a thing is for: a project's goal, or what a 决算 line or a stated sum is mainly used for (主要用于…).
      const purpose = entity.kind === 'table' ? entity.table.goal : entity.kind === 'execution' ? entity.statement.uses : entity.kind === 'statedAmount' ? entity.amount.uses : undefined;
      if (!purpose) continue;
      const grams = new Set([...bigrams(purpose)].filter((g) => /^[\u4e00-\u9fa5]{2}$/.test(g)));
      this.goals.set(entity, grams);
      for (const gram of grams) this.goalDf.set(gram, (this.goalDf.get(gram) ?? 0) + 1);
    }
    for (const [gram, n] of df) {
      this.idf.set(gram, Math.log(1 + names.size / n));
      if (n === 1) this.unique.add(gram);
      if (n <= RARE_IN) this.rare.add(gram);
    }
  }

  /**
   * The things the text mentions, best first. `prefer` adds to a kind's score where the question's
   * words favour it (采购 → procurement rows); `kinds` limits the search.
   */
  readings(text: string, prefer: (kind: EntityKind) => number = () => 0, kinds?: EntityKind[], subjectText?: string): Reading[] {
    // 2020年…减少多少万元 names nothing by its year or unit (单价在20万元以上的设备); 12345热线 names by its digits.
    const q = bigrams(text.replace(FIGURE_SAID, '|'));
    // The words left between the asking words (工装 in 工装多久换一次), each a candidate short name.
    // Generic words (项目, 采购, 经费 …) part them further: 装修采购 is the short name 装修.
    const pieces = subjectText === undefined ? [] : subjectText.split(/\|+/).map((p) => p.replace(WHOSE, '')).flatMap((p) => p.split(GENERIC_WORDS)).map((p) => p.replace(TIME_AT_EDGE, '')).filter((p) => p.length >= 2 && !BODY_ALONE.test(p));
    // 印刷费 for 其他印刷服务: a piece said with a generic ending (费, 服务费) also stands for its stem.
    const pieceWords = pieces.flatMap((p) => {
      const stem = p.replace(GENERIC_ENDING, '');
      return stem !== p && stem.length >= 2 ? [p, stem] : [p];
    });
    // Names of things of the question's own (全国信访信息系统维护费), found once for every candidate's forms.
    const named = pieceWords.filter((p) => p.length >= NAMED_PIECE && NAME_END.test(p) && !CLAUSE_CHARS.test(p)).map((piece) => ({ piece, grams: bigrams(piece) }));
    const found: (Reading & { score: number })[] = [];
    // Only things sharing a bigram with the question can match it at all.
    const candidates = new Set<Entity>();
    for (const gram of q) for (const entity of this.holders.get(gram) ?? []) candidates.add(entity);
    for (const entity of candidates) {
      const forms = this.forms.get(entity)!;
      if (kinds && !kinds.includes(entity.kind)) continue;
      let best: Reading | undefined;
      for (const form of forms) {
        const reading = this.match(q, text, entity, form, subjectText === undefined ? undefined : pieceWords, named);
        if (reading && (!best || readingScore(reading) > readingScore(best))) best = reading;
      }
      if (best) found.push({ ...best, score: readingScore(best) + prefer(entity.kind) });
    }
    // An abbreviation (可研评审费) outranks the same thing's, or another thing's, partial bigram match.
    // Two characters said first (环评一年评审多少次) are the weakest reading: taken only where nothing else is.
    const words = pieces;
    const leading = found.length ? [] : words.filter((w) => w.length >= ABBREVIATION.leading).map((w) => w.slice(0, ABBREVIATION.leading));
    // A long piece runs a clause together (企业来刻公章不收钱): its function characters part it into candidates (刻公章).
    // 可研评审费给了多少: the verb of giving after the word (给, 批, 拨) is no part of it.
    const parted = words.flatMap((p) => (p.length > ABBREVIATION.max ? p.split(FUNCTION_CHARS) : [p])).map((p) => p.replace(GIVEN_AFTER, ''));
    const whole = parted.filter((p) => p.length >= ABBREVIATION.min && p.length <= ABBREVIATION.max);
    // 听说刻公章不要钱: where nothing is read, an abbreviation may stand inside a clause of other words (刻公章),
    // taken where its characters stand apart in one name alone.
    // The thing ends its clause (…刻公章|不要钱): the clause's last characters are tried, not every run of
    // it, and only from a character few names hold (刻), which a word of the clause (其中人员) seldom starts with.
    // 免费给刻章: a two-character word the clause's function characters set apart (刻章), from a rare character,
    // is an abbreviation as a whole piece is.
    // A clause's function characters end the word before them whatever the clause's length (会儿刻章|没要钱).
    const clauses = words.flatMap((p) => p.split(CLAUSE_PARTS));
    const pairs = found.length ? [] : clauses.filter((p) => p.length === ABBREVIATION.leading && !words.includes(p) && this.rareChar(p[0]));
    const clauseEndings = found.length ? [] : [...pairs, ...clauses.flatMap((p) => endings(p, ABBREVIATION.leading, ABBREVIATION.min + 1))].filter((e) => this.rareChar(e[0]));
    const inner = this.abbreviated(clauseEndings, kinds).filter((r) => this.holdersNamed(r.piece, kinds) === 1);
    // 开公司刻章免费了: two characters anywhere in a clause that stand apart in one name alone, where the question
    // also says a word of that name (免费), are that name's abbreviation: two signs of one thing.
    const windows = found.length ? [] : [...new Set(clauses.flatMap((p) => [...p].slice(1).map((ch, i) => `${p[i]}${ch}`)))].filter((w) => this.rareChar(w[0]));
    const supported = this.abbreviated(windows, kinds).filter((r) => candidates.has(r.entity) && this.holdersNamed(r.piece, kinds) === 1);
    // A two-character word that is all of its piece (刻章 of 刻制公章) and stands apart in one name alone is
    // that name's abbreviation, not merely its leading characters.
    const lead = (l: Reading & { piece: string }) => ({ ...l, lead: !(words.includes(l.piece) && this.holdersNamed(l.piece, kinds) === 1) });
    const wholeAbbreviations = this.abbreviated(whole, kinds);
    for (const r of [...wholeAbbreviations, ...inner, ...supported, ...this.abbreviated(leading, kinds).map(lead)]) {
      // 中职教育支出: a name said in full (教育支出) that leaves two of the piece's characters unsaid (中职) is
      // a word of the abbreviation the piece is (中等职业教育), which outranks it.
      const unsaid = (name: string) => [...r.piece].filter((ch) => !name.includes(ch)).length;
      const outranks = found.filter((f) => f.coverage === 1 && r.piece.length >= ABBREVIATION.min + 1 && unsaid(f.entity.name) >= 2 && r.piece.includes(f.entity.name.slice(0, 2)));
      // 可研评审费: a whole word of five characters or more, all standing in order in this name, outranks another
      // thing read in part by some of its words (专家评审费 by 评审费), whose name does not hold it so. Four
      // characters in order are too easily found in a long name (服务人员 in 综合便民服务中心人员培训经费).
      const partly = wholeAbbreviations.includes(r) && r.piece.length >= LONG_ABBREVIATION ? found.filter((f) => f.coverage < 1 && f.entity.name !== r.entity.name && !stands(r.piece, f.entity.name)) : [];
      const score = Math.max(readingScore(r) + prefer(r.entity.kind), ...outranks.map((f) => f.score + 0.01), ...partly.map((f) => f.score + 0.01));
      const known = found.findIndex((f) => f.entity === r.entity);
      if (known < 0) found.push({ ...r, score });
      else if (found[known].score < score) found[known] = { ...r, score };
    }
    // 住房那块儿: a word that leads the names of one family of classified lines, and names none in full,
    // names the family's head, ahead of its members the word is also read in; not ahead of other things
    // (信访 leads 信访事务's family, but 信访官网 is a project's).
    if ((!kinds || kinds.includes('lineItem')) && found.every((f) => f.entity.kind === 'lineItem' && f.coverage < 1)) {
      for (const head of this.familyHeads(words)) {
        const known = found.findIndex((f) => f.entity === head.entity);
        const score = Math.max(readingScore(head) + prefer(head.entity.kind), ...found.map((f) => f.score + FAMILY_LEAD));
        if (known < 0) found.push({ ...head, score });
        else found[known] = { ...found[known], family: true, score };
      }
    }
    this.putSpecificAhead(found, q);
    this.putScopedAhead(found, text);
    return found.sort((a, b) => b.score - a.score);
  }

  /**
   * 信访事务下面一般行管事务那个项: what is named after 下面 / 里面 is asked, what is named before it only
   * says where. A thing named more by the words before than after falls behind the things named after.
   */
  private putScopedAhead(found: (Reading & { score: number })[], text: string): void {
    const parts = text.split(SCOPE_WORD);
    if (parts.length !== 2) return;
    const [outer, inner] = parts.map((p) => bigrams(p));
    const said = (r: Reading, grams: Set<string>) => this.forms.get(r.entity)!.reduce((most, f) => Math.max(most, f.grams.filter((g) => grams.has(g)).length), 0);
    const asked = found.filter((r) => said(r, inner) > said(r, outer));
    if (!asked.length) return;
    const lead = Math.max(...asked.map((r) => r.score));
    // 政务大厅运行经费里面印刷服务: where the name asked is several rows' of one kind, the words before say which.
    const top = asked.filter((r) => r.score === lead);
    if (top.some((r) => top.filter((o) => o.entity.kind === r.entity.kind).length > 1)) return;
    for (const r of found) if (!asked.includes(r)) r.score = Math.min(r.score, lead - SPECIFIC_LEAD);
  }

  /**
   * 在外面租房子办公 (租赁费 … 办公): a thing whose name holds another's stem (租赁 of 租赁费) and says
   * further words of the question beside it (办公 of 办公用房租赁) is the more specific reading and goes
   * ahead of it. Words that only say what kind of money it is (支出 of 其他信访事务支出) are no further word.
   */
  private putSpecificAhead(found: (Reading & { score: number })[], q: Set<string>): void {
    for (const general of [...found].sort((a, b) => b.score - a.score)) {
      const stem = general.entity.name.replace(GENERIC_ENDING, '');
      if (stem.length < 2) continue;
      // Its bigrams, only once a name holding its stem is met: this runs on every question.
      let own: Set<string> | undefined;
      for (const specific of found) {
        const name = specific.entity.name;
        if (specific.score > general.score || name === general.entity.name || !name.includes(stem)) continue;
        own ??= bigrams(general.entity.name);
        // The words before the name's generic ending (支出 of 其他信访事务支出), as bigrams.
        const named = name.slice(0, name.length - (name.match(GENERIC_ENDING)?.[0].length ?? 0));
        const further = [...bigrams(named)].some((g) => q.has(g) && !own!.has(g));
        if (further) specific.score = general.score + SPECIFIC_LEAD;
      }
    }
  }

  /**
   * Projects described rather than named (拨钱给各区县搞信访工作的那个专项): those whose goal holds at least
   * two words of the question that few goals hold, scored as that many bigrams matched. The caller asks
   * only where the question says it is about a project and no name is read well.
   */
  byGoal(text: string): (Reading & { score: number })[] {
    const asked = new Set(bigrams(text));
    const found: (Reading & { score: number })[] = [];
    for (const [entity, goal] of this.goals) {
      const words = [...asked].filter((g) => goal.has(g) && (this.goalDf.get(g) ?? 0) <= DESCRIBED.fewGoals);
      if (words.length < DESCRIBED.minWords) continue;
      const reading = { entity, matched: words.length, coverage: 0, weight: 0 };
      found.push({ ...reading, score: readingScore(reading) + words.length });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  /**
   * 四农普 for 第四次全国农业普查: a word of the question whose characters stand in order, apart, in a
   * name, where no more than two names hold them so.
   */
  private abbreviated(words: string[], kinds?: EntityKind[]): (Reading & { piece: string })[] {
    const out: (Reading & { piece: string })[] = [];
    for (const piece of words) {
      const holders = (this.charHolders.get(piece[0]) ?? []).map((entity) => [entity, this.forms.get(entity)!] as const).filter(([entity, forms]) => (!kinds || kinds.includes(entity.kind)) && forms.some((f) => stands(piece, f.text)));
      const names = new Set(holders.map(([entity]) => entity.name));
      if (!names.size || names.size > ABBREVIATION.holders) continue;
      for (const [entity, forms] of holders) {
        const form = forms.find((f) => stands(piece, f.text))!;
        out.push({ entity, matched: piece.length - 1, coverage: piece.length / form.text.length, weight: 0, piece });
      }
    }
    return out;
  }

  /**
   * 住房 of 住房保障支出 / 住房改革支出 / 住房公积金: where the names a word leads are classified lines of one
   * family (each code under one of them), that head; lines of another scheme (住房公积金 30113) aside.
   */
  private familyHeads(words: string[]): (Reading & { piece: string })[] {
    const out: (Reading & { piece: string })[] = [];
    for (const word of words) {
      for (let len = Math.min(FAMILY_WORD.max, word.length); len >= FAMILY_WORD.min; len--) {
        const lead = word.slice(0, len);
        const lines = (this.linesByLead.get(lead.slice(0, FAMILY_WORD.min)) ?? []).filter((e) => e.name.startsWith(lead));
        if (!lines.length) continue;
        // The word is all that is said of the area (住房, 住房钱), not the start of a longer phrase (信访官网…).
        if (!FAMILY_REST.test(word.slice(len))) break;
        const head = lines.reduce<(typeof lines)[number] | undefined>((h, e) => (!h || e.item.code.length < h.item.code.length ? e : h), undefined);
        const family = lines.filter((e) => e.item.scheme === head?.item.scheme);
        // The longest lead any name starts with decides: 住房公积 is that line's, not its family's.
        if (head && family.length >= 2 && family.every((e) => e.item.code.startsWith(head.item.code))) out.push({ entity: head, matched: len - 1, coverage: len / head.name.length, weight: 0, piece: lead, family: true });
        break;
      }
    }
    return out;
  }

  /** Whether no more names hold a character than an abbreviation may stand for. */
  private rareChar(ch: string): boolean {
    return new Set((this.charHolders.get(ch) ?? []).map((e) => e.name)).size <= ABBREVIATION.holders;
  }

  /** How many names hold a word's characters apart, in order. */
  private holdersNamed(piece: string, kinds?: EntityKind[]): number {
    const names = new Set<string>();
    for (const entity of this.charHolders.get(piece[0]) ?? []) {
      if ((!kinds || kinds.includes(entity.kind)) && this.forms.get(entity)!.some((f) => stands(piece, f.text))) names.add(entity.name);
    }
    for (const name of this.rivalHolders.get(piece[0]) ?? []) if (stands(piece, name)) names.add(name);
    return names.size;
  }

  /** `pieces`: the question's words between its asking words, where the caller has them (none left: nothing named). */
  private match(q: Set<string>, text: string, entity: Entity, form: Form, pieces?: string[], named: { piece: string; grams: Set<string> }[] = []): Reading | undefined {
    let matched = 0;
    let weight = 0;
    let total = 0;
    let distinct = false;
    let allRare = true;
    let last = '';
    for (const gram of form.grams) {
      const w = this.idf.get(gram) ?? 1;
      total += w;
      if (!q.has(gram)) continue;
      matched++;
      weight += w;
      distinct ||= this.unique.has(gram);
      allRare &&= this.rare.has(gram);
      last = gram;
    }
    if (!matched) return undefined;
    const coverage = form.grams.length ? matched / form.grams.length : 0;
    // One bigram alone must stand inside a word the subject is said in: 共安 of 一共安排 straddles two
    // words of the question and names no 公共安全支出.
    if (matched === 1 && coverage < 1 && pieces && !pieces.some((p) => p.includes(last))) return undefined;
    // 全国信访信息系统维护费的预算执行率: a name of its own the question says (…费, …项目), which this name shares
    // only a few words with (信息, 维护 of 信息化运行维护), each less than half of the other, is another thing.
    // Of the thing's whole name, not of a short form of it (档案扫描 of 档案扫描服务费).
    const said = named.find(({ piece }) => form.grams.every((g) => !q.has(g) || piece.includes(g)));
    if (said) {
      const { matched: shared, coverage } = mention(said.grams, entity.name);
      if (coverage < 0.5 && shared * 2 < said.grams.size) return undefined;
    }
    const weighted = total ? weight / total : 0;
    const mentioned =
      matched >= 4 ||
      (matched >= 2 && coverage >= 0.4) ||
      coverage === 1 ||
      (distinct && (coverage >= 0.25 || weighted >= 0.3)) ||
      (distinct && this.sharedRun(text, form.text) >= DISTINCT_RUN) ||
      // 排队取号的机器: the word a name starts with (取号 of 取号叫号系统升级费), in no other name, said inside a word of the question.
      // Not the place the body's own name starts with (北京 of 北京市统计局, before 北京市第四次全国农业普查), nor a
      // procurement catalogue's class (业务用房施工), whose first word is a word of every trade (审批业务).
      (distinct && matched === 1 && entity.kind !== 'procItem' && form.text.startsWith(last) && !this.ownLeads.has(last) && !!pieces?.some((p) => p.includes(last))) ||
      // 工装…质保金: words each in a few names only, together in this one, name it (RARE_WORDS bigrams of them).
      (matched >= RARE_WORDS && allRare) ||
      // A word of the question that stands in a few names only, whole (工装 in 工装多久换一次), means one of them.
      !!pieces?.some((p) => form.text.includes(p) && [...bigrams(p)].every((g) => this.rare.has(g)));
    return mentioned ? { entity, matched, coverage, weight } : undefined;
  }

  /** The longest run of characters the text and a name share. */
  private sharedRun(text: string, name: string): number {
    let longest = 0;
    for (let i = 0; i < name.length; i++) {
      for (let len = longest + 1; i + len <= name.length && text.includes(name.slice(i, i + len)); len++) longest = len;
    }
    return longest;
  }
}

/**
 * 环境卫生 of 城乡社区环境卫生 (under 城乡社区支出): a line's name without the words of the class it is
 * under, which people leave out as they leave out a place.
 */
function withoutClassStem(entity: Entity, lines: (Entity & { kind: 'lineItem' })[]): string[] {
  if (entity.kind !== 'lineItem' || entity.item.code.length <= 3) return [];
  const top = lines.find((l) => l.item.scheme === entity.item.scheme && l.item.code === entity.item.code.slice(0, 3));
  const stem = top?.name.replace(/支出$/, '');
  return stem && stem.length >= 2 && entity.name.startsWith(stem) && entity.name.length - stem.length >= 2 ? [entity.name.slice(stem.length)] : [];
}

/** Characters of a class's name people say before 支出 or 方面 for the whole class (住房支出, 在住房方面). */
const CLASS_LEAD = 2;

/**
 * 住房支出 / 住房方面 for 住房保障支出: a functional class (类) said by its first word and 支出 or 方面,
 * where no other class of the document starts with that word.
 */
function classByLead(entity: Entity, lines: (Entity & { kind: 'lineItem' })[]): string[] {
  if (entity.kind !== 'lineItem' || entity.item.scheme !== 'functional' || entity.item.code.length !== 3 || !entity.name.endsWith('支出')) return [];
  const lead = entity.name.slice(0, CLASS_LEAD);
  const alone = !lines.some((l) => l !== entity && l.item.scheme === 'functional' && l.item.code.length === 3 && l.name.startsWith(lead));
  return alone && entity.name.length - CLASS_LEAD >= 4 ? [`${lead}支出`, `${lead}方面`] : [];
}

/**
 * 石家庄高新技术产业开发区 of 石家庄高新技术产业开发区政务服务中心 and …行政服务局: the start every unit's name shares
 * (by kind, where two or more units are named), which people leave out (服务中心政采小计).
 */
function sharedPlace(entities: Entity[]): Map<EntityKind, string> {
  const out = new Map<EntityKind, string>();
  for (const kind of ['unit', 'procUnit'] as const) {
    const names = entities.filter((e) => e.kind === kind).map((e) => e.name);
    const start = names.length < 2 ? '' : sharedStart(names);
    if (start.length >= 2) out.set(kind, start);
  }
  return out;
}

/** The start every name shares (高新区 of 高新区行政服务局 and 高新区政务服务中心). */
export function sharedStart(names: string[]): string {
  let length = 0;
  while (names.length && length < names[0].length && names.every((n) => n[length] === names[0][length])) length++;
  return names.length ? names[0].slice(0, length) : '';
}
