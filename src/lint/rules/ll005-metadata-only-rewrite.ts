/** LL005: a later layer rewrites a file with identical content (chmod, chown, touch). */
import type { LayerEntry } from '../../archive/types.js';
import { formatBytes } from '../../common/size.js';
import type { HiddenFile } from '../../image/model.js';
import type { FindingInput, Rule, RuleContext } from '../types.js';
import { createdByKeyword } from '../../image/history.js';
import {
  groupHidden,
  isBaseLayer,
  layerCommand,
  layerInstruction,
  layerLabel,
  sumBytes,
} from '../helpers.js';
import { isPackageState, packageManagersIn, packageStateOwner } from '../package-state.js';

export interface Ll005Options {
  /** Stay quiet when the rewritten files total fewer bytes than this. */
  minBytes: number;
}

function isCopyLayer(ctx: RuleContext<Ll005Options>, i: number): boolean {
  const kw =
    layerInstruction(ctx, i)?.keyword ?? createdByKeyword(ctx.model.layers[i]?.createdBy ?? null) ?? '';
  return /^(?:COPY|ADD)$/i.test(kw);
}

function metadataChanged(before: LayerEntry, after: LayerEntry): boolean {
  return (
    before.mode !== after.mode ||
    before.uid !== after.uid ||
    before.gid !== after.gid ||
    before.mtime !== after.mtime
  );
}

/** What changed between the hidden entry and its replacement: `mode`, `owner`, `mtime`. */
function changes(files: readonly HiddenFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const r = f.replacement;
    if (!r) continue;
    if (r.mode !== f.entry.mode) out.add('mode');
    if (r.uid !== f.entry.uid || r.gid !== f.entry.gid) out.add('owner');
    if (r.mtime !== f.entry.mtime) out.add('mtime');
  }
  return ['mode', 'owner', 'mtime'].filter((c) => out.has(c));
}

/** Same bytes, mode and owner: only the mtime (or nothing) changed. */
function mtimeOnly(f: HiddenFile): boolean {
  const r = f.replacement;
  return r !== undefined && r.mode === f.entry.mode && r.uid === f.entry.uid && r.gid === f.entry.gid;
}

function plural(n: number): string {
  return `${n} file${n === 1 ? '' : 's'}`;
}

export const ll005: Rule<Ll005Options> = {
  id: 'LL005',
  name: 'metadata-only-rewrite',
  title: 'File rewritten only to change mode, owner or mtime',
  defaultSeverity: 'warning',
  rationale:
    'A chmod, chown or touch in its own step copies each file whole into a new layer although the bytes are ' +
    'identical (same size and content hash); only the metadata changed. The image then carries the file twice. ' +
    'A package manager rewriting its own files with the same bytes and a new mtime (dpkg and debconf on every ' +
    'apt install, or any file a RUN of apt, apk, dnf, rpm, pip or npm stores again unchanged) is not that ' +
    'mistake: it is reported as info, naming the package manager.',
  fix: 'Use `COPY --chmod=... --chown=...`, or change mode and owner in the same RUN that creates the files.',
  options: { minBytes: 1 },
  check(ctx, report) {
    // Same bytes. A COPY/ADD that copies a file again with the same mode, owner and mtime (`COPY . .`
    // after the manifests were copied and installed) changed nothing: not a chmod/chown/touch step. A RUN
    // layer only stores an unchanged file when the step touched it (tar mtimes are whole seconds, so a
    // fast `touch` can keep the same header), so RUN rewrites are always reported.
    const same = ctx.model.hidden.filter(
      (h) =>
        h.how === 'overwrite' &&
        h.sameContent &&
        (!isCopyLayer(ctx, h.hiddenBy) || !h.replacement || metadataChanged(h.entry, h.replacement)),
    );
    // Blame the layer that did the rewrite: that is the step to fold away.
    const byRewriter = new Map<number, typeof same>();
    for (const g of groupHidden(same)) {
      if (isBaseLayer(ctx, g.hiddenBy)) continue;
      const list = byRewriter.get(g.hiddenBy) ?? [];
      list.push(...g.files);
      byRewriter.set(g.hiddenBy, list);
    }
    for (const [layer, all] of [...byRewriter.entries()].sort((a, b) => a[0] - b[0])) {
      const command = isCopyLayer(ctx, layer) ? '' : layerCommand(ctx, layer);
      const managers = packageManagersIn(command);
      // A package manager's side effect: its own state, or anything its RUN stored again unchanged.
      const bySideEffect = (f: HiddenFile): boolean =>
        mtimeOnly(f) && (managers.length > 0 || isPackageState(f.path));
      const groups: [HiddenFile[], boolean][] = [
        [all.filter((f) => !bySideEffect(f)), false],
        [all.filter(bySideEffect), true],
      ];
      for (const [files, sideEffect] of groups) {
        const bytes = sumBytes(files);
        if (files.length === 0 || bytes < ctx.options.minBytes) continue;
        const sources = [...new Set(files.map((f) => f.layer))].sort((x, y) => x - y);
        const from = sources.map((src) => layerLabel(ctx, src)).join(', ');
        // The evidence is the rewriting layer's copy (the one the fix removes): the finding's own layer.
        const paths = files.map((f) => ({ path: f.path, bytes: f.bytes }));
        const common = { layerIndex: layer, bytes, paths, relatedLayers: sources };
        if (sideEffect) {
          reportSideEffect(files, from, managers, common, report);
          continue;
        }
        const what = changes(files);
        const say = (b: number, n: number): string =>
          `rewrites ${plural(n)} (${formatBytes(b)}) of ${from} with identical content; only the ${
            what.length > 0 ? what.join(' and ') : 'metadata'
          } changed`;
        report({ ...common, message: say(bytes, files.length), messageAfterClaims: say });
      }
    }
  },
};

function reportSideEffect(
  files: readonly HiddenFile[],
  from: string,
  managers: readonly string[],
  common: Omit<FindingInput, 'message'>,
  report: (f: FindingInput) => void,
): void {
  const owners =
    managers.length > 0 ? managers : [...new Set(files.map((f) => packageStateOwner(f.path) ?? ''))];
  const who = owners.filter((o) => o !== '').join(', ') || 'the package manager';
  const say = (b: number, n: number): string =>
    `${who} rewrote ${plural(n)} (${formatBytes(b)}) of ${from} with identical bytes, mode and owner, as it does whenever it runs`;
  report({
    ...common,
    severity: 'info',
    message: say(common.bytes ?? 0, files.length),
    messageAfterClaims: say,
    fix: `Nothing to undo: ${who} rewrites these files whenever it runs, so each RUN that runs it stores another copy. Run it in as few RUN instructions as possible (one install RUN stores one copy).`,
  });
}
