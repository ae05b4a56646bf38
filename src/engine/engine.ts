/**
 * The question-answering engine: routes a question to a document, resolves what it is about
 * (a concept, a named thing, or the last subject of the conversation) and composes a cited answer.
 */
import { answerLargestPart, conceptName, findAmount, hasStatedParts, parentOf, partsOf, WHOLE_BUDGET, wholeOf } from '../answer/amounts.js';
import { answerStatedCount, findStatedCount } from '../answer/counts.js';
import { Answer, cite, combined, rendered } from '../answer/answer.js';
import { strings } from '../answer/strings/index.js';
import { answerDescribedIndicator } from '../answer/describedIndicators.js';
import { answerCatalogueRows, answerProcurement, answerProcurementRowCount, answerIndicatorAcrossTables, answerUnitSubtotals, indicatorCountedMore, indicatorHits, answerLargestItems, namesIndicator, answerIndicatorLike } from '../answer/details.js';
import {
  answerAbsence,
  answerGlossaryList,
  answerDuties,
  answerGlossary,
  answerMeasures,
  answerOverallGoal,
  answerProjects,
  projectsNamedBy,
  answerSubGoals,
  answerAssetsAsOf,
  answerSelfDescription,
  answerUnitAttribute,
  answerUnits,
  answerUnitsBeside,
  answerUses,
} from '../answer/lists.js';
import { answerAcross, docLabel } from '../answer/compare.js';
import { answerLargestLines, answerLinesByRate } from '../answer/lineItems.js';
import { CLASS_NAMES } from '../parse/classNames.js';
import { notGivenThen, refuse } from '../answer/refuse.js';
import { answerIndicatorsAcrossProjects } from '../answer/indicatorRanks.js';
import { answerProjectSection } from '../answer/projectSections.js';
import { analyze, type Aspect, type Frame } from '../intent/frame.js';
import { MEASURE_WORDS, type Repair, TypoRepair } from '../intent/typos.js';
import { ENGLISH_MEASURE_WORDS, EnglishSpelling } from '../intent/spelling.js';
import { isEnglishWord } from '../intent/englishWords.js';
import { splitQuestion } from '../intent/split.js';
import { isGenericTerm, unnamedSubject } from '../intent/unnamed.js';
import { answerNonFiscalIncome, FISCAL_INCOME } from '../answer/nonFiscalIncome.js';
import { askedOfUnsaid, buysUnnamed, namingPointed, saysOnly, unitWordsSaid, withoutTermsOf } from '../intent/rewording.js';
import { pinyinRun } from '../intent/places.js';
import { defaultLexicon, Lexicon, type Knowledge, type TermMatch } from '../intent/lexicon.js';
import { asksMoneyBeside } from '../intent/cues.js';
import { normalizeQuestion } from '../intent/normalize.js';
import type { ParsedDocument } from '../parse/document.js';
import type { FactBase, Identity, OrgUnit } from '../schema/fact.js';
import type { ConceptKey } from '../schema/concept.js';
import { bigrams, inOrder, listEntities, mention, tableNamed, type Entity } from '../search/entities.js';
import { Resolver, sharedStart } from '../resolve/resolver.js';
import { findDefinition, lastClassOf, statedMeaning } from '../resolve/definitions.js';
import { coreName, nameForms } from '../resolve/shortNames.js';
import { LineIndex } from '../search/lineIndex.js';
import { knowsBody, lineIndexOf, passageAnswer, withCheckWarnings, withNearestLine } from './annotate.js';
import { asksOnly, isOwnUnit, isTotal, isTotalConcept, ownBodyNames, withoutOwnNames, pickConcept, pickEntity } from './resolve.js';
import { coversYear, departmentHolds, documentNamed, documentsNamedIn, routeDocument, routingNames, type RoutingNames } from './routing.js';
import { ECONOMIC_CLASSES, namedParts } from './parts.js';
import { MAX_LISTED, SessionStore, type Subject } from './sessions.js';
import { answerEntity, unitNamed } from './entityAnswers.js';
import { answerConcept, answerSeveral, countedConcept } from './conceptAnswers.js';
import { answerPerVehicle, answerValuePerVehicle } from '../answer/perVehicle.js';
import { answerPerCount } from '../answer/perCount.js';
import { entityFigure } from './figures.js';
import { answerExecution, answerExecutionsBeyond, answerExecutionsRanked, answerPartsRankedByExecution } from '../answer/execution.js';
import { figureMeaning } from '../answer/figureMeaning.js';
import { answerChangeParts, answerDifference, answerPartsAddUp, answerRatio, answerSumCheck } from './sumCheck.js';
import { clarifyReadings } from './clarify.js';
import { answerLargestProjects, answerProcurementProjects, answerProjectsRanked, isWholeDepartment } from '../answer/projects.js';
import { answerShare, figureNamed } from './shareOf.js';
import { withSuggestions } from './suggestions.js';
import { helpAnswer } from '../answer/help.js';
import { overviewAnswer } from '../answer/overview.js';
import { asksOverview } from './overviewAsked.js';
import { answerGeneralDefinition, generalTermAsked } from '../answer/generalGlossary.js';

export interface EngineOptions {
  /** How long a conversation's follow-up context lives. Default: 10 minutes. */
  contextTtlMs?: number;
  /** The clock, replaceable in tests. Default: Date.now. */
  now?: () => number;
  /** The document (file name or department) to answer from when a question names none. Default: none; with several documents loaded, the bot asks. */
  defaultDocument?: string;
  /** Follow-up context to carry over, e.g. from the engine this one replaces on reload. Default: a new store. */
  sessions?: SessionStore;
  /** What the engine knows of the words of every disclosure (concepts, synonyms, English words). Default: knowledge/. */
  knowledge?: Knowledge;
}

export interface LoadedDocument extends ParsedDocument {
  entities: Entity[];
  /** Finds the named things a question mentions. */
  resolver: Resolver;
  /** The department's, its units' and its listed bodies' names: where a question is asked, not what about. */
  ownNames: string[];
  /** Names of the things the fact base names (units aside), which may carry a part of an own name. */
  thingNames: string[];
  routing: RoutingNames;
  /** Built on first use: most questions never need it. */
  lines?: LineIndex;
  /** Built on the first question asked of this document in Chinese. */
  typos?: TypoRepair;
}

/** Readings offered when a question could be about any of many documents. */
const MAX_CLARIFY = 10;
/** Labels and terms whose concept is kept; the map is emptied when it reaches this, so it stays bounded. */
const MAX_NAMED_CONCEPTS = 2000;
/** Bigrams of a name that, all matched, name it beyond doubt. */
const FULL_NAME_BIGRAMS = 5;
/** Share of a long name's bigrams that names it beyond doubt too (代表履职能力提升 for 人大代表履职能力提升). */
const MOST_OF_NAME = 0.75;
/** Characters a stated count's label needs to be asked for among indicator words (编报绩效目标的项目). */
const INDICATOR_LABEL = 6;
/** Bigrams of a name that, matched, name one thing rather than a kind of things (办公设备家具 of 办公设备、办公家具购置费). */
const NAMED_BIGRAMS = 3;

/**
 * Each document's indexes (resolver, typo vocabulary, line index), built once per document and
 * lexicon: an engine rebuilt on reload reuses those of the documents that did not change, so that
 * the first questions after a reload do not pause to rebuild them.
 */
const loadedDocuments = new WeakMap<Lexicon, WeakMap<ParsedDocument, LoadedDocument>>();
/** One lexicon per knowledge object, so that engines built from the same knowledge share the cache above. */
const lexicons = new WeakMap<Knowledge, Lexicon>();
function lexiconOf(knowledge: Knowledge): Lexicon {
  let lexicon = lexicons.get(knowledge);
  if (!lexicon) lexicons.set(knowledge, (lexicon = new Lexicon(knowledge)));
  return lexicon;
}

/** Each document's own names as one run of pinyin, gathered once: English places are looked up in it. */
const bodyPinyin = new WeakMap<LoadedDocument, string>();
function placesOfBody(doc: LoadedDocument): string {
  let run = bodyPinyin.get(doc);
  if (run === undefined) {
    const { identity, procurement } = doc.facts;
    // The buying units' full names carry the place a short department name leaves out (石家庄高新技术产业开发区…).
    // A file that names no department (tables alone) is known by its file's name, in pinyin already (b04b_beijing_tongjiju…).
    const fromFile = identity.departmentFromFile ? identity.file.toLowerCase().replace(/[^a-z]/g, '') : '';
    run = pinyinRun([identity.department, identity.title, ...doc.ownNames, ...procurement.subtotals.map((t) => t.unit)].join('|')) + fromFile;
    bodyPinyin.set(doc, run);
  }
  return run;
}

/**
 * The whole a part is ranked in: its own, or where that whole has no other part with money (运行维护费 all of
 * 公务用车购置及运行费), the whole above it (三公经费), where a ranking says something.
 */
function rankedWholeOf(facts: FactBase, concept: ConceptKey): ConceptKey | undefined {
  let whole = wholeOf(concept);
  while (whole && partsOf(whole).filter((c) => (findAmount(facts, c)?.value ?? 0) > 0).length <= 1 && wholeOf(whole)) whole = wholeOf(whole);
  return whole;
}

/** Characters of a unit's name, from its end, a question must say to ask about that unit by name. */
const UNIT_NAME_TAIL = 6;

/** Whether a concept stands somewhere under a whole (公务用车运行维护费 under 三公经费). */
function isUnder(whole: ConceptKey, part: ConceptKey): boolean {
  const up = wholeOf(part);
  return !!up && (up === whole || isUnder(whole, up));
}

/** A label this long, said whole beside indicator words, is still the count asked (一级项目, not 群众). */
const WHOLE_LABEL = 4;

/** Counts of events and people (培训多少人次, 开几次会), which money never answers. */
const EVENT_COUNTS = ['人次', '次', '批次', '批', '人', '名'];
/** A figure counted in one of them, in an answer. */
const COUNTED = new RegExp(`\\d\\s*(?:${EVENT_COUNTS.join('|')})`);
/** The count of events or people a question asks (培训多少人次), if it asks one. */
function eventCountAsked(frame: Frame): string | undefined {
  const unit = frame.cues.countAsked;
  return unit && EVENT_COUNTS.includes(unit) ? unit : undefined;
}

/** 披露没有给出X对应的人数: a count the disclosure does not state for a thing. */
function countNotGiven(identity: Identity, name: string, unit: string, english: boolean): Answer {
  return refuse('notDisclosed', [identity], english, english ? `the number (${unit}) for ${name}` : `${name}对应的${unit}数`);
}

/** A bureau's name without its place (信访局 of 长沙市信访局, 统计局 of 北京市统计局). */
const PLACE_LEAD = /^.*?[省市区县州]/;

/** The words that count the same thing as the one asked: people (人, 名, 人次) or times (次, 批次, 人次). */
const COUNTED_ALIKE: Record<string, RegExp> = { 人: /\d\s*(?:人|名)/, 名: /\d\s*(?:人|名)/, 人次: /\d\s*(?:人|名)/, 次: /\d\s*(?:次|批)/, 批次: /\d\s*(?:次|批次)/, 批: /\d\s*(?:次|批次)/ };

export class Engine {
  readonly documents: LoadedDocument[];
  /** The documents as parsed, in the same order: a reload keeps those that did not change. */
  readonly parsed: ParsedDocument[];
  readonly sessions: SessionStore;
  /** The knowledge questions are read with. */
  readonly lexicon: Lexicon;
  /** What refusals name as loaded, computed once rather than on every question. */
  private readonly identities: Identity[];
  /**
   * Every name the knowledge and the loaded documents hold, for a later subject that borrows the head of
   * the first. Built at the first question that joins subjects, not at start-up (a set over every document).
   */
  private knownNames?: Set<string>;
  /** The concept each label or term names, as conceptNamedBy found it (at most MAX_NAMED_CONCEPTS kept). */
  private readonly namedConcepts = new Map<string, TermMatch | undefined>();
  /** English words mistyped by one letter, read as the knowledge's English words spell them. */
  private readonly spelling: EnglishSpelling;

