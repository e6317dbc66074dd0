/** The date of an event: the nearest date of its clause, or the dispatch's day for the main news. */
import type { Event, Span, TextSpan } from '../../model.js';
import { type Direction, findDates } from '../dates.js';
import type { Context } from './types.js';

/** The perfect right before a trigger ("have been fighting", "has frozen", "has long been"). */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:long|already|also|repeatedly)\s+)?(?:been\s+)?$/i;
// (and a condition's: "warned it may retaliate if the United States imposes its planned sanctions on April 17")
// (and another act set against it: "agreed to resume talks despite a breakdown in talks last weekend")
const DATE_BLOCKERS = /\b(?:appointment|appointed|election|elected|inauguration|anniversary|since|founded|founding|birthday|born|took office|after|before|ahead of|if|unless|despite|in spite of)\b/i;
/**
 * A relative clause opened after an act told by its verb and not closed before the date: its verb has a day of its own ("urged
 * restraint in reporting the clashes which began last weekend"). After an act told by its noun the clause tells the act itself
 * ("the visit, which starts on Friday", "a meeting of EC ministers which ended today").
 */
const RELATIVE_AFTER = /\b(?:which|who)\s+[^,;]*$/;
/** The occasion an act is done at, which a relative clause dates for the act too ("will meet the leaders at the summit, which will take place in Venice June 8-10"). */
const OCCASION_BEFORE_RELATIVE = /\b(?:at|during)\s+(?:the|a|an|its|this|next|last)\s+[^,;]*,?\s*(?:which|who)\s+[^,;]*$/;
/** Words right before a trigger that make it a noun: an article or a possessive, maybe with a hyphened or numbered modifier ("the four-day visit"). */
const NOUN_TRIGGER_BEFORE = /(?:\b(?:a|an|the|its|his|her|their|this|that|of)|['’]s)\s+(?:[\w]+-[\w-]+\s+|\d\S*\s+)?$/i;

/** A verb of saying right before date words: "said on Saturday", "told reporters on Monday". */
const SAID_BEFORE = /\b(?:said|says|told\s+\w+|announced|added|reported)\s+(?:on\s+|late\s+on\s+)?$/;

/** Words between a date and a later act to come that make the date another clause's or the saying's. */
const FUTURE_CUT = /\b(?:after|before|while|since|said|says|announced|told|and\s+that)\b/;

/**
 * A second predicate joined after the act and a comma ("agreed to the proposal for talks between the prime ministers, and proposed
 * a meeting on April 23"): its date is its own. (Without the comma the verbs tell one chain of acts: "attacked and burned a
 * convoy last month".)
 */
const NEXT_PREDICATE = /,\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}{3,}ed\b/u;
/** A second predicate told in the future after an act ("completed another round of talks and will meet again on Saturday"): its date is its own. */
const NEXT_FUTURE_PREDICATE = /\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:will|would|shall|plans?\s+to|(?:is|are)\s+(?:due\s+)?to)\s/u;
/**
 * A `but` after the act, with or without a comma: it opens a clause set against the act, whose date is its own ("lowered import
 * tariffs on some parts but otherwise did little to extend the policy launched two years ago").
 */
const CONTRAST_AFTER = /\sbut\s/;
/**
 * A thing joined right after a date by `and` with no comma, with an article or a possessive of its own ("followed an earlier round
 * here last September and the first-ever direct talks between the EC and the Soviet Union in January"): the date is the first
 * thing's. (A bare `and` joins verbs that share the date, "attacked and burned a convoy last month"; a comma before the `and` closes
 * a clause whose day the next one goes on, "hosted Rahmon in Bishkek on Thursday, and the two leaders signed a treaty"; and an
 * `and` after a date that opens the sentence joins the actors, "In December 1985, Britain and the United States signed".)
 */
const AND_THING_AFTER_DATE = /^\s+and\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}$/;

