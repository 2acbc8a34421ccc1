/** Merge a loaded image's layers as overlayfs would and compute every number of the model. */
import type { LoadedImage } from '../archive/types.js';
import { diveNumbers } from './dive.js';
import { mergeLayers } from './merge.js';
import type { ImageModel, ImageSecrets, LayerModel, SecretFile, Totals } from './model.js';
import { classifyFile, configSecrets, redactor } from './secrets.js';

/** `created_by` per layer: history entries with `empty_layer: true` are skipped; null once it runs out. */
export function createdByPerLayer(image: LoadedImage): (string | null)[] {
  const history = (image.config.history ?? []).filter((h) => h.empty_layer !== true);
  return image.layers.map((_, k) => {
    const h = history[k];
    return h && typeof h.created_by === 'string' ? h.created_by : null;
  });
}

/** Build the image model from a loaded image. Pure; no I/O. */
export function buildModel(image: LoadedImage): ImageModel {
  const scans = image.layers.map((l) => l.scan);
  const merged = mergeLayers(scans);
  const createdBy = createdByPerLayer(image);
  const secrets = findSecrets(image);
  // Rules quote created_by in messages: they only ever see it redacted.
  const redact = redactor(secrets.values);

  const layers: LayerModel[] = image.layers.map((layer, k) => {
    const scan = layer.scan;
    const m = merged.layers[k];
    let contentBytes = 0;
    let files = 0;
    let dirs = 0;
    let symlinks = 0;
    let hardlinks = 0;
    let whiteouts = 0;
    for (const e of scan.entries) {
      switch (e.kind) {
        case 'file':
          files++;
          contentBytes += e.size;
          break;
        case 'dir':
          dirs++;
          break;
        case 'symlink':
          symlinks++;
          break;
        case 'hardlink':
          hardlinks++;
          break;
        case 'whiteout':
        case 'opaque':
          whiteouts++;
          break;
        case 'other':
          break;
      }
    }
    return {
      index: k,
      digest: scan.diffId,
      tarBytes: scan.tarBytes,
      blobBytes: scan.blobBytes,
      compression: scan.compression,
      mediaType: layer.mediaType ?? null,
      contentBytes,
      files,
      dirs,
      symlinks,
      hardlinks,
      whiteouts,
      createdBy: redactNullable(createdBy[k] ?? null, redact),
      emptyLayer: scan.entries.length === 0,
      removedBytes: m?.removedBytes ?? 0,
      overwrittenBytes: m?.overwrittenBytes ?? 0,
      added: m?.added ?? [],
      modified: m?.modified ?? [],
      deleted: m?.deleted ?? [],
      entries: scan.entries,
    };
  });

  let finalBytes = 0;
  let fileCount = 0;
  for (const f of merged.final.values()) {
    if (f.entry.kind !== 'file') continue;
    finalBytes += f.entry.size;
    fileCount++;
  }
  const contentBytes = sum(layers.map((l) => l.contentBytes));
  const totals: Totals = {
    contentBytes,
    finalBytes,
    wastedBytes: contentBytes - finalBytes,
    efficiency: contentBytes === 0 ? 1 : finalBytes / contentBytes,
    layerCount: layers.length,
    fileCount,
    removedBytes: sum(layers.map((l) => l.removedBytes)),
    overwrittenBytes: sum(layers.map((l) => l.overwrittenBytes)),
  };

  return {
    image,
    layers,
    totals,
    dive: diveNumbers(scans),
    hidden: merged.hidden,
    final: merged.final,
    secrets,
  };
}

function redactNullable(s: string | null, redact: (s: string) => string): string | null {
  return s === null ? null : redact(s);
}

/** Secret files of every layer (by content when captured, else by name) and the config's secrets. */
function findSecrets(image: LoadedImage): ImageSecrets {
  const files: SecretFile[] = [];
  const values = new Set<string>();
  image.layers.forEach((layer, k) => {
    for (const e of layer.scan.entries) {
      if (e.kind !== 'file' || e.size === 0) continue;
      const c = classifyFile(e.path, e.content);
      if (!c) continue;
      files.push({ layer: k, path: e.path, bytes: e.size, kinds: c.kinds, byName: c.byName });
      for (const v of c.values) values.add(v);
    }
  });
  const config = configSecrets(image.config);
  for (const s of config) values.add(s.value);
  return { files, config, values: [...values] };
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
