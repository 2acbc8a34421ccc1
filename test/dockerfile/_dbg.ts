import { mapLayers, parseDockerfile } from '../../src/dockerfile/index.js';
import { captured, caseDockerfile } from './helpers.js';
import { readdirSync } from 'node:fs';
for (const eng of ['d20-legacy', 'd20-bk', 'd26-bk', 'd26-legacy']) {
  const hs = readdirSync(`test/dockerfile/data/history/${eng}`).map((f) => f.replace('.json', ''));
  for (const hn of hs) for (const dn of readdirSync('test/dockerfile/data/cases')) {
    if (hn.startsWith(dn)) continue;
    const df = parseDockerfile(caseDockerfile(dn), 'Dockerfile', { buildArgs: {} });
    const h = captured(eng, hn);
    const r = mapLayers({ dockerfile: df, history: h.history, diffIds: h.diff_ids });
    const le = h.history.filter((e) => !e.empty_layer);
    r.layers.forEach((l, k) => { if (l.instruction) console.log(eng, hn, 'vs', dn, k, l.mapping, l.instruction.text.slice(0, 40), '<=', le[k]?.created_by?.slice(0, 60)); });
  }
}