/**
 * A verb of saying and the reported clause's own verb after it ("speaking at an informal meeting of GATT here, said ministers
 * declared in Uruguay last September"): a date after them is the reported act's, not the act before the saying.
 */
const REPORTED_CLAUSE = /\b(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:\p{Ll}+ed|was|were|had|would|will)\s/u;

/** An article or a possessive right before date words, and a noun right after them: the date names a thing ("a July 20 order"). */
const NOUN_DATE_BEFORE = /\b(?:a|an|the|its|his|her|their)\s+$/i;
/** A possessive right after date words, and a noun after it ("yesterday's decision", "last week's meeting"). */
const POSSESSIVE_DATE = /^['’]s\s+\p{L}/u;
const NOUN_AFTER_DATE = /^\s+(?!(?:and|or|to|in|on|at|by|for|of|from|with|when|after|before|that|which|who)\b)[A-Za-z][\w.-]*/;

/** Words right before a date that tell it as the start of a thing ("from May 31", "effective April 1", "starting on Monday"). */
const STARTS_FROM = /\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$/i;
/** The `to` of an infinitive right after a date, with at most an adverb before the act ("Sunday to go on strike", "today to formally ask"). */
const DAY_THEN_TO = /^\s+to\s+(?:\p{Ll}+ly\s+)?$/u;
/** A verb of deciding or asking right before a date ("voted Sunday", "decided on Monday", "urged today"). */
const DECIDED_BEFORE = /\b(?:voted|decided|agreed|resolved|promised|pledged|vowed|urged|asked|called\s+on\s+\S+)\s+(?:on\s+|last\s+)?$/i;
/** Words right before a date that tell it as the end of a period ("extend the credit lines for 60 days until May 31", "through June 30"). */
const ENDS_AT = /\b(?:until|till|through)\s+(?:on\s+)?$/i;

/** A relative clause, or a participle with its agent, opened after a comma and not closed yet: ", which began", ", hit by". */
const RELATIVE_OPEN = /,\s+(?:(?:which|who)\b|\p{Ll}+\s+by\s)[^,]*$/u;

/** An `after` with a perfect gerund, which opens a clause of an act done before the one told before it ("after having completed"). */
const AFTER_DONE = /\bafter\s+having\b/i;

/**
 * The date words of `clause` nearest the trigger, as the act's date. `done`: the act is told as done by a verb in the past, and no
 * day after the dispatch's is its ("invited President Sarney to open the World Food Day on October 16": the later day is the act
 * it leads to).
 */
export function nearestDate(ctx: Context, clause: Span, trigger: TextSpan, direction: Direction, done = false): Event['date'] {
  let date: Event['date'] = null;
  let bestGap = Infinity;
  const dates = findDates(ctx.text, clause.start, clause.end, ctx.anchor, direction);
  // (and none after such a day: the words from there on tell that act, "to visit Bishkek next month, where ... fought in September 2022")
  const later = (d: { value: string }): boolean => done && ctx.anchor !== null && d.value > ctx.anchor.slice(0, d.value.length);
  const cut = Math.min(...dates.filter((d) => d.start >= trigger.end && later(d)).map((d) => d.start));
  // (whether the trigger is an act told by its noun, read from its words: asked once, and only for a date after it in a relative clause)
  let noun: boolean | undefined;
  const nounTrigger = (): boolean => (noun ??= /^\p{Lu}/u.test(trigger.text) || /['’]s\b/.test(trigger.text) || NOUN_TRIGGER_BEFORE.test(ctx.text.slice(Math.max(0, trigger.start - 30), trigger.start)));
  for (const d of dates) {
    if (later(d) || d.start > cut) continue;
    // ("rejected a buffer force to implement a July 20 U.N. Security Council order", "reaffirmed the April 1986 accord"): a date
    // between an article or a possessive and a noun names that thing, no time of the act; unless the thing is the act told by its
    // noun ("the February 22 meeting of G-7 ministers")
    const namesTrigger = trigger.start >= d.end && trigger.start - d.end <= 30;
    if (!namesTrigger && NOUN_DATE_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 8), d.start)) && NOUN_AFTER_DATE.test(ctx.text.slice(d.end, d.end + 16))) continue;
    // (so does a date owning a noun in the act's own words: "described yesterday's decision by Canada as unjustified", "welcomed this
    // week's increase in U.S. prime rates")
    if (trigger.start < d.start && POSSESSIVE_DATE.test(ctx.text.slice(d.end, d.end + 8))) continue;
    // ("will press Japan to live up to commitments made six weeks ago": an act to come has no day already past)
    if (direction === 'future' && ctx.anchor && d.value < ctx.anchor.slice(0, d.value.length)) continue;
    // "will send Ukraine a Patriot system, the ministry said on Saturday": the day of the saying is not the day of an act to come
    // ("Erdogan said on Tuesday that Turkey would launch": before the trigger too)
    if (direction === 'future' && SAID_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 30), d.start))) continue;
    // ("will impose tariffs in retaliation for tariffs that Trump ordered earlier on Saturday": a day told as earlier is past)
    if (direction === 'future' && /\bearlier\s+(?:on\s+|this\s+|in\s+)?$/i.test(ctx.text.slice(Math.max(0, d.start - 20), d.start))) continue;
    // ("voted Sunday to go on strike", "decided on Monday to recall its ambassador"): a day between a verb and the `to` of the act
    // to come is the day of that verb (the vote, the decision), not of the act
    // (not the day a trip or a meeting is set for, "arrive in the second half of next month to formally sign", "meet behind closed
    // doors on Monday to discuss")
    if (direction === 'future' && d.end <= trigger.start && DAY_THEN_TO.test(ctx.text.slice(d.end, trigger.start))
      && DECIDED_BEFORE.test(ctx.text.slice(Math.max(0, d.start - 16), d.start))) continue;
    // ("committed to draft a peace agreement by May 2": a deadline is no day of an act done)
    if (direction === 'past' && /\bby\s+$/.test(ctx.text.slice(Math.max(0, d.start - 4), d.start))) continue;
    // ("agreed to operate 12 flights a week ... from May 31"): the day a thing agreed or done starts from is no day of the act done
    if (done && d.start >= trigger.end && STARTS_FROM.test(ctx.text.slice(Math.max(0, d.start - 14), d.start))) continue;
    // ("agreed to transmit a request to extend the lines for 60 days until May 31", "rejected its offer to extend a labor agreement
    // through May 30"): the day a period agreed, offered or asked for ends is no day of the act
    if (d.start >= trigger.end && ENDS_AT.test(ctx.text.slice(Math.max(0, d.start - 12), d.start))) continue;
    // ("has set a March 26 strike deadline", "ahead of the June 30 deadline"): a date that names a deadline is no day of an act
    if (/^\s+(?:strike\s+)?deadline\b/.test(ctx.text.slice(d.end, d.end + 20))) continue;
    // "promised on Tuesday to send": a date the trigger spans over is its own
    if (d.start >= trigger.start && d.end <= trigger.end) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, -1];
    // ("Anwar Ibrahim, this year's ASEAN chair, met": a date that modifies a noun is no time of the act)
    // (in an apposition closed before the trigger)
    else if (d.end <= trigger.start && /^\s*['’]s\b/.test(ctx.text.slice(d.end, d.end + 3)) && /,\s*$/.test(ctx.text.slice(Math.max(0, d.start - 3), d.start))
      && ctx.text.slice(d.end, trigger.start).includes(',')) continue;
    else if (d.end <= trigger.start) {
      // "their drills, which began on Monday, and warned": a date in a relative clause closed before the trigger is that clause's
      // (and one in a participle's aside: "Kuwait, hit by Iranian missiles last week, asked")
      if (RELATIVE_OPEN.test(ctx.text.slice(Math.max(clause.start, d.start - 60), d.start)) && ctx.text.slice(d.end, trigger.start).includes(',')) continue;
      // "backed down on Sunday, hours after Trump said he would impose tariffs": the day of another clause or of the saying is not an act to come's
      if (direction === 'future' && FUTURE_CUT.test(ctx.text.slice(d.end, trigger.start))) continue;
      // ("will fly to Tokyo on Sunday, after having completed a week-long trip to the United States": the day of the act that an
      // `after` with a perfect gerund follows is no day of the act done before it)
      if (AFTER_DONE.test(ctx.text.slice(d.end, trigger.start))) continue;
      if (AND_THING_AFTER_DATE.test(ctx.text.slice(d.end, trigger.start))) continue;
      const gap = trigger.start - d.end;
      if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
    } else if (d.start >= trigger.end) {
      // ("rejected demands for a rerun of October's parliamentary election": a date that modifies a noun is no time of the act)
      if (/^\s*['’]s\b/.test(ctx.text.slice(d.end, d.end + 3))) continue;
      // "agreed to revive mechanisms frozen since 2019": the date words themselves may block
      // (but an act told in the perfect since a time began then: "troops have been fighting Tamil guerrillas since last month",
      // "Washington has frozen Panamanian government funds since March")
      const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(trigger.end, d.start - 7), d.start))
        && PERFECT_BEFORE.test(ctx.text.slice(Math.max(clause.start, trigger.start - 30), trigger.start))
        && !DATE_BLOCKERS.test(ctx.text.slice(trigger.end, Math.max(trigger.end, d.start - 7)));
      if (since) {
        const gap = d.start - trigger.end;
        if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
        continue;
      }
      // (a relative clause's date that is the dispatch's own day is kept: an act of the news goes on the day its object does, "is boycotting
      // the annual meeting, which opened in Tokyo today")
      const between = ctx.text.slice(trigger.end, d.start);
      if (DATE_BLOCKERS.test(ctx.text.slice(trigger.end, d.end)) || (!nounTrigger() && d.value !== ctx.anchor && RELATIVE_AFTER.test(between) && !OCCASION_BEFORE_RELATIVE.test(between))
        || NEXT_PREDICATE.test(between) || REPORTED_CLAUSE.test(between) || CONTRAST_AFTER.test(between)) continue;
      // (unless the act is itself to come: "will meet in Geneva and will sign the accord on Friday")
      if (direction !== 'future' && NEXT_FUTURE_PREDICATE.test(between)) continue;
      const gap = d.start - trigger.end;
      if (gap < bestGap) [date, bestGap] = [{ value: d.value, precision: d.precision, text: d.text }, gap];
    }
  }
  return date;
}

/** A month written by its name ("July", "Sept"). */
const NAMED_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * Whether a month or day written by its month's name without its year was read in the year before the dispatch's though it falls
 * after the dispatch's in its own year ("OPEC meets on December 9", "he plans a July trip to China", in a story of March): a past
 * reading puts it there; told as to come, it is the coming one (yearOn). Not one the words place ("last July", "earlier this month").
 */
export function yearlessDateReadBack(date: { readonly value: string; readonly precision: string; readonly text?: string } | null, anchor: string | null | undefined): boolean {
  if (!date?.text || !anchor || (date.precision !== 'day' && date.precision !== 'month')) return false;
  if (!NAMED_MONTH.test(date.text) || /\d{4}|\b(?:last|this|earlier|past)\b/i.test(date.text)) return false;
  return Number(date.value.slice(0, 4)) === Number(anchor.slice(0, 4)) - 1 && date.value.slice(5) > anchor.slice(5, date.value.length);
}

/** The date a year on ("1986-07" to "1987-07"). */
export function yearOn<D extends { readonly value: string }>(date: D): D {
  return { ...date, value: `${Number(date.value.slice(0, 4)) + 1}${date.value.slice(4)}` };
}