  constructor(
    parsed: ParsedDocument[],
    private readonly options: EngineOptions = {},
  ) {
    this.lexicon = options.knowledge ? lexiconOf(options.knowledge) : defaultLexicon();
    let built = loadedDocuments.get(this.lexicon);
    if (!built) loadedDocuments.set(this.lexicon, (built = new WeakMap()));
    const cache = built;
    this.parsed = parsed;
    this.documents = parsed.map((doc) => {
      const known = cache.get(doc);
      if (known) return known;
      const entities = listEntities(doc.facts);
      const thingNames = entities.filter((e) => e.kind !== 'unit' && e.kind !== 'procUnit').map((e) => e.name);
      const ownNames = ownBodyNames(doc.facts);
      const loaded: LoadedDocument = { ...doc, entities, resolver: new Resolver(entities, this.lexicon.words, ownNames), routing: routingNames(doc), ownNames, thingNames };
      cache.set(doc, loaded);
      return loaded;
    });
    this.identities = this.documents.map((d) => d.facts.identity);
    this.spelling = new EnglishSpelling([...this.lexicon.englishVocabulary, ...ENGLISH_MEASURE_WORDS], isEnglishWord);
    this.sessions = options.sessions ?? new SessionStore(options.contextTtlMs ?? 10 * 60_000, options.now ?? Date.now);
  }

  /** Builds the search indexes (and loads jieba) ahead of the first question that needs them. */
  warmSearch(): void {
    for (const doc of this.documents) doc.lines ??= lineIndexOf(doc);
  }

  /**
   * Answers one question. `session` keys the follow-up context; `defaultDocument` (a file name or
   * department) picks the document when the question names none, e.g. a channel's own department.
   */
  ask(question: string, session = 'default', hints: { defaultDocument?: string } = {}): Answer {
    // A name is known as said, or as the everyday word for it (用电 for 电费).
    const known = (this.knownNames ??= new Set([...this.lexicon.words, ...this.documents.flatMap((d) => d.thingNames)]));
    const parts = splitQuestion(question, (name) => known.has(name) || known.has(this.lexicon.applySynonyms(name)));
    if (parts.length === 1) return this.askOne(parts[0], session, hints);
    // Several questions in one message: each answered in turn, later ones leaning on earlier ones' subjects.
    const answers = parts.map((part) => this.askOne(part, session, hints));
    const answered = answers.filter((a) => a.answered);
    if (answered.length < 2) return answered[0] ?? answers[0];
    return Answer.parse(combined(answers));
  }

  private askOne(question: string, session: string, hints: { defaultDocument?: string }): Answer {
    const frame = analyze(question, this.lexicon);
    const identities = this.identities;
    if (!frame.text) return withSuggestions(refuse('empty', identities, false), this.documents, undefined, undefined, this.lexicon);
    if (frame.operation === 'help') return helpAnswer(this.documents, this.lexicon, frame.english);
    const notLoaded = this.documents.length > 1 ? this.notLoaded(frame) : undefined;
    if (notLoaded) return withSuggestions(refuse(notLoaded.reason, identities, frame.english, notLoaded.detail), this.documents, undefined, undefined, this.lexicon);
    const context = this.sessions.get(session);
    // 这两个加起来多少: the subject before and the subject now, asked again by their names.
    const both = frame.cues.bothAgain && context?.previous ? [context.previous, this.subjectName(context)] : undefined;
    const summedAs = frame.cues.bothShareOf ? `加起来${frame.cues.bothShareOf}` : '等于多少';
    if (both?.[1] && both[0] !== both[1]) return this.askOne(frame.cues.bothAgain === 'sum' ? `${both[0]}加${both[1]}${summedAs}` : `${both[0]}和${both[1]}相差多少`, session, hints);
    // 它跟服务类比哪个多: the thing talked about, named, is set against the other.
    const pronoun = frame.cues.itCompared;
    const itsName = pronoun && context ? this.subjectName(context) : undefined;
    if (pronoun && itsName) return this.askOne(frame.text.replace(pronoun, itsName), session, hints);
    const placed = frame.cues.ordinal && context?.listed?.at(frame.cues.ordinal.place > 0 ? frame.cues.ordinal.place - 1 : frame.cues.ordinal.place);
    if (placed && frame.cues.ordinal) return this.askPlaced(frame.text.replace(frame.cues.ordinal.said, placed), context!.listed!, session, hints);
    const compared = this.compareAcross(frame);
    if (compared) return compared;
    const fallback = context?.doc ?? this.findDocument(hints.defaultDocument ?? this.options.defaultDocument);
    const route = routeDocument(this.documents, frame, fallback);
    if (route.kind === 'refuse') {
      const refusal = refuse(route.reason, identities, frame.english, route.detail);
      // An overview asked of no document in particular: each reading asks for that document's overview.
      const reading = (d: LoadedDocument) => (frame.operation === 'overview' ? strings(refusal.lang).ask.overview(docLabel(d.facts)) : docLabel(d.facts));
      return route.reason === 'which' ? { ...refusal, clarify: this.documents.slice(0, MAX_CLARIFY).map(reading) } : withSuggestions(refusal, this.documents, undefined, undefined, this.lexicon);
    }
    const doc = route.doc;
    const result = this.answerTolerantly(doc, frame, context);
    // 其中最大的 → 它的满意度: the thing an answer singles out is what the conversation is about next.
    const focus = result.answer.focus;
    // 啥级别 after 什么性质: an answer about the conversation's subject adds what it asked to what the next 那…呢 asks.
    const leaned = context && result.answer.answered && (!result.subject || result.subject === context) ? { ...context, aspects: [...new Set([...context.aspects, ...frame.aspects])] } : result.subject;
    const subject = focus ? { entity: focus, aspects: [...frame.aspects] } : leaned;
    // The subject before is kept by name, so that 这两个 can point at it and the one now.
    const previous = context && subject && this.subjectName(context) !== this.subjectName(subject) ? this.subjectName(context) : context?.previous;
    const listed = result.answer.listed?.slice(0, MAX_LISTED);
    // A list with no subject of its own (有哪些项目) is still what 第二个 then points into.
    const kept = subject ?? (listed ? { aspects: [...frame.aspects] } : undefined);
    // Only the indicator this answer gave is kept: one copied along from the context would be stale.
    if (kept) this.sessions.set(session, { ...kept, indicator: result.answer.indicator, doc: doc.facts.identity.id, ...(previous ? { previous } : {}), ...(listed ? { listed } : {}) });
    return Answer.parse(withSuggestions(rendered(result.answer), this.documents, doc, result.answer.answered ? subject : undefined, this.lexicon));
  }

  /**
   * 第二个呢 after a list: asked again with the thing in that place named. The list stays the
   * conversation's, even where that answer lists the thing's own parts, so that 第三个呢 goes on
   * through the list the user is walking; a question naming no place starts afresh.
   */
  private askPlaced(question: string, listed: string[], session: string, hints: { defaultDocument?: string }): Answer {
    const answer = this.askOne(question, session, hints);
    const after = this.sessions.get(session);
    if (after) this.sessions.set(session, { ...after, listed });
    return answer;
  }

  /** A project's money per thing its indicators count; the project found by its table or its purchases. */
  private answerPerCount(doc: LoadedDocument, entity: Entity, frame: Frame): Answer | undefined {
    const name = entity.kind === 'procItem' ? entity.item.project : entity.name;
    const table = tableNamed(doc.entities, name);
    const purchases = doc.entities.find((e) => e.kind === 'procProject' && e.name === name);
    // The table's funds where it states them (entityFigure gives none otherwise), else what was bought under it.
    const money = (table && entityFigure(table)) ?? (purchases && entityFigure(purchases));
    return table && money ? answerPerCount(table.table, money, frame) : undefined;
  }

  /** What a conversation's subject is called: the thing named, or the concept's name. */
  private subjectName(subject: Subject): string | undefined {
    return subject.entity ?? (subject.concept ? this.lexicon.concepts[subject.concept]?.name : undefined);
  }

  /**
   * Answers, with one mistyped word repaired first (政府菜购 → 政府采购, 培训废 → 培训费) where the
   * question holds a homophone of a word this document knows and not the word itself, saying how it
   * was read. A repair that leads nowhere is dropped and the question answered as asked.
   */
  private answerTolerantly(doc: LoadedDocument, frame: Frame, context: Subject | undefined): { answer: Answer; subject?: Subject } {
    if (frame.english) return this.answerSpelled(doc, frame, context) ?? this.answerIn(doc, frame, context);
    doc.typos ??= new TypoRepair([...this.lexicon.words, ...MEASURE_WORDS, ...doc.entities.flatMap((e) => nameForms(e.name))]);
    const repaired = this.answerRepaired(doc, frame, context, false);
    if (repaired) return repaired;
    const asked = this.answerIn(doc, frame, context);
    // A passage quoted for words the question shares with the text (单位预留机动经 of a cut-off word) gives
    // way to the answer a missing character repaired leads to.
    if (asked.answer.answered && asked.answer.intent !== 'passage') return asked;
    const fixed = this.answerRepaired(doc, frame, context, true);
    return fixed && (!asked.answer.answered || fixed.answer.intent !== 'passage') ? fixed : asked;
  }

  /** An English question with its mistyped words read as the vocabulary spells them (procurment → procurement), where that leads to an answer. */
  private answerSpelled(doc: LoadedDocument, frame: Frame, context: Subject | undefined): { answer: Answer; subject?: Subject } | undefined {
    const repair = this.spelling.repair(frame.text);
    return repair && this.noted(repair, this.answerIn(doc, analyze(repair.text, this.lexicon), context));
  }

  /** The answer to a repaired question, saying how it was read; none where the repair led to no answer. */
  private noted(repair: Repair, repaired: { answer: Answer; subject?: Subject }): { answer: Answer; subject?: Subject } | undefined {
    if (!repaired.answer.answered) return undefined;
    const note = strings(repaired.answer.lang).typoRead(repair.word, repair.typed);
    return { ...repaired, answer: rendered({ ...repaired.answer, body: `${note}${repaired.answer.body}` }) };
  }

  /** The answer to the question with one word repaired, where a repair fits and leads to an answer. */
  private answerRepaired(doc: LoadedDocument, frame: Frame, context: Subject | undefined, omissions: boolean): { answer: Answer; subject?: Subject } | undefined {
    const repair = doc.typos?.repair(frame.text, omissions);
    return repair && this.noted(repair, this.answerIn(doc, analyze(repair.text, this.lexicon), context));
  }

  /** The thing a conversation's subject names, of the kind it was. */
  private entityOf(doc: LoadedDocument, subject: Subject): Entity | undefined {
    return doc.entities.find((e) => e.name === subject.entity && (!subject.entityKind || e.kind === subject.entityKind));
  }

  /** The id of the document a file name or department names. */
  private findDocument(name: string | undefined): string | undefined {
    if (!name) return undefined;
    return documentNamed(this.documents, name)?.facts.identity.id;
  }

  /** A department or year that no loaded document covers. */
  private notLoaded(frame: Frame): { reason: 'department' | 'year'; detail: string } | undefined {
    // A department named as loaded is found by one cheap pass; only other names need each document's own names.
    const org = frame.orgs.find((o) => !departmentHolds(this.documents, o) && !this.documents.some((d) => knowsBody(d, o)));
    if (org) return { reason: 'department', detail: org };
    const year = frame.years.find((y) => !coversYear(this.documents, y));
    return year ? { reason: 'year', detail: `${year}年` } : undefined;
  }

  /**
   * The answer to the question in this document. A definition asked of something the disclosure does
   * not define (提租补贴是指什么) is said not to be given, followed by what the disclosure does give.
   */
  private answerIn(doc: LoadedDocument, asked: Frame, context: Subject | undefined): { answer: Answer; subject?: Subject } {
    // 去年花了多少 of a 决算: the reader's last year is the year the 决算 accounts for, not the one before it.
    const frame = asked.lastYearSpoken && doc.facts.identity.kind === '决算' && asked.aspects.has('previous') ? { ...asked, aspects: new Set([...asked.aspects].filter((a) => a !== 'previous')) } : asked;
    const result = this.answerAsked(doc, frame, context);
    const { answer } = result;
    // 政务大厅全年接待了多少办事群众: people or events counted, answered with a subject's money, are not given.
    const countUnit = eventCountAsked(frame);
    const entity = result.subject?.entity;
    if (countUnit && answer.answered && entity && !asksMoneyBeside(frame.text, entity, true) && !COUNTED_ALIKE[countUnit].test(answer.body) && !answer.clarify?.length) {
      return { ...result, answer: notGivenThen(countNotGiven(doc.facts.identity, entity, countUnit, frame.english), answer) };
    }
    // A reason or basis asked where no change is (固定资产管理依据哪些文件), and none is stated for the figure, may stand in the prose.
    // 这份预算公开是依据哪些规定做的: the rules followed are words of the prose, whatever figure the question also names.
    if ((answer.intent === 'reason.notGiven' && !frame.aspects.has('change')) || (frame.cues.basisAsked && !frame.aspects.has('change') && answer.intent !== 'section')) {
      const passage = passageAnswer(doc, frame.cues.basisAsked ? { ...frame, cues: { ...frame.cues, money: false } } : frame);
      if (passage) return { answer: passage };
    }
    // Only a figure given in place of a definition is wrapped; a project's goal and indicators say what it is.
    const asksMore = frame.cues.money || frame.aspects.has('code') || frame.cues.asksNumber;
    // A term the disclosure uses without defining it (no 名词解释, or no entry): the general definition, said to be general.
    const general = frame.operation === 'definition' && !asksMore && answer.intent !== 'definition' ? generalTermAsked(frame) : undefined;
    if (general) return { answer: answerGeneralDefinition(doc.facts, general, frame), ...(general.concept ? { subject: { concept: general.concept, aspects: [] } } : {}) };
    if (frame.operation !== 'definition' || asksMore || !answer.answered || answer.intent !== 'amount') return result;
    // 一般行政管理事务主要反映什么: the line that states the figure may say what it covers.
    const meaning = figureMeaning(doc, answer, frame.english);
    if (meaning) return { ...result, answer: meaning };
    const s = strings(answer.lang);
    return { ...result, answer: notGivenThen(refuse('notDisclosed', [doc.facts.identity], frame.english, s.definitionOf(frame.subjectText.replace(/\|/g, '') || frame.text)), answer) };
  }

