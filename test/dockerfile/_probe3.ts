import { configFromDockerSave } from './helpers.js';
for (const f of process.argv.slice(2)) {
  try {
    const c = configFromDockerSave(f);
    console.log('##', f);
    c.history.forEach((h) =>
      console.log(h.empty_layer ? 'E' : 'L', (h.created_by ?? '').replace(/\n/g, '\\n').slice(0, 110)),
    );
  } catch (e) {
    console.log('ERR', f, String(e));
  }
}
