/**
 * Cross-article actor linking end to end: three dispatches written for this test go through the
 * real extractor and ingest; "Valery Gerasimov", "Gerasimov" and "Army Gen. Gerasimov" must come
 * out as one stored actor with his titles over time.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/index.js';
import { ingestRecords } from '../src/ingest/index.js';
import type { InputItem } from '../src/cli/input.js';

const dir = mkdtempSync(join(tmpdir(), 'dateline-linking-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records: InputItem[] = [
  {
    kind: 'record', id: 'tass', date: '2024-01-16', origin: 'tass',
    text: `MOSCOW, January 16. /TASS/. Chief of the Russian General Staff Army General Valery Gerasimov held talks by video link with the Chief of the Joint Staff Department of China's Central Military Commission General Liu Zhenli on Tuesday, the Russian Defense Ministry said.\n"Our military cooperation is developing steadily," Gerasimov said.`,
  },
  {
    kind: 'record', id: 'xinhua', date: '2024-01-17', origin: 'xinhua',
    text: `BEIJING, January 17 (Xinhua) -- General Liu Zhenli, chief of the Joint Staff Department of the Central Military Commission, held a video call with Russian First Deputy Defense Minister Army Gen. Gerasimov on Tuesday. Both sides agreed to deepen strategic coordination between the two armed forces.`,
  },
  {
    kind: 'record', id: 'reuters', date: '2024-03-05', origin: 'reuters',
    text: `WARSAW, March 5 (Reuters) - Russian armed forces chief Valery Gerasimov accused Ukraine's military of shelling civilian areas near the border, in remarks carried by state media on Tuesday that Kyiv dismissed as propaganda. Gerasimov gave no evidence for the claim.`,
  },
];

describe('[store/linking] one actor across dispatches (real extractor)', () => {
  it('links full name, surname and rank + surname to one actor with titles over time', async () => {
    const store = await openStore(join(dir, 'link.db'));
    try {
      const report = await ingestRecords(store, records, { workers: 0 });
      expect(report.added).toBe(3);
      const found = await store.findActors('Gerasimov');
      expect(found.map((a) => a.id)).toEqual(['person:RUS:valery gerasimov']);
      const profile = await store.actorProfile('Army Gen. Gerasimov');
      expect(profile?.actor.articleCount).toBe(3);
      expect(profile?.actor.firstSeen).toBe('2024-01-16');
      expect(profile?.actor.lastSeen).toBe('2024-03-05');
      expect(profile?.titles.map((t) => t.title)).toContain('First Deputy Defense Minister');
      expect(profile?.titles[0].firstSeen).toBe('2024-01-16');
      const articles = await store.listArticles({ actor: 'Gerasimov' });
      expect(articles.items.map((a) => a.id).sort()).toEqual(['reuters', 'tass', 'xinhua']);
    } finally {
      await store.close();
    }
  });
});