  private answerAsked(doc: LoadedDocument, frame: Frame, context: Subject | undefined): { answer: Answer; subject?: Subject } {
    const facts = doc.facts;
    const identities = [facts.identity];
    const en = frame.english;
    const unknownOrg = frame.orgs.find((org) => !knowsBody(doc, org));
    if (unknownOrg) return { answer: refuse('department', identities, en, unknownOrg) };
    // The Shanghai Municipal Bureau of Statistics, with Beijing's loaded: a place its names do not read as.
    const otherPlace = frame.orgPlaces.find((place) => !placesOfBody(doc).includes(place));
    if (otherPlace) return { answer: refuse('department', identities, en, `${otherPlace[0].toUpperCase()}${otherPlace.slice(1)}`) };
    const year = facts.identity.year;
    const otherYear = frame.years.find((y) => year !== null && y !== year && y !== year - 1);
    if (otherYear) return { answer: refuse('year', identities, en, `${otherYear}年`) };
    if (frame.aspects.has('nextYear')) return { answer: refuse('year', identities, en, year === null ? '下一年' : `${year + 1}年`) };
    // 决算 asked of a budget: its figures are plans; the actuals are published after the year.
    if (frame.cues.finalAccounts && facts.identity.kind !== '决算') {
      return { answer: refuse('notDisclosed', identities, en, en ? 'final (actual) figures: this disclosure is a budget' : '决算数（这份披露是预算，只有预算数；决算在年度结束后另行公开）') };
    }
    // 那个中心的政采小计 / 中心那边政采小计: money asked of the one unit whose name ends in the noun pointed with,
    // asked again by its name (a unit's own attributes are answered where follow-ups are).
    const unitByNoun = frame.cues.pointedNoun && !asksUnitAttribute(frame) && !frame.aspects.has('duties') ? this.unitEndingIn(doc, frame.cues.pointedNoun) : undefined;
    const askedByName = unitByNoun && namingPointed(frame, unitByNoun.name);
    if (askedByName) return this.answerAsked(doc, analyze(askedByName, this.lexicon), context);
    // 介绍一下这份预算 / 概况 / 重点: the whole disclosure on one screen.
    if (asksOverview(frame, doc.ownNames)) return { answer: overviewAnswer(doc, this.lexicon, en) };
    // 牌子 / 哪家公司中标 / 去哪几个城市: an attribute no disclosure states. Say so, then what it does say.
    if (frame.cues.unstated) {
      const { unstated, ...cues } = frame.cues;
      const given = this.answerIn(doc, { ...frame, cues }, context);
      const answer = notGivenThen(refuse('notDisclosed', identities, en, en ? `the ${unstated}` : `${unstated}`), given.answer);
      return { answer, ...(given.answer.answered && given.subject ? { subject: given.subject } : {}) };
    }
    // 资产表统计截止到哪天: the date the assets reported stand at.
    if (frame.cues.assetsAsOfAsked && facts.assetsAsOf) return { answer: answerAssetsAsOf(facts.assetsAsOf, frame) };
    // 每季度用款计划 / 立项依据 / 建筑面积: a section of a project's narrative, as printed.
    // A short follow-up (那全年加起来一共多少) asks it of the conversation's project, not one about the body itself.
    const talkedOf = (frame.refersBack || frame.followUpLength) && !frame.cues.ownBody ? context?.entity : undefined;
    const section = answerProjectSection(facts, frame, talkedOf);
    if (section) return { answer: section };
    // A02010499是什么 / 两个单位的采购各多少: procurement rows by their catalogue code, subtotals by unit.
    const code = frame.cues.catalogueCode;
    const byCode = code ? answerCatalogueRows(facts, code, frame) : undefined;
    if (byCode) return { answer: byCode };
    // “其他终端设备”在两个单位的采购里合计买了多少台: an item named in full is asked across the units, not their subtotals.
    // (Sought only where the units are asked, not on every question.)
    const itemNamed = () => doc.entities.some((e) => e.kind === 'procItem' && e.name.length >= 3 && frame.mentionText.includes(e.name));
    // 政府采购一共多少？分到两个单位各是多少: procurement talked about, asked by unit, is its subtotals.
    const ofProcurement = frame.concepts.some((c) => c.concept.startsWith('procurement')) || (!frame.concepts.length && !!context?.concept?.startsWith('procurement'));
    const byUnit = frame.cues.perUnit && ofProcurement && !itemNamed() ? answerUnitSubtotals(facts, frame) : undefined;
    if (byUnit) return { answer: byUnit };
    // 车辆账面价值多少，平均一辆多少: the worth of the vehicles held, where their value is what is talked about.
    const vehicleRow = frame.cues.perVehicle && (frame.cues.worthAsked || context?.entityKind === 'asset' || !!context?.concept?.startsWith('assets.')) ? facts.assets.find((r) => /^车辆/.test(r.name)) : undefined;
    const worthEach = vehicleRow && answerValuePerVehicle(vehicleRow, frame);
    if (worthEach) return { answer: worthEach, ...(context ? { subject: context } : {}) };
    // 平均每辆多少: whatever cost word it comes with (运行费), a cost per vehicle is a vehicle cost.
    const perVehicle = frame.cues.perVehicle ? answerPerVehicle(facts, frame.concepts.map((c) => c.concept).find((c) => c.startsWith('sangong.vehicle')) ?? 'sangong.vehicleOperation', frame) : undefined;
    if (perVehicle) return { answer: perVehicle, subject: { concept: 'sangong.vehicleOperation', aspects: [] } };
    // 培训人数 / 接待人次 may be a performance indicator: staffing words refuse only when nothing in scope is named.
    const aboutStaff = frame.aspects.has('people') && !frame.concepts.length;

    // 三公整体减少了多少，是哪块减少的: the total whose change was laid out stays the subject.
    const split = answerChangeParts(facts, frame, context?.concept);
    if (split) return { answer: split.answer, subject: { concept: split.whole, aspects: ['change'] } };
    const summed = answerSumCheck(doc, frame, this.lexicon) ?? answerDifference(doc, frame, this.lexicon) ?? answerRatio(doc, frame, this.lexicon);
    if (summed) return { answer: summed };
    // 人员经费呢 → 那它占基本支出多大比例: the share of the figure talked about, in the whole this names, asked
    // again by its name before the whole's own share is read (占采购总额的比例 is not 政府采购's share of spending).
    const previousName = context && this.subjectName(context);
    // 公务接待费占多少？比因公出国费多出多少: the side left unsaid is the thing talked about.
    const againstPrevious = previousName && askedOfUnsaid(frame, previousName);
    if (againstPrevious) {
      const asked = this.answerAsked(doc, analyze(againstPrevious, this.lexicon), undefined);
      if (asked.answer.answered) return { answer: asked.answer, subject: context };
    }
    if (frame.sharePointed && previousName && !frame.text.includes(previousName)) {
      // 固定资产总额 → 车辆呢 → 占多少: naming no whole, the share is of what was talked about before.
      // Only a thing (not a figure with a whole of its own) within what came before: no more than it.
      const ofNothing = frame.sharePointedAtNothing;
      const thing = !!context?.entity || (!!context?.concept && !parentOf(context.concept));
      const [part, whole] = ofNothing && thing && context?.previous ? [figureNamed(doc, previousName, this.lexicon), figureNamed(doc, context.previous, this.lexicon)] : [];
      const asked = part && whole && part.value <= whole.value ? `${previousName}占${context!.previous}的比例` : `${previousName}${frame.sharePointed}`;
      const pointed = this.answerAsked(doc, analyze(asked, this.lexicon), undefined);
      if (pointed.answer.answered) return { answer: pointed.answer, subject: context };
    }
    const shared = answerShare(doc, frame, this.lexicon);
    // 公务用车运行维护费占多大比例 → 它是不是最高的: the part whose share was given is what 它 means next.
    const sharedPart = shared && frame.shareOf ? this.conceptNamedBy(frame.shareOf.part) : undefined;
    if (shared) return { answer: shared, ...(sharedPart ? { subject: { concept: sharedPart.concept, aspects: [...frame.aspects] } } : {}) };
    // 政采总额多少？给中小企业的合同占多少: a thing with no whole of its own, its share asked of no whole, is a
    // share of the total talked about.
    const ownWhole = frame.concepts.some((c) => parentOf(c.concept) || wholeOf(c.concept));
    if (frame.sharePart && !ownWhole && context?.concept && isTotalConcept(context.concept) && previousName && !frame.text.includes(previousName)) {
      const ofPrevious = this.answerAsked(doc, analyze(`${frame.sharePart}占${previousName}的比例`, this.lexicon), undefined);
      if (ofPrevious.answer.answered) return { answer: ofPrevious.answer, subject: context };
    }
    // 城乡社区支出多少 → 占总支出比例多少: the share of the thing the conversation named, in what this names.
    const shareOfPrevious = context?.entity && frame.aspects.has('share') && frame.followUpLength && frame.concepts.every(isTotal) && !frame.text.includes(context.entity);
    const sharedPrevious = shareOfPrevious ? answerShare(doc, analyze(`${context.entity}${frame.text}`, this.lexicon), this.lexicon) : undefined;
    if (sharedPrevious) return { answer: sharedPrevious, subject: context };

    let concept = pickConcept(frame.concepts);
    const picked = pickEntity(frame, doc, concept);
    // 采购明细一共多少行 / 政府采购有几项: the procurement rows counted, where nothing bought is named and no list is asked.
    const rowsAsked = ['项', '行', '条'].includes(frame.cues.countAsked ?? '') && (frame.operation === 'count' || frame.operation === 'composition') && !picked && !frame.sumOf;
    const rowsCounted = rowsAsked && frame.concepts.some((c) => c.concept === 'procurement.total') ? answerProcurementRowCount(facts, frame) : undefined;
    if (rowsCounted) return { answer: rowsCounted };
    // 政务大厅运行经费多少 → 里面印刷服务多少: an item bought under several projects, of the project talked about.
    // The project may be the line the conversation named (案件审判 for the 专项 案件审判经费).
    const ofProject = (project: string) => !!context?.entity && (project === context.entity || project.startsWith(context.entity));
    const withinProject = frame.cues.within && context?.entity && picked?.entity.kind === 'procItem' ? doc.entities.find((e) => e.kind === 'procItem' && e.name === picked.entity.name && ofProject(e.item.project)) : undefined;
    const itemWithin = withinProject && answerProcurement(withinProject, frame, facts.procurement.items);
    if (itemWithin) return { answer: itemWithin, subject: context };
    // 档案扫描平均每页成本多少: a project's money over the count its own indicators give.
    // 评审多少次 → 那平均下来每次多少钱: of the thing the conversation is about, where the question names none.
    const counted = picked?.entity ?? (context?.entity ? this.entityOf(doc, context) : undefined);
    const perCount = frame.cues.perCount && counted ? this.answerPerCount(doc, counted, frame) : undefined;
    if (perCount) return { answer: perCount, subject: { entity: counted!.name, aspects: [] } };
    // 住房保障花了多少 / spent on housing security: a 类 said without its 支出 is that class's line, before a
    // total that the asking words (花了, spent) name.
    const classLine = picked?.coverage === 1 ? undefined : classSaidShort(doc, frame);
    if (classLine) {
      const classAnswer = answerEntity(facts, classLine, frame, doc.entities);
      if (classAnswer?.answered) return { answer: classAnswer, subject: { entity: classLine.name, entityKind: classLine.kind, aspects: [...frame.aspects] } };
    }
    // 执法执勤用车几辆 / 编制多少人: a count the prose states under the words the question names.
    // 自评平均得分多少: a score the prose states of the projects it counts, where no one project is named in full.
    const scoreAsked = frame.attribute === 'score' && (!picked || picked.coverage < 1);
    // 有没有下属单位: whether there are any is answered by how many.
    const countAsked = scoreAsked || frame.cues.countAsked !== undefined || frame.aspects.has('count') || frame.aspects.has('quantity') || (frame.aspects.has('people') && frame.cues.asksNumber && !frame.cues.money) || (frame.cues.exists && frame.aspects.has('units') && !frame.concepts.length);
    // Where the concept's own count is known (实有车辆 8 辆), a stated count answers only if named mostly (执法用车), not by a shared word (计购置公务用车).
    const countKnown = concept !== undefined && facts.counts.some((c) => c.concept === countedConcept(concept!.concept, frame));
    // 会议费多少 → 大概多少人参加: a short count question is sought under the conversation's subject too.
    const leaning = context && frame.followUpLength && !concept && !picked ? (context.entity ?? (context.concept ? frame.lexicon.concepts[context.concept]?.name : '') ?? '') : '';
    // With indicator words (绩效), only a long label named mostly is the count asked (编报绩效目标的项目), not an indicator's.
    const underIndicator = frame.cues.indicator && !scoreAsked;
    const seekStated = countAsked && !(frame.refersBack && context) && (!picked || picked.entity.kind === 'lineItem' || picked.coverage < 1);
    // An English question is sought under the Chinese words its English stands for (equipment worth 1 million yuan → 100万元以上|设备).
    // 便民服务中心 is no own unit's 服务中心 where a thing's name holds it too.
    const asked = withoutOwnNames(frame.english ? frame.mentionText.replace(/\|/g, '') : frame.text, doc.ownNames, doc.thingNames);
    // 处置的那辆车原值多少: the book value a count of disposed things goes on to state, where the count is named.
    const bookValued = !seekStated && frame.cues.money && !frame.aspects.size ? findStatedCount(facts.statedCounts.filter((c) => c.involves?.as === 'bookValue'), { ...frame, cues: { ...frame.cues, countAsked: undefined } }, asked, true) : undefined;
    const found = bookValued ?? (seekStated ? (findStatedCount(facts.statedCounts, frame, countKnown ? withoutTermsOf(frame, asked, concept!.concept) : asked, countKnown || underIndicator) ?? (leaning ? findStatedCount(facts.statedCounts, frame, `${leaning}${asked}`, countKnown) : undefined)) : undefined);
    // 开展绩效自评的一级项目有几个: a short label said whole is the count asked, whatever indicator words describe it.
    // 请律师和心理咨询师…请几个人: an indicator that names more of the question (聘请专业律师和心理咨询师人数) than
    // a count's label does (聘请心理咨询师) is the count asked.
    // With no count stated under the question's words, an indicator counted in the unit asked and named by two of them
    // (接待多少来市里上访的群众 → 接待来市走访群众数量 ≥3000人次) is the count asked.
    const broader = found ? indicatorCountedMore(facts, frame, mention(bigrams(asked), found.label).matched) : seekStated && !picked ? indicatorCountedMore(facts, frame, 0) : undefined;
    if (broader) return { answer: broader };
    const stated = found && (!underIndicator || found.label.length >= INDICATOR_LABEL || (found.label.length >= WHOLE_LABEL && asked.includes(found.label))) ? found : undefined;
    // 出国团组几个 → 花了多少: the count's own words name what the conversation is about next.
    const statedConcept = stated && this.conceptNamedBy(stated.label);
    if (stated) {
      // 接待多少批次、多少人次: each counting word asked finds its own count among the words the question names.
      // 公务接待10批次、152人次: a count the same sentence states in the other unit asked, where no label of its own is read.
      const besideIt = (unit: string) => facts.counts.find((c) => c.unit === unit && c.source.line === stated.source.line);
      const others = frame.cues.countsAsked.slice(1).map((unit) => findStatedCount(facts.statedCounts, { ...frame, cues: { ...frame.cues, countAsked: unit } }, asked, countKnown || underIndicator) ?? besideIt(unit));
      const counts = [...new Set([stated, ...others.filter((c): c is NonNullable<typeof c> => !!c)])];
      // 下属事业单位有几个，都叫啥: the bodies counted, where the prose lists as many as it counts.
      const names = frame.aspects.has('list') ? (facts.orgListings.find((l) => l.names.length === stated.value && l.names.length > 1)?.names ?? []) : [];
      const answer = counts.length > 1 ? combined(counts.map((c) => answerStatedCount(c, frame, facts.statedCounts))) : answerStatedCount(stated, frame, facts.statedCounts, names);
      return { answer, ...(statedConcept ? { subject: { concept: statedConcept.concept, aspects: [] } } : {}) };
    }

    // 局长工资多少 / 地址和电话 ask about a person or a contact, which no budget line answers, even though 工资 is a concept.
    if (frame.cues.person || frame.cues.contact) return { answer: refuse('people', identities, en) };
    // 全区一般公共预算收入: a whole area's finances are no department's budget.
    if (frame.cues.wholeArea) return { answer: refuse('department', identities, en, frame.cues.wholeArea) };
    // 你觉得…是不是在浪费纳税人的钱: a judgement is no figure the disclosure gives.
    if (frame.cues.opinion) return { answer: refuse('opinion', identities, en) };
    // 我去年提交的信访事项办到哪一步了: one person's case is no figure of a budget.
    if (frame.cues.personalCase) return { answer: refuse('personalCase', identities, en) };
    // 北京市2026年GDP预计增长多少: the economy's figures are no department's budget.
    if (frame.cues.economy) return { answer: refuse('notDisclosed', identities, en, frame.cues.economy) };
    // 基本支出和项目支出各多少 → 它们各占总预算的比例是多少: asked of each of the two the conversation named.
    const them = frame.cues.eachOfThem && context?.previous ? [context.previous, this.subjectName(context)] : [];
    if (them.length === 2 && them[1] && them[0] !== them[1]) {
      const each = them.map((name) => this.answerAsked(doc, analyze(`${name}${frame.cues.eachOfThem}`, this.lexicon), undefined).answer);
      if (each.every((a) => a.answered)) return { answer: combined(each), subject: context };
    }
    // 哪些项目的决算数超过了年初预算: the 决算's lines above (or below) their budget.
    // 三公经费的三项里哪一项完成预算的比例最低: the parts of the whole named, by the rates the disclosure states.
    const beyond = answerPartsRankedByExecution(facts, frame) ?? answerExecutionsBeyond(facts, frame) ?? answerExecutionsRanked(facts, frame);
    if (beyond) return { answer: beyond };
    // 12345热线打不通怎么办: how to get a service done asks nothing of a budget line, though it names one.
    if (frame.cues.serviceHowTo && !frame.cues.money && !frame.cues.asksNumber) return { answer: refuse('offTopic', identities, en) };

    // 货物多少 → 服务多少: a word naming one part of the conversation's concept (or of its whole) is that
    // part, before things that merely share the word (商品和服务支出) are offered.
    const whole = context?.concept && (partsOf(context.concept).length ? context.concept : wholeOf(context.concept));
    const partAsked = context && whole && (frame.short || frame.elliptical) && (!picked || picked.matched <= 1) ? namedParts(frame, whole) : [];
    if (whole && partAsked.length === 1 && !concept) {
      const answered = answerConcept(facts, partAsked[0], frame);
      if (answered?.answered) return { answer: answered, subject: { concept: partAsked[0], aspects: [...frame.aspects] } };
    }
    // 政府采购里买服务要花多少: a whole named, then within it (里, 中) a word naming one of its parts, is that part.
    const partWithin = concept && !picked && !frame.aspects.has('share') && partsOf(concept.concept).length && frame.inside.includes(concept.concept) ? namedParts(frame, concept.concept) : [];
    if (partWithin.length === 1) {
      const answered = answerConcept(facts, partWithin[0], frame);
      if (answered?.answered) return { answer: answered, subject: { concept: partWithin[0], aspects: [...frame.aspects] } };
    }
    // 哪些项目跟大厅有关: the projects a word of their names names, listed, is no question about one of them.
    // (A thing named in full, 投资项目审批 of the 分项目标, is asked about itself.)
    if (frame.operation === 'list' && frame.cues.projects && !(picked?.coverage === 1 && (picked.entity.kind === 'subGoal' || picked.entity.kind === 'table')) && !frame.concepts.some((c) => !c.concept.startsWith('perf.') && !(isTotal(c) && isGenericTerm(c.term))) && projectsNamedBy(facts, frame)) {
      const listed = answerProjects(facts, frame);
      if (listed) return { answer: listed };
    }
    // Several things named alike (工装 → two projects): the one that has what is asked, else ask which.
    const readings = picked ? [picked, ...(picked.rivals ?? [])] : [];
    const withIndicator = readings.filter((r) => r.entity.kind !== 'table' || namesIndicator(r.entity.table, frame));
    // 便民服务中心买自助机: where the names tie, the one project whose goal says the question's other words.
    // 取号系统要升级吗，升级了想达到啥效果: a tie that the thing just talked about is part of is that thing.
    const talkedAbout = context?.entity ? readings.filter((r) => r.entity.name === context.entity) : [];
    // 为啥社保那块的钱比去年少了: where the names tie, the one line whose stated change moved the way the question says.
    const moved = frame.cues.movedSaid && (frame.aspects.has('reason') || frame.aspects.has('change')) ? readings.filter((r) => r.entity.kind === 'lineItem' && r.entity.item.change?.direction === frame.cues.movedSaid) : [];
    const fitting = withIndicator.length === 1 ? withIndicator : talkedAbout.length === 1 ? talkedAbout : moved.length === 1 ? moved : describedAmong(doc, readings.map((r) => r.entity), frame.subjectText).map((e) => readings.find((r) => r.entity === e)!);
    const entity = readings.length > 1 && fitting.length === 1 ? fitting[0] : picked;
    // 服务中心单位规格: a unit's attributes asked by the words its name ends with are that unit's, before the
    // projects that share the words.
    const unitByTail = asksUnitAttribute(frame) ? unitWordsSaid(frame).map((p) => this.unitEndingIn(doc, p)).find((u) => u?.kind === 'unit') : undefined;
    if (unitByTail?.kind === 'unit') return { answer: answerUnitAttribute(unitByTail.unit, frame), subject: { entity: unitByTail.name, entityKind: 'unit', aspects: [...frame.aspects] } };
    if (readings.length > 1 && fitting.length !== 1 && !(aboutStaff && (picked?.matched ?? 0) < 2)) {
      const clarified = clarifyReadings(facts, readings.map((r) => r.entity), frame, doc.entities);
      if (clarified) return { answer: clarified };
    }
    // A name given in full (人大代表履职能力提升) is the subject, whatever aspect words it contains (职能).
    const namedInFull = entity && ((entity.coverage === 1 && entity.matched >= FULL_NAME_BIGRAMS) || (entity.coverage >= MOST_OF_NAME && entity.matched > FULL_NAME_BIGRAMS));

    // 它的合格率 / 采购金额多少 / 比2023年执行数涨了多少: a question that points back, or names no subject of
    // its own (a total word at most), is about the thing the conversation named.
    const previous = context?.entity ? this.entityOf(doc, context) : undefined;
    // 城乡社区支出多少 → 其中基本支出是多少: a column of the line talked about (its 基本支出, 项目支出), not the body's.
    const column = concept && frame.lexicon.concepts[concept.concept]?.name;
    if (previous?.kind === 'lineItem' && frame.cues.within && column && previous.item.breakdown.some((b) => b.column === column)) {
      const own = answerEntity(facts, previous, frame, doc.entities);
      if (own) return { answer: own, subject: context };
    }
    // 那行政服务局本级呢: another thing of the kind just discussed, asked as the last one was.
    const sibling = previous && frame.elliptical ? doc.resolver.readings(frame.mentionText, undefined, [previous.kind]).find((r) => r.entity.name !== previous.name) : undefined;
    if (sibling && context) {
      // 那X呢 asking nothing of its own (no money, no aspect) asks what was asked before.
      const bare = !frame.cues.money && frame.aspects.size === 0 && frame.attribute === 'amount';
      // 那X的预算呢 asks X's money: what was asked before is carried only where nothing is asked now.
      if (!frame.cues.money) for (const aspect of context.aspects) frame.aspects.add(aspect as Aspect);
      // 其中政务服务中心那部分呢 → 那行政服务局本级呢: the conversation's figure, asked of the other unit by name.
      const figure = sibling.entity.kind === 'unit' && context.concept ? frame.lexicon.concepts[context.concept]?.name : undefined;
      const ofUnit = figure ? this.answerAsked(doc, analyze(`${sibling.entity.name}的${figure}`, this.lexicon), undefined).answer : undefined;
      if (ofUnit?.answered) return { answer: ofUnit, subject: { ...context, entity: sibling.entity.name, entityKind: sibling.entity.kind } };
      // 这个项目的群众满意度 → 那另一个专项呢: the indicator just answered, asked of the other project.
      const sameIndicator = bare && context.indicator ? answerIndicatorLike(tableNamed(doc.entities, sibling.entity.name)?.table, context.indicator, frame) : undefined;
      if (sameIndicator) return { answer: sameIndicator, subject: { ...context, entity: sibling.entity.name, entityKind: sibling.entity.kind } };
      const answered = sibling.entity.kind === 'unit' ? this.answerByAspect(doc, frame, sibling.entity.unit) : answerEntity(facts, sibling.entity, frame, doc.entities);
      if (answered) return { answer: answered, subject: { ...context, entity: sibling.entity.name, entityKind: sibling.entity.kind } };
    }
    // 预算多少 after a project asks that project's; 预算总额 / 总计 names the total itself.
    // 其中政府采购了哪些 after a project: a total word said within the conversation's subject is that subject's.
    const nameless = !namedInFull && (!concept || (isTotal(concept) && (frame.short || frame.cues.within) && !concept.term.includes('总'))) && !unnamedSubject(frame) && !indicatorHits(facts, frame).length;
    // 预算最少的项目是哪个 after 哪个项目钱最多: a question about projects as a set is not about the last one.
    const aboutProjects = frame.cues.projects && (frame.operation === 'rank' || frame.operation === 'list');
    // …服务多少个项目，评审多少次: a short question naming an indicator the conversation's project has is about
    // that project, before another project that merely shares the word (专家评审费).
    const previousTableEntity = previous && tableNamed(doc.entities, previous.name);
    const previousTable = previousTableEntity?.table;
    // Another project named by a whole form of its name (专家评审 for 专家评审费) is the subject, though.
    const otherNamed = !!entity && entity.coverage === 1 && entity.entity.name !== previous?.name;
    const ownIndicator = !!previousTable && frame.followUpLength && !namedInFull && !otherNamed && entity?.entity.name !== previous?.name && namesIndicator(previousTable, frame);
    // 两家单位的单位性质 after a project: a unit's attributes are no thing's but a unit's.
    const asksUnits = asksUnitAttribute(frame);
    // 那个中心: the one unit, not the department's own, whose name ends in the noun pointed with.
    const pointedUnit = frame.cues.pointedNoun ? this.unitEndingIn(doc, frame.cues.pointedNoun) : undefined;
    // 你们这是干啥的单位 after a project: the department itself is asked about, not the project.
    const askedOfSelf = frame.cues.ownBody && (frame.aspects.has('duties') || asksUnits);
    if (previous && !pointedUnit && !askedOfSelf && !(asksUnits && previous.kind !== 'unit') && (frame.refersBack || ownIndicator || (nameless && !entity && !aboutProjects && (frame.elliptical || frame.followUpLength)))) {
      // An indicator of the project's table is asked of the table, whichever of its namesakes the conversation held;
      // 这个项目 after a purchase is the project it is bought under.
      // 信访业务花了多少 → 预算执行率多少: a line's budget against its actual is its 决算 statement's.
      const executed = previous.kind === 'lineItem' && (frame.aspects.has('execution') || frame.cues.budgetAsked) ? doc.entities.find((e) => e.kind === 'execution' && e.name === previous.name) : undefined;
      const asked = executed || (ownIndicator && previousTableEntity) || (frame.cues.projects && projectOf(doc, previous)) || previous;
      // 它主要买了啥 of a unit: asked again with the unit named, as 政务服务中心主要买了啥 is answered.
      const answered = asked.kind === 'unit' ? this.answerOfUnit(doc, frame, asked, context) : answerEntity(facts, asked, frame, doc.entities);
      // 它的政府采购预算多少 of a unit: the unit's procurement is what 其中最大的一项 asks into next.
      const figure = asked.kind === 'unit' ? pickConcept(frame.concepts) : undefined;
      if (answered) return { answer: answered, subject: figure && context ? { ...context, concept: figure.concept } : context };
    }

    // 局本级 / 机关本级: the department's own unit, which its tail names.
    const ownLevel = () => (/本级/.test(frame.mentionText) ? doc.entities.find((e) => e.kind === 'unit' && isOwnUnit(e.name, facts)) : undefined);
    // An English question names a unit in the Chinese words its English stands for (Government Service Center → 政务服务中心).
    const unitWords = frame.english ? frame.mentionText : frame.text;
    const named = pointedUnit ?? (namedInFull ? undefined : (doc.resolver.readings(unitWords, undefined, ['unit'], frame.english ? undefined : frame.subjectText)[0]?.entity ?? ownLevel()));
    // 政府采购多少 → 其中政务服务中心的呢: the conversation's figure, asked of the unit named.
    const unitNext = named?.kind === 'unit' && frame.elliptical && !concept && context?.concept ? frame.lexicon.concepts[context.concept]?.name : undefined;
    if (unitNext && named) {
      const asked = this.answerAsked(doc, analyze(`${named.name}的${unitNext}`, this.lexicon), undefined);
      // 它主要买了啥 next is about the unit's own figure: the unit becomes what the conversation is about.
      if (asked.answer.answered || asked.answer.citations.length) return { answer: asked.answer, subject: { aspects: [], ...context, entity: named.name, entityKind: named.kind } };
    }
    // 我们局下面是不是还有个政务服务中心: whether a unit named is there, asking nothing else of it, is yes, with
    // what the table says it is; it is what 它 means next.
    // Named by its own words (政务服务中心), not by a word it shares (便民服务中心 is no 政务服务中心).
    const unitSaid = named?.kind === 'unit' && frame.text.includes(named.name.slice(-UNIT_NAME_TAIL));
    if (named?.kind === 'unit' && unitSaid && !frame.concepts.length && !frame.aspects.size && (frame.cues.yesNo || frame.cues.exists)) {
      const stated = answerUnitAttribute(named.unit, frame);
      return { answer: rendered({ ...stated, intent: 'verify', body: `${frame.english ? 'Yes. ' : '是的。'}${stated.body}` }), subject: { entity: named.name, entityKind: named.kind, aspects: [] } };
    }
    // 政务大厅运行经费的产出指标是什么: an indicator of a thing named is no glossary question.
    // 单位预留机动经费是干嘛用的: what a line is for, where the disclosure states no uses of it, is what its glossary entry says.
    const usesUnstated = frame.aspects.has('uses') && frame.concepts.length === 1 && !['expense.project', 'expense.total'].includes(frame.concepts[0].concept) && !findAmount(facts, frame.concepts[0].concept)?.uses;
    const definitionAsked = (frame.operation === 'definition' || usesUnstated) && !(frame.cues.indicator && picked && picked.matched >= NAMED_BIGRAMS);
    // 五个不发生指哪五个: a term the glossary lacks may be explained where the prose uses it.
    const defined = definitionAsked ? (findDefinition(facts, frame) ?? (frame.operation === 'definition' && !frame.concepts.length ? statedMeaning(doc.text, frame) : undefined)) : undefined;
    // 单位预留机动经费是什么？今年预算多少: the term defined is what the conversation is about next.
    if (defined) return { answer: answerGlossary(defined, frame), ...this.definedSubject(doc, defined.term) };
    // One project named well enough (办公设备家具那个项目) is no question about projects as a set; the
    // department's whole-of-budget table, named by generic words only (支出绩效目标), does not count.
    const thingNamed = !!entity && (entity.matched >= NAMED_BIGRAMS || !!entity.family) && !isWholeDepartment(entity.entity.name);
    // 出国经费多少 → 主要用来干嘛: a short question naming nothing asks about the conversation's subject.
    const leans = !!context && (frame.short || frame.followUpLength) && !frame.concepts.length && !entity && (!!context.entity || (!!context.concept && !['expense.project', 'expense.total'].includes(context.concept)));
    // 几个评审评估类项目里，评审数量最多的是哪个: projects described by a kind (a word of several names), an
    // indicator they share ranked across them; a thing named in full is asked on its own.
    const indicatorNamedBeyond = concept ? Math.max(1, concept.term.length - 1) + FULL_NAME_BIGRAMS - 1 : 0;
    // A和B，哪个的群众满意度目标更多: two projects named in full, an indicator of theirs set against each other.
    const setAgainst = frame.aspects.has('compare') ? facts.projectTables.filter((t) => frame.mentionText.includes(normalizeQuestion(t.project))).map((t) => t.project) : [];
    const twoRanked = setAgainst.length >= 2 ? answerIndicatorsAcrossProjects(facts, frame, setAgainst) : undefined;
    if (twoRanked) return { answer: twoRanked };
    const rankedIndicator = frame.aspects.has('compare') && entity?.coverage !== 1 && indicatorHits(facts, frame, indicatorNamedBeyond).length > 1 ? answerIndicatorsAcrossProjects(facts, frame) : undefined;
    if (rankedIndicator) return { answer: rankedIndicator };
    // 哪个项目预算执行率最低 / 哪个项目自评得分最低: projects ranked by the rate or the score their self-evaluations state.
    const rankedBy = frame.aspects.has('execution') ? 'execution' : frame.attribute === 'score' ? 'score' : undefined;
    const rankedProjects = rankedBy && frame.cues.projects && frame.aspects.has('compare') && entity?.coverage !== 1 ? answerProjectsRanked(facts, frame, rankedBy) : undefined;
    if (rankedProjects) return { answer: rankedProjects };
    // 不是财政拨款的收入 / 有没有非财拨来源: the income beside the appropriation, worked out, before what 来源 asks of the appropriation.
    const beside = frame.cues.nonFiscal && !entity && concept && INCOME_SIDES.includes(concept.concept) ? answerNonFiscalIncome(facts, frame) : undefined;
    if (beside) return { answer: beside, subject: { concept: 'income.total', aspects: [] } };
    const fixed = namedInFull ? undefined : (this.answerByAspect(doc, frame, named?.kind === 'unit' ? named.unit : undefined, thingNamed, leans) ?? answerAbsence(facts, frame));
    // 机关运行经费包括哪些 → 安排多少: the figure a definition was given of is what the conversation is about next.
    const definedFigure = fixed?.intent === 'definition' ? pickConcept(frame.concepts) : undefined;
    // 下面挂着政务服务中心吧 → 它是什么规格: a unit named in a question about units is what 它 means next.
    if (fixed) return { answer: fixed, ...(named && (fixed.intent === 'org' || fixed.intent === 'verify' || named.kind === 'unit') ? { subject: { entity: named.name, aspects: [...frame.aspects] } } : definedFigure ? { subject: { concept: definedFigure.concept, aspects: [] } } : {}) };

    // 哪个项目钱最多 / 列出所有采购项目: projects as a set, where no one thing is named in full.
    const aboutProcurement = frame.concepts.some((c) => c.concept.startsWith('procurement'));
    if (frame.cues.projects && !namedInFull && !frame.cues.indicator && !thingNamed) {
      const rankedByMoney = frame.operation === 'rank' && frame.attribute === 'amount' && (frame.cues.money || frame.concepts.some((c) => c.concept === 'expense.project' || isTotal(c)));
      const projects = rankedByMoney ? answerLargestProjects(facts, frame) : (frame.operation === 'list' || frame.operation === 'count') && aboutProcurement ? answerProcurementProjects(facts, frame) : undefined;
      if (projects) return { answer: projects };
    }
    // A standard 类 named (一般公共服务支出) that this budget has no line for is not given: no near name stands in.
    const className = CLASS_NAMES.find((name) => name.length > 4 && frame.text.includes(name));
    if (className && !facts.lineItems.some((i) => i.name === className) && !frame.aspects.has('compare')) {
      return { answer: refuse('notDisclosed', identities, en, className) };
    }
    // With staffing words, a name must be named by more than one shared bigram (办公电话 is not 办公费);
    // an indicator named more fully than the thing (…信访事项办结后不服率 beside 信访事务) is the subject.
    // (A project named with one of its indicators answers from its own table.)
    const hits = entity ? indicatorHits(facts, frame, entity.matched + 1) : [];
    const indicatorFirst = hits.length > 0 && !(entity?.entity.kind === 'table' && hits.some((h) => entity.entity.kind === 'table' && h.table === entity.entity.table));
    // 一般公共预算财政拨款支出中哪一类最多: a 决算's statement of a whole says nothing of its classes; they are ranked.
    // 法院（款）下面各项里降幅最大的: a line's own lines ranked by their stated rate, not the line itself.
    const rankedWithin = (entity?.entity.kind === 'execution' && frame.aspects.has('compare')) || (entity?.entity.kind === 'lineItem' && frame.aspects.has('compare') && !!frame.cues.rateMoved);
    // 大厅电脑装杀毒软件那些安全设备，要装多少个: a measure asked of an indicator described in its own words,
    // more of them than any name the question says (电脑 of 台式计算机).
    const described = !namedInFull && (!concept || isTotal(concept)) ? answerDescribedIndicator(facts, frame, entity) : undefined;
    if (described) return { answer: described };
    if (entity && !(aboutStaff && entity.matched < 2) && !indicatorFirst && !rankedWithin) {
      const answered = answerEntity(facts, entity.entity, frame, doc.entities);
      if (answered) return { answer: answered, subject: { entity: entity.entity.name, entityKind: entity.entity.kind, aspects: [...frame.aspects] } };
    }

    // An indicator named without its table is a subject of its own, not a follow-up.
    // With a concept named too (接待 in 接待群众…集体访次数), the indicator must be named more fully than the concept.
    const indicator = answerIndicatorAcrossTables(facts, frame, indicatorNamedBeyond);
    if (indicator) return { answer: indicator };
    // 公务接待费预算多少 → 多少人次: a count said of what the conversation is about (公务接待人次) is no staffing question.
    const underContext = (frame.short || (frame.followUpLength && !frame.english)) && !frame.concepts.length && (countAsked || frame.cues.money) && context?.concept ? this.answerUnderConcept(doc, frame, context.concept) : undefined;
    if (underContext) return underContext;
    if (aboutStaff) return { answer: refuse('people', identities, en) };

    // A follow-up is short and names no subject of its own: 和上年比呢 / 原因是什么 / 买几台.
    const followUp = context && (frame.elliptical || frame.short || frame.refersBack || (!entity && frame.followUpLength));
    // 单位预留机动经费是什么 → 今年预算多少 / 那它完成预算的百分之几: a bare total word (预算) in a short follow-up,
    // or one that points back, is the conversation's figure.
    // 机关运行费多少 → 政府采购多少: procurement is a table of its own, which a follow-up turns to.
    // 人员经费包括哪些？一共多少钱？: a term that only asks (一共多少钱), said alone, is as bare as a generic one.
    // 打算花多少钱: words of intent or estimate around it ask nothing more.
    const asksAlone = asksOnly(concept ?? { concept: 'budget.total', term: '', at: 0 }) && saysOnly(frame, concept?.term ?? '');
    if (concept && followUp && (frame.short || frame.refersBack) && context?.concept && isTotal(concept) && (isGenericTerm(concept.term) || asksAlone) && !concept.concept.startsWith('procurement') && !WHOLE_BUDGET.includes(context.concept)) concept = { concept: context.concept, term: '', at: 0 };
    // 公务用车购置及运行费 → 运行费变化多少: a bare running cost (运行费, not 机关运行费) of the cars talked about is theirs.
    const carsTalkedAbout = context?.concept && (VEHICLE_CONCEPTS.includes(context.concept) || context.concept === 'sangong.vehiclePurchase');
    if (concept?.concept === 'admin' && followUp && carsTalkedAbout && concept.term.length <= BARE_RUNNING_COST) concept = { ...concept, concept: 'sangong.vehicleOperation' };
    if (!concept && followUp) {
      if (context.entity) {
        const previous = this.entityOf(doc, context);
        const answered = previous && answerEntity(facts, previous, frame, doc.entities);
        if (answered) return { answer: answered, subject: context };
      }
      // 三公经费呢 → 多少: a bare 多少 asks the figure talked about.
      // 有这笔钱吗: pointing back at it, or asking whether there is any, asks of the figure talked about.
      if (context.concept && (frame.aspects.size || frame.elliptical || frame.verify !== undefined || frame.cues.asksNumber || frame.cues.partsAddUp || frame.refersBack || frame.cues.exists)) concept = { concept: context.concept, term: '', at: 0 };
      // 有几辆公车 → 还打算再买吗: buying asked of the vehicles talked about is the vehicles to be bought.
      if (context.concept && frame.cues.buying && VEHICLE_CONCEPTS.includes(context.concept)) concept = { concept: 'sangong.vehiclePurchase', term: '', at: 0 };
    }
    // 有几辆公车 → 还打算再买吗: buying planned, nothing bought named, after the vehicles is the vehicles to be bought;
    // the assets' planned purchases, where stated, beside it (固定资产 → 其中车辆值多少 → 那还准备再买多少).
    if (concept?.concept === 'assets.purchasePlan' && followUp && context?.concept && VEHICLE_CONCEPTS.includes(context.concept) && buysUnnamed(frame)) {
      const given = (['sangong.vehiclePurchase', 'assets.purchasePlan'] as const).map((c) => ({ c, answer: answerConcept(facts, c, frame) })).filter((g) => g.answer?.answered);
      // What follows (主要买什么) is asked of the fuller of the two: the assets' plan where it is stated.
      if (given.length) return { answer: combined(given.map((g) => g.answer!)), subject: { concept: given[given.length - 1].c, aspects: [...frame.aspects] } };
    }
    // 政府采购多少 → 服务类多少 / 货物工程服务各多少: parts of the conversation's concept named by a word of theirs.
    const parts = followUp && context?.concept && (!concept || concept.concept === context.concept || partsOf(context.concept).includes(concept.concept)) ? namedParts(frame, context.concept) : [];
    if (parts.length) {
      const answers = parts.map((p) => answerConcept(facts, p, frame)).filter((x): x is Answer => !!x?.answered);
      if (answers.length === 1) return { answer: answers[0], subject: { concept: parts[0], aspects: [...frame.aspects] } };
      if (answers.length > 1) return { answer: combined(answers), subject: context };
    }
    // 其中公车运行维护花了多少 asks the money itself: what was asked of the figure before (完成率) is not carried over.
    if (concept && frame.elliptical && followUp && context?.aspects.length && frame.aspects.size === 0 && !frame.cues.money) {
      // 比去年少了多少 → 其中公务用车运行维护费呢: the year before was said to measure the change, not to be asked.
      const carried = context.aspects.includes('change') ? context.aspects.filter((a) => a !== 'previous') : context.aspects;
      for (const aspect of carried) frame.aspects.add(aspect as Aspect);
    }
    // 项目支出 → 占总支出多少: the total named is the denominator, the conversation's subject the share.
    if (concept && followUp && frame.aspects.has('share') && isTotal(concept) && context?.concept && context.concept !== concept.concept) {
      concept = { concept: context.concept, term: '', at: 0 };
    }
    // 比上年增加了多少: a change asked of nothing named is the whole budget's; of something it does not know (房价, GDP), nothing's.
    if (!concept && (frame.aspects.has('change') || frame.aspects.has('previous') || frame.aspects.has('growthRate')) && !namesUnknown(frame, doc)) {
      concept = { concept: 'budget.total', term: '', at: 0 };
    }

    // A code named that no line carries: say so rather than answer about something else.
    if (frame.codes.length && !facts.lineItems.some((i) => frame.codes.includes(i.code))) {
      return { answer: refuse('notDisclosed', identities, en, `科目 ${frame.codes.join('、')}`) };
    }
    // 哪个项目满意度最高: an indicator ranked across the projects' tables, before any ranking of money.
    const indicatorRank = frame.aspects.has('compare') && (frame.cues.indicator || frame.aspects.has('indicator'));
    const indicatorRanked = indicatorRank ? answerIndicatorsAcrossProjects(facts, frame) : undefined;
    if (indicatorRanked) return { answer: indicatorRanked };
    // 三公经费合计数和各分项加起来一致吗: a whole's own parts added against it.
    // The whole is the concept the others named are parts of (合计数和出国、接待、用车三项: 三公, not 用车).
    const ofWhole = frame.concepts.find((c) => frame.concepts.some((o) => wholeOf(o.concept) === c.concept)) ?? concept;
    const addedUp = frame.cues.partsAddUp && ofWhole ? answerPartsAddUp(facts, ofWhole.concept, frame) : undefined;
    if (addedUp) return { answer: addedUp, subject: { concept: ofWhole!.concept, aspects: [] } };
    // 它是不是三项里最高的: a part said to be its whole's largest, its whole's parts ranked with a yes or no.
    // The whole named beside the part (三公经费里), else the whole the part stands in.
    const namedWhole = concept && frame.concepts.find((c) => isUnder(c.concept, concept!.concept))?.concept;
    const claimedWhole = frame.aspects.has('compare') && frame.cues.yesNo && concept ? (namedWhole ?? rankedWholeOf(facts, concept.concept)) : undefined;
    // Said of 运行维护费, ranked among 三公经费's parts: the part of that whole it stands in (公务用车购置及运行费).
    let claimedPart = concept?.concept;
    while (claimedWhole && claimedPart && wholeOf(claimedPart) !== claimedWhole) claimedPart = wholeOf(claimedPart);
    const claimedTop = claimedWhole && claimedPart ? answerLargestPart(facts, claimedWhole, frame, claimedPart) : undefined;
    if (claimedTop) return { answer: claimedTop, subject: { concept: concept!.concept, aspects: [] } };
    // 三公经费里哪一项最多: a whole's own parts ranked, before any classified line.
    const partRanked = frame.aspects.has('compare') && concept ? answerLargestPart(facts, concept.concept, frame) : undefined;
    if (partRanked) return { answer: partRanked, subject: { concept: concept!.concept, aspects: [] } };
    // 哪项支出最多: the classified lines ranked, where the question names no narrower subject.
    // 财政拨款支出里哪一项最多: the lines of the fiscal tables are ranked the same way.
    // 哪个菜场的菜最便宜 ranks nothing of a budget: with no concept, money word or conversation, only a line word (科目, 项) asks it.
    const ranksLines = concept || frame.cues.money || context || frame.elliptical || frame.cues.lineWord;
    // 法院（款）下面各项支出里，降幅最大的是哪一项: lines ranked by the rate of change the disclosure states for them.
    const scope = picked?.entity.kind === 'lineItem' && picked.coverage === 1 ? picked.entity.item.code : undefined;
    const byRate = frame.aspects.has('compare') && frame.cues.rateMoved ? answerLinesByRate(facts, frame, scope) : undefined;
    if (byRate) return { answer: byRate };
    if (frame.aspects.has('compare') && ranksLines && (!concept || isTotal(concept) || RANKED_WHOLES.includes(concept.concept)) && !aboutProcurement && !concept?.concept.startsWith('procurement')) {
      // 法院（款）下面的几个项里，哪项最多: the lines under the one named.
      const ranked = answerLargestLines(facts, frame, scope ? [scope] : undefined);
      if (ranked) return { answer: ranked };
    }
    // 公用经费里哪一项最多: the economic classes that make up the concept, ranked.
    // 人员经费包括哪些: a concept with no parts of its own is made up of those classes, listed the same way.
    // (基本支出分成人员和公用 names its parts itself: they answer.)
    const alone = !!concept && frame.concepts.every((c) => c.concept === concept!.concept);
    const listsClasses = frame.aspects.has('compare') || (frame.operation === 'composition' && alone && !partsOf(concept!.concept).length);
    const classes = concept && listsClasses ? ECONOMIC_CLASSES[concept.concept] : undefined;
    if (classes) {
      const ranked = answerLargestLines(facts, { ...frame, scheme: 'economic', level: frame.level ?? 2 }, classes);
      // 公用经费主要包括哪些: what the prose says the figure is made of comes first, as it says it.
      const stated = ranked && frame.operation === 'composition' ? findAmount(facts, concept!.concept) : undefined;
      const listed = stated?.includes ? rendered({ ...ranked!, body: `${strings(ranked!.lang).includesStated(stated.label, stated.includes)}\n${ranked!.body}`, citations: [...cite(stated.source), ...ranked!.citations] }) : ranked;
      if (listed) return { answer: listed, subject: { concept: concept!.concept, aspects: [] } };
    }
    // 它里面最大的一项 after 政府采购多少: the conversation's procurement, ranked.
    // 单价最便宜的物品: a unit price or a quantity is had by procurement rows alone, whatever they are called.
    const ofRows = !concept && (frame.attribute === 'unitPrice' || frame.attribute === 'quantity');
    const largest = frame.aspects.has('compare') && (aboutProcurement || ofRows || concept?.concept.startsWith('procurement')) ? answerLargestItems(facts, frame, frame.elliptical || frame.cues.within ? context?.entity : undefined) : undefined;
    if (largest) return { answer: largest };
    const several = answerSeveral(facts, frame);
    if (several) return { answer: several, subject: { concept: frame.concepts[0].concept, aspects: [...frame.aspects] } };

    // 12345热线工作经费预算: a subject of its own that nothing here names is not given; the total is no answer.
    // 信访局政府采购预算: the bureau said by its kind (信访局 of 长沙市信访局) is the body, no subject of its own.
    const unplaced = doc.facts.identity.department.replace(PLACE_LEAD, '');
    const bureau = unplaced !== doc.facts.identity.department && unplaced.endsWith('局') ? unplaced : undefined;
    const unnamed = concept && !entity ? unnamedSubject(frame, withoutOwnNames(frame.text, doc.ownNames).replace(bureau ?? '', ''), isTotal(concept) || concept.term.length <= 1, this.lexicon.words) : undefined;
    // 社保就业支出: a subject no word names may be one name abbreviated, its characters in order (社会保障和就业支出).
    // 物业费预算: the generic word the subject was said with (预算) is no part of the name it abbreviates.
    const said = unnamed?.replace(/(?<=..)(?:预算|支出|资金|项目|采购)$/, '');
    const abbreviated = said ? [...new Set(doc.entities.filter((e) => inOrder(said, e.name) && !e.name.includes(said)).map((e) => e.name))] : [];
    const spelledOut = abbreviated.length === 1 ? doc.entities.find((e) => e.name === abbreviated[0]) : undefined;
    const answeredAbbreviated = spelledOut && answerEntity(facts, spelledOut, frame, doc.entities);
    if (spelledOut && answeredAbbreviated?.answered) return { answer: answeredAbbreviated, subject: { entity: spelledOut.name, entityKind: spelledOut.kind, aspects: [...frame.aspects] } };
    if (unnamed) return { answer: withNearestLine(refuse('notDisclosed', identities, en, unnamed), doc, frame) };

    // 决算数为啥比年初预算少: a 决算's budget against actual, of nothing narrower, is its statement of the whole.
    // The 决算's whole statement is of the fiscal (general budget) spending, which its own names may be asked by.
    const wholeExecution = !entity && (!concept || [...WHOLE_BUDGET, 'expense.fiscal', 'expense.general'].includes(concept.concept)) && (frame.cues.budgetAsked || frame.aspects.has('execution')) ? facts.executions.find((e) => e.path.length === 1) : undefined;
    if (wholeExecution) return { answer: answerExecution(wholeExecution, frame) };

    if (concept) {
      const answered = answerConcept(facts, concept.concept, frame);
      // 政务服务中心自己的人员经费: a figure the disclosure gives for the whole department only is not
      // given for one of its units; the department's figure follows, said to be the department's.
      const ownUnit = named?.kind === 'unit' && facts.units.length > 1 && !isOwnUnit(named.name, facts) && !concept.concept.startsWith('procurement') ? named.name : undefined;
      // 政务服务中心的日常公用经费预算资金: a procurement project of the unit named by the figure's own words.
      const buyer = ownUnit ? unitNamed(frame, doc.entities) : undefined;
      const bought = buyer ? doc.entities.find((e) => e.kind === 'procProject' && e.name === concept.term && e.items.some((i) => i.unit === buyer)) : undefined;
      const boughtAnswer = bought && answerEntity(facts, bought, frame, doc.entities);
      if (boughtAnswer?.answered) return { answer: boughtAnswer, subject: { entity: bought!.name, entityKind: bought!.kind, aspects: [...frame.aspects] } };
      if (answered && ownUnit) {
        const notSplit = refuse('notDisclosed', identities, en, en ? `${conceptName(concept.concept, frame)} of ${ownUnit} alone (only the department's total is given)` : `${ownUnit}单独的${conceptName(concept.concept, frame)}（披露只给出整个部门的合计）`);
        // 那行政服务局呢: the conversation stays on the figure asked, for the next body named.
        return { answer: notGivenThen(notSplit, answered), subject: { concept: concept.concept, aspects: [...frame.aspects] } };
      }
      // 培训多少人次 / 会议费开几次会: a count the disclosure does not state is said not to be given, before
      // the money it does give; the money is no count.
      const countUnit = eventCountAsked(frame);
      const counted = countUnit && answered && COUNTED.test(answered.body);
      if (answered?.intent === 'amount' && countUnit && !counted && !frame.cues.money && !frame.lexicon.concepts[concept.concept]?.count) {
        const name = conceptName(concept.concept, frame);
        // 开会大概多少人参加: the count stated under the concept's own words (会议人数), where the question said others.
        const underName = findStatedCount(facts.statedCounts, frame, `${coreName(frame.lexicon.concepts[concept.concept]?.name ?? name)}${frame.text}`);
        if (underName) return { answer: answerStatedCount(underName, frame, facts.statedCounts), subject: { concept: concept.concept, aspects: [...frame.aspects] } };
        return { answer: notGivenThen(countNotGiven(facts.identity, name, countUnit, en), answered), subject: { concept: concept.concept, aspects: [...frame.aspects] } };
      }
      if (answered) return { answer: withCheckWarnings(answered, doc), subject: { concept: concept.concept, aspects: [...frame.aspects] } };
    }

    // 哪个项目评审次数最多 / 法律顾问每周现场办公几个小时: indicators asked with no project named
    // (already sought above where an indicator was ranked).
    const acrossProjects = indicatorRank ? undefined : answerIndicatorsAcrossProjects(facts, frame);
    if (acrossProjects) return { answer: acrossProjects };
    // 培训费 where the disclosure states no such figure but classifies a line by its core word (培训支出): that line.
    const conceptLabel = concept ? frame.lexicon.concepts[concept.concept]?.name : undefined;
    const core = conceptLabel?.replace(/(?:经费|费用|费|支出)$/, '') ?? '';
    const line = core.length >= 2 && core !== conceptLabel ? doc.entities.find((e): e is Entity & { kind: 'lineItem' } => e.kind === 'lineItem' && e.name.startsWith(core) && e.name.length <= core.length + 2) : undefined;
    const asLine = line ? answerEntity(facts, line, frame, doc.entities) : undefined;
    if (asLine?.answered) return { answer: asLine, subject: { entity: line!.name, entityKind: line!.kind, aspects: [...frame.aspects] } };
    const refusal = concept ? refuse('notDisclosed', identities, en, conceptLabel) : refuse('offTopic', identities, en);
    return { answer: withNearestLine(refusal, doc, frame) };
  }

