import { parseDockerfile } from '../../src/dockerfile/parse.js';
import fs from 'node:fs';
const r = parseDockerfile(fs.readFileSync(process.argv[2]!, 'utf8'), 'Dockerfile', { buildArgs: {} });
for (const s of r.stages) { console.log('STAGE', s.name, s.index, s.from, s.line, s.fromStage); for (const i of s.instructions) console.log(JSON.stringify({...i, stage: undefined})); }
