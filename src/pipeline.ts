/**
 * The pipeline: every extraction stage in the order it runs. Order here matters: each stage
 * reads the layers of the ones before it. Each stage is a pure function; this file is the only
 * place they are composed.
 */
import type { Article, ExtractOptions, Message } from './model.js';
import { readRecord } from './stages/record.js';
import { findDateline } from './stages/dateline.js';
import { splitStructure } from './stages/structure.js';
import { findMentions } from './stages/mentions.js';
import { peopleCountry, resolveCoreference } from './stages/coref.js';
import { attributeQuotes } from './stages/quotes.js';
import { codeEvents } from './stages/events.js';
import { codesOfTime } from './stages/era.js';
import { isLowerCaseCopy, mendPossessives, restoreCase } from './stages/casing.js';
import { EXTRACTOR_VERSION } from './version.js';

export function extract(input: string, options: ExtractOptions = {}): Article {
  const record = readRecord(input, options);
  const { text } = record;
  const english = record.language === 'en' && text.length > 0;
  // a story written in lower case is read with its capitals put back, and possessives written with a double quote with their
  // apostrophe: same offsets, so every span is the text's
  const lowerCase = english && isLowerCaseCopy(text);
  const read = mendPossessives(lowerCase ? restoreCase(text) : text);

  const dateline = findDateline(read, record.date);
  const structure = splitStructure(read, dateline.dateline, dateline.headline);
  const mentions = english ? findMentions(read, structure) : null;
  const coref = mentions ? resolveCoreference(read, mentions, peopleCountry(dateline.dateline)) : null;
  const quotes = coref ? attributeQuotes(read, structure, coref) : null;
  const events = mentions && coref && quotes ? codeEvents(read, record, dateline.dateline, structure, coref, quotes, mentions) : null;
  // Groups the event coder names as actors ("Russian troops") are entities too.
  const coded = codesOfTime(record.date, coref?.entities ?? [], events?.entities ?? [], events?.events ?? []);

  return {
    id: record.id,
    text,
    language: record.language,
    date: record.date,
    source: record.source,
    hash: record.hash,
    extractor: EXTRACTOR_VERSION,
    dateline: dateline.dateline,
    headline: structure.headline ? text.slice(structure.headline.start, structure.headline.end) : null,
    headings: structure.paragraphs.filter((p) => p.role === 'heading').map((p) => text.slice(p.start, p.end)),
    paragraphs: structure.paragraphs,
    sentences: structure.sentences,
    entities: coded.entities,
    quotes: quotes?.quotes ?? [],
    events: coded.events,
    messages: concatenated(
      record.messages,
      lowerCase ? [LOWER_CASE_MESSAGE] : [],
      dateline.messages,
      structure.messages,
      mentions?.messages ?? [],
      coref?.messages ?? [],
      quotes?.messages ?? [],
      events?.messages ?? [],
    ),
  };
}

const LOWER_CASE_MESSAGE: Message = {
  stage: 'record',
  message: 'the story is written in lower case: names and evidence were read from a copy with capitals restored (same offsets)',
  severity: 'info',
};

/**
 * The layers' messages in one list. One loop reads every layer's list, so it has met empty lists
 * and filled ones early in a run; spread one by one, the empty literal of a layer that did not run
 * (a story in another language) was a kind that layer's spread had not met, and deoptimised `extract`.
 */
function concatenated(...lists: ReadonlyArray<readonly Message[]>): Message[] {
  const out: Message[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}