  /** 哪个部门三公经费最多 / 2024年和2023年比: one concept over several loaded documents. */
  private compareAcross(frame: Frame): Answer | undefined {
    const concept = pickConcept(frame.concepts);
    if (this.documents.length < 2 || !concept) return undefined;
    const years = new Set(frame.years);
    // Neither a comparison nor two years: nothing to compare, and no pass over the documents.
    if (!frame.aspects.has('compare') && years.size < 2) return undefined;
    // 行政服务局2021年和2020年比: the years of the department named, or of all when none is named.
    const named = documentsNamedIn(this.documents, frame.text);
    const pool = named.length ? named : this.documents;
    const byYear = pool.filter((d) => d.facts.identity.year !== null && years.has(d.facts.identity.year));
    const multiYear = years.size >= 2 && byYear.length >= 2;
    if (!frame.aspects.has('compare') && !multiYear) return undefined;
    return answerAcross((multiYear ? byYear : pool).map((d) => d.facts), concept.concept, frame);
  }

  /** Questions whose aspect alone says what to answer: definitions, unit attributes, lists. */
  /** `unit`: the unit the question or the conversation names, for its attributes; else the department's own. */
  /** `thingNamed`: the question names one thing well enough (办公设备家具那个项目), so it is no question about projects as a set. */
  /** `leans`: the question names nothing and leans on the conversation's subject, whose uses it asks. */
  /** A question that points back at a unit, asked again with the unit named in place of the pointing word. */
  private answerOfUnit(doc: LoadedDocument, frame: Frame, unit: Entity & { kind: 'unit' }, context: Subject | undefined): Answer | undefined {
    const rest = frame.text.replace(UNIT_POINTER, '');
    // 最大的一笔是哪个 after 其中政务服务中心多少: the unit's share of the conversation's figure (its procurement).
    const figure = context?.concept ? (frame.lexicon.concepts[context.concept]?.name ?? '') : '';
    for (const question of [...(rest !== frame.text ? [`${unit.name}${rest}`] : []), ...(figure ? [`${unit.name}${figure}${rest}`] : [])]) {
      const named = this.answerAsked(doc, analyze(question, this.lexicon), undefined).answer;
      if (named.answered) return named;
    }
    return this.answerByAspect(doc, frame, unit.unit);
  }

