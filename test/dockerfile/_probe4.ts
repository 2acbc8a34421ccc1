import { configFromDockerSave } from './helpers.js';
import { parseDockerfile, mapLayers, formatInstructionRef } from '../../src/dockerfile/index.js';
import fs from 'node:fs';
const [dfPath, arch] = process.argv.slice(2);
const df = parseDockerfile(fs.readFileSync(dfPath!, 'utf8'), 'Dockerfile', { buildArgs: {} });
const c = configFromDockerSave(arch!);
const r = mapLayers({ dockerfile: df, history: c.history, diffIds: c.diff_ids });
const le = c.history.filter((e) => !e.empty_layer);
r.layers.forEach((l, k) =>
  console.log(
    k,
    l.fromBaseImage ? 'BASE' : '    ',
    l.mapping.padEnd(8),
    l.instruction ? formatInstructionRef(l.instruction) : '-',
    ' <= ',
    String(le[k]?.created_by).replace(/\n/g, '\\n').slice(0, 70),
  ),
);
for (const w of r.warnings) console.log('WARN', w);
