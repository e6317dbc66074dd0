/** The readable summary `dateline extract` prints by default. */
import type { Article } from '../model.js';

export function summarize(article: Article): string {
  const out: string[] = [];
  const d = article.dateline;
  out.push(`# ${article.id}${article.headline ? `  ${article.headline}` : ''}`);
  out.push(d ? `Dateline: ${d.place ?? '?'}${d.country ? ` (${d.country})` : ''}, ${d.date ?? 'date unknown'}, ${d.agency ?? 'agency unknown'}` : 'Dateline: none');
  for (const h of article.headings) out.push(`Heading: ${h}`);
  const people = article.entities.filter((e) => e.type === 'person');
  if (people.length) {
    out.push('People:');
    for (const p of people) {
      const facts = [p.rank, ...p.titles].filter(Boolean).join('; ');
      out.push(`  ${p.name}${facts ? ` — ${facts}` : ''} [${[p.country, p.sector].filter(Boolean).join(' ') || 'country unknown'}${p.actor ? `, ${p.actor}` : ''}] (${p.mentions.length} mentions)`);
    }
  }
  const others = article.entities.filter((e) => e.type !== 'person');
  if (others.length) {
    out.push('Organizations, countries, places:');
    for (const e of others) out.push(`  ${e.type}: ${e.name}${e.aliases.length > 1 ? ` (= ${e.aliases.filter((a) => a !== e.name).join(', ')})` : ''}${e.actor ? ` [${e.actor}]` : ''}`);
  }
  if (article.quotes.length) {
    out.push('Quotes:');
    for (const q of article.quotes) {
      out.push(`  [${q.kind}] ${q.speakerName ?? 'UNATTRIBUTED'}${q.cue ? ` (${q.cue})` : ''}: "${clip(q.text, 110)}"`);
    }
  }
  if (article.events.length) {
    out.push('Events:');
    for (const e of article.events) {
      const who = `${e.actor.name} [${e.actor.code ?? '?'}]`;
      const whom = e.recipient ? ` -> ${e.recipient.name} [${e.recipient.code ?? '?'}]` : '';
      out.push(`  ${e.type} ${e.cameo}${e.mode ? `/${e.mode}` : ''} ${e.status}: ${who}${whom} ${e.date?.value ?? 'undated'}${e.place ? ` at ${e.place}` : ''}  «${clip(e.evidence.trigger.text, 40)}»`);
    }
  }
  if (article.messages.length) {
    out.push('Messages:');
    for (const m of article.messages) out.push(`  ${m.stage}${m.start !== undefined ? `@${m.start}` : ''}: ${m.message}`);
  }
  return out.join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