  private answerByAspect(doc: LoadedDocument, frame: Frame, unit: OrgUnit | undefined, thingNamed = false, leans = false): Answer | undefined {
    const { facts } = doc;
    const a = frame.aspects;
    // 包括哪些 of a subject the figures do not break down is answered by its definition, which lists its parts.
    const subject = pickConcept(frame.concepts);
    // Several figures named (basic split between personnel and public) are each answered, not defined.
    const several = new Set(frame.concepts.map((c) => c.concept)).size > 1 && frame.cues.joined;
    const composition = (a.has('parts') || a.has('list')) && !a.has('uses') && !several && subject !== undefined && !hasStatedParts(facts, subject.concept) && !this.namesLineWithParts(doc, frame);
    if ((frame.operation === 'definition' || composition) && !(thingNamed && frame.cues.indicator)) {
      const defined = findDefinition(facts, frame);
      if (defined) return answerGlossary(defined, frame);
    }
    // 除了局本身，下面还有哪个单位: the units but the one set aside.
    const beside = frame.unitSetAside ? answerUnitsBeside(facts, unitsSetAside(facts, frame.unitSetAside), frame) : undefined;
    if (beside) return beside;
    if (asksUnitAttribute(frame)) {
      // 行政服务局跟政务服务中心，哪个是行政单位: each unit the question names, one line each.
      const namedUnits = unitsSaidIn(facts.units, frame.mentionText);
      if (namedUnits.length >= 2) return combined(namedUnits.map((u) => answerUnitAttribute(u, frame)));
      // 两家单位的单位性质 / 各单位的规格: every unit, one line each.
      if (frame.cues.everyUnit && facts.units.length > 1) return combined(facts.units.map((u) => answerUnitAttribute(u, frame)));
      // 下属单位的规格: the units under the department, its own aside.
      const under = !unit && frame.cues.subordinate ? facts.units.filter((u) => !isOwnUnit(u.name, facts)) : [];
      if (under.length && under.length < facts.units.length) return combined(under.map((u) => answerUnitAttribute(u, frame)));
      const asked = unit ?? facts.units[0];
      if (asked) return answerUnitAttribute(asked, frame);
      // No table of units: what the department says it is (…是…下属事业单位), quoted.
      if (facts.selfDescription) return answerSelfDescription(facts, frame);
      return refuse('notDisclosed', [facts.identity], frame.english, frame.english ? 'what kind of body the department is (nature, rank or funding)' : '本单位的性质、级别或经费保障形式');
    }
    // 一窗通平台是做什么的: what a thing named is for is its own goal, not the department's duties.
    if (a.has('duties') && !thingNamed) return answerDuties(facts, frame);
    if (a.has('glossary') && !frame.concepts.length) return answerGlossaryList(facts, frame);
    if (a.has('subGoals') && (a.has('list') || a.has('count'))) return answerSubGoals(facts, frame);
    if (a.has('overallGoal')) return answerOverallGoal(facts, frame);
    if (a.has('measures')) return answerMeasures(facts, frame);
    // 政府采购一共几个项目: the projects procurement is planned under are no list of performance tables.
    if (a.has('projects') && !thingNamed && !frame.concepts.some((c) => (c.concept !== 'expense.project' && !isTotal(c)) || c.concept.startsWith('procurement'))) return answerProjects(facts, frame);
    if (a.has('uses') && !a.has('reason') && !thingNamed && !leans && (!frame.concepts.length || frame.concepts.every((c) => c.concept === 'expense.project' || c.concept === 'expense.total'))) return answerUses(facts, frame);
    // 部门预算包括几家单位 / 哪个单位一起编的预算: the budget named as what the units make up asks the units.
    const wholeOnly = frame.concepts.length > 0 && frame.concepts.every((c) => isTotal(c) && c.term.length <= 2) && !frame.cues.asksNumber && !frame.cues.yesNo;
    if (a.has('units') && (a.has('list') || a.has('count') || ['个', '家', '所'].includes(frame.cues.countAsked ?? '') || !frame.concepts.length || wholeOnly)) return answerUnits(facts, frame);
    return undefined;
  }

