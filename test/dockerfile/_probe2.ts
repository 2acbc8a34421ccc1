import { parseDockerfile, mapLayers, formatInstructionRef } from '../../src/dockerfile/index.js';
import fs from 'node:fs';
const [dfPath, histPath, target, ...ba] = process.argv.slice(2);
const df = parseDockerfile(fs.readFileSync(dfPath!, 'utf8'), 'Dockerfile', { buildArgs: Object.fromEntries(ba.map((x) => x.split('='))) });
const h = JSON.parse(fs.readFileSync(histPath!, 'utf8'));
const r = mapLayers({ dockerfile: df, target: target || undefined, history: h.history, diffIds: h.diff_ids });
const layerEntries = h.history.filter((e: any) => !e.empty_layer);
r.layers.forEach((l, k) => console.log(k, l.fromBaseImage ? 'BASE' : '    ', l.mapping.padEnd(8), l.instruction ? formatInstructionRef(l.instruction) : '-', ' <= ', String(layerEntries[k]?.created_by).replace(/\n/g, '\\n').slice(0, 70)));
for (const w of r.warnings) console.log('WARN', w);