  /**
   * What a term just defined leaves the conversation about: the classified line it or the end of its
   * path of classes names (其他信访事务支出; 住房保障(类)住房改革支出(款)住房公积金 → 住房公积金 2210201),
   * else the concept the term names (单位预留机动经费).
   */
  private definedSubject(doc: LoadedDocument, term: string): { subject?: Subject } {
    const last = lastClassOf(term);
    const line = doc.entities.find((e) => e.kind === 'lineItem' && e.name === last && e.item.scheme === 'functional');
    if (line) return { subject: { entity: line.name, entityKind: line.kind, aspects: [] } };
    const concept = this.conceptNamedBy(term);
    return concept ? { subject: { concept: concept.concept, aspects: [] } } : {};
  }

  /** The one unit, not the department's own, whose name ends in `noun` (中心), if there is one. */
  private unitEndingIn(doc: LoadedDocument, noun: string): Entity | undefined {
    const units = doc.entities.filter((e) => e.kind === 'unit' && e.name.endsWith(noun) && !isOwnUnit(e.name, doc.facts));
    return units.length === 1 ? units[0] : undefined;
  }

  /** The concept a label or term of the document names (公务接待 of 公务接待：10 批次), if any. */
  private conceptNamedBy(text: string): TermMatch | undefined {
    // Mostly the document's own labels and terms, asked again and again: kept, within a bound, as a part
    // of a share (a question's words) may be anything.
    if (this.namedConcepts.has(text)) return this.namedConcepts.get(text);
    if (this.namedConcepts.size >= MAX_NAMED_CONCEPTS) this.namedConcepts.clear();
    const concept = pickConcept(analyze(text, this.lexicon).concepts);
    this.namedConcepts.set(text, concept);
    return concept;
  }

  /**
   * A short question asked again under the conversation's concept, and under the whole it is part of,
   * each named by its core (公务接待 of 公务接待费): 多少人次 → 公务接待多少人次. Only another concept found so counts.
   */
  private answerUnderConcept(doc: LoadedDocument, frame: Frame, concept: ConceptKey): { answer: Answer; subject: Subject } | undefined {
    for (const key of [concept, wholeOf(concept)]) {
      const name = key && frame.lexicon.concepts[key]?.name;
      if (!name) continue;
      // A count's name without its counting word (公务接待批次 → 公务接待) names what is counted.
      const asked = analyze(`${coreName(name.replace(COUNTED_AS, ''))}${frame.text}`, this.lexicon);
      const found = pickConcept(asked.concepts);
      // The conversation's own concept answers money asked of it (公务接待 → 花了多少), a count of it another count.
      const countsOfIt = found && countedConcept(found.concept, asked) !== found.concept;
      if (!found || ((found.concept === concept || found.concept === key) && !frame.cues.money && !countsOfIt)) continue;
      // 单位预留机动经费 → 多少钱: the whole of the conversation's figure is not what money asked of it means.
      if (key !== concept && found.concept === key) continue;
      const answered = answerConcept(doc.facts, found.concept, asked);
      if (answered?.answered) return { answer: answered, subject: { concept: found.concept, aspects: [...asked.aspects] } };
    }
    return undefined;
  }

  /** 一般公共服务支出包括哪些: a classified line named with lines under it, which its parts answer. */
  private namesLineWithParts(doc: LoadedDocument, frame: Frame): boolean {
    const line = doc.resolver.readings(frame.text, undefined, ['lineItem'])[0]?.entity;
    return line?.kind === 'lineItem' && doc.facts.lineItems.some((i) => i.parent === line.item.code && i.scheme === line.item.scheme);
  }
}

/**
 * The things among several whose project goal holds a word of the question that none of their names
 * holds (自助 of 买自助机 in 提供自助机): the everyday words people describe a project by.
 */
function describedAmong(doc: LoadedDocument, things: Entity[], subjectText: string): Entity[] {
  const names = things.map((t) => t.name).join('|');
  const words = [...bigrams(subjectText)].filter((g) => !g.includes('|') && !names.includes(g) && !GENERIC_BIGRAM.test(g));
  if (!words.length) return [];
  return things.filter((t) => {
    const goal = tableNamed(doc.entities, t.name)?.table.goal ?? '';
    return words.some((w) => goal.includes(w));
  });
}

/** Bigrams of asking and buying words, which describe no project. */
const GENERIC_BIGRAM = /多少|花了|了多|买了|采购|购买|预算|经费|费用|项目|一下|什么|的钱|要花|要多|钱/;

/** 单位性质 / 单位规格 / 经费保障形式: attributes only a unit has. */
const asksUnitAttribute = (frame: Frame) => frame.aspects.has('nature') || frame.aspects.has('rank') || frame.aspects.has('funding');

/** The words a count's name ends on, which say how it counts, not what. */
const COUNTED_AS = /(?:批次|人次|次数|人数|数量|个数|辆数|台数|团组数|团组|数)$/;

/** The project a purchase is bought under, as the document names it. */
function projectOf(doc: LoadedDocument, thing: Entity): Entity | undefined {
  if (thing.kind !== 'procItem') return undefined;
  const { project } = thing.item;
  return doc.entities.find((e) => e.kind === 'procProject' && e.name === project) ?? tableNamed(doc.entities, project);
}
/** Characters a 类 name said without its 支出 keeps at least: 住房保障, not 教育 (宣传教育 is no class). */
const MIN_CLASS_SHORT = 4;

/** The level-1 line of a standard 类 the question names without its 支出 (住房保障, 城乡社区), if the budget has it. */
function classSaidShort(doc: LoadedDocument, frame: Frame): Entity | undefined {
  const short = CLASS_NAMES.find((name) => name.endsWith('支出') && name.length - 2 >= MIN_CLASS_SHORT && frame.mentionText.includes(name.slice(0, -2)));
  const abbreviated = short ? undefined : classAbbreviated(frame);
  const said = short ?? abbreviated?.name;
  if (!said) return undefined;
  // 住房保障支出里住房公积金: a thing named beside the class, within it, is what is asked; so is a longer name
  // that starts as the class does (城乡社区管理事务, even said 城乡社区理事务). The funds asked of it (财政拨款) are neither.
  const rest = frame.mentionText.replace(said, '').replace(said.slice(0, -2), '').replace(abbreviated?.word ?? said, '').replace(FUNDING_WORDS, '');
  if ((doc.resolver.readings(rest)[0]?.matched ?? 0) >= NAMED_BIGRAMS) return undefined;
  const restGrams = bigrams(rest);
  if (doc.entities.some((e) => e.name !== said && e.name.includes(said.slice(0, -2)) && [...bigrams(e.name)].some((g) => restGrams.has(g)))) return undefined;
  return doc.entities.find((e) => e.kind === 'lineItem' && e.name === said && e.item.level === 1);
}

/** The funds a line is asked of, which name no line of their own. */
const FUNDING_WORDS = /财政拨款|一般公共预算|财政/g;

/** Spending as a whole by its funds, whose classified lines a ranking question ranks. */
const RANKED_WHOLES: ConceptKey[] = ['expense.fiscal', 'expense.general', 'expense.govfund'];

/** The income as a whole and the appropriation's share of it, which income beside the appropriation is asked against. */
const INCOME_SIDES: ConceptKey[] = ['income.total', ...FISCAL_INCOME];
/** The vehicles there are and what they cost to run, of which a follow-up may ask those to be bought. */
const VEHICLE_CONCEPTS: ConceptKey[] = ['assets.vehicleCount', 'sangong.vehicle', 'sangong.vehicleOperation'];
/** Characters of a running-cost term said bare (运行费, 运行经费), without 机关 before it. */
const BARE_RUNNING_COST = 4;

/** A table named by its number or kind (预算01表, 收支总表), which says where a line is, not which. */
const TABLE_NAMED = /[\u4e00-\u9fa5]{0,6}\d*总?表/g;
/** Words around a class abbreviation that are no part of it. */
const NOT_ABBREVIATION = /支出|经费|费用|资金|预算|多少|花了|花|用了|安排|是|的|了|[，,。？?！!\s]/;

/** 社保就业支出 / 卫健支出 / 公安: one standard 类 whose characters a word of the question gives in order, from its first. */
function classAbbreviated(frame: Frame): { name: string; word: string } | undefined {
  // Two characters (卫健, 公安) only right before 支出: alone, such a word is as likely a word of its own (商务).
  // 预算01表卫健支出: a table's name before the abbreviation is no part of it.
  const said = frame.mentionText.replace(TABLE_NAMED, ' ');
  const beforeSpending = [...said.matchAll(/([\u4e00-\u9fa5]{2,3})(?=支出)/g)].map((m) => m[1]);
  const words = [...beforeSpending, ...said.split(NOT_ABBREVIATION).filter((w) => w.length >= MIN_CLASS_SHORT && /^[\u4e00-\u9fa5]+$/.test(w))];
  const found = words.flatMap((word) => CLASS_NAMES.filter((name) => name.endsWith('支出') && name[0] === word[0] && !name.includes(word) && inOrder(word, name.slice(0, -2))).map((name) => ({ name, word })));
  return new Set(found.map((f) => f.name)).size === 1 ? found[0] : undefined;
}

/** The words a follow-up points back at a unit with (它, 该单位), which its name replaces. */
const UNIT_POINTER = /^(?:它们?|其|这个单位|该单位|这家单位|这家)(?:的)?/;

/** Words a change asked of the whole may be said with: when, whose, how much of it (今年, 局里, 钱, 总的收支). */
const OF_THE_WHOLE = /(?:19|20)?\d{2,4}年度?|今年|去年|上年|本年|全年|一年|一下子?|总的|总体|整体|全部|总额|收支|收入|支出|盘子|规模|预算|经费|资金|单位|部门|[我你咱他]们|[钱局总还比了的啊呢吧呀]/g;

/**
 * GDP增速 / 房价涨了多少: a change asked of words that name neither the body (its own names, in runs of two
 * characters or more) nor the whole, so that it is of something the disclosure does not cover.
 */
function namesUnknown(frame: Frame, doc: LoadedDocument): boolean {
  const said = frame.changeSaidOf;
  if (!said) return false;
  const own = (run: string) => doc.ownNames.some((name) => name.includes(run));
  let rest = said.replace(OF_THE_WHOLE, '');
  for (let len = rest.length; len >= 2; len--) for (let at = 0; at + len <= rest.length; at++) if (own(rest.slice(at, at + len))) rest = `${rest.slice(0, at)}|${rest.slice(at + len)}`;
  return /[a-z]{2,}|[\u4e00-\u9fa5]{2,}/.test(rest);
}

/** Words that say the unit set aside is the department's own (局本身, 机关本级). */
const OWN_UNIT_SAID = /(?:本身|机关|本级|自己|自身|里)$/;

/** 除了局本身 / 除了中心 / 除了行政服务局: the units a set-aside phrase names, by name, by ending, or as the department's own. */
function unitsSetAside(facts: FactBase, said: string): OrgUnit[] {
  const named = unitsSaidIn(facts.units, said);
  if (named.length) return named;
  const stem = said.replace(OWN_UNIT_SAID, '');
  const ending = stem ? facts.units.filter((u) => u.name.endsWith(stem)) : [];
  if (ending.length === 1) return ending;
  return stem !== said && !ending.length ? facts.units.filter((u) => isOwnUnit(u.name, facts)).slice(0, 1) : [];
}

/** The units a question names, each by its name or by its name without the place all units share (政务服务中心). */
function unitsSaidIn(units: OrgUnit[], text: string): OrgUnit[] {
  const place = units.length > 1 ? sharedStart(units.map((u) => u.name)).length : 0;
  return units.filter((u) => text.includes(u.name) || (u.name.length - place >= 3 && text.includes(u.name.slice(place))));
}
