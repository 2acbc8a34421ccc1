/**
 * `syntheticModel(spec)`: an ImageModel built by the real buildModel from a compact layer spec.
 *
 * @example
 * import { syntheticModel } from './model.js';
 * const model = syntheticModel({
 *   layers: [
 *     { createdBy: 'COPY rootfs /', entries: ['etc/', 'etc/passwd:120', 'bin/', 'bin/busybox:900000', 'bin/sh -> busybox'] },
 *     { createdBy: 'RUN apt-get update', entries: ['var/', 'var/lib/', 'var/lib/apt/', 'var/lib/apt/lists/', 'var/lib/apt/lists/x_Packages:5000'] },
 *     // same content hash + size as below => HiddenFile.sameContent is true (a chmod-only rewrite)
 *     { createdBy: 'RUN chmod +x /app', entries: ['app:4096#h1'] },
 *     { entries: ['app:4096#h1', 'etc/.wh.passwd', 'var/lib/apt/lists/.wh..wh..opq'] },
 *   ],
 * });
 * model.hidden; // HiddenFile[]: etc/passwd (whiteout), the apt list (opaque), app (overwrite, sameContent)
 *
 * Entry syntax (see test/helpers/image.ts): `dir/`, `file:SIZE`, `file:SIZE#HASH`, `link -> target`,
 * `hard => target`, `dir/.wh.name` (whiteout), `dir/.wh..wh..opq` (opaque), or a LayerEntry-like object.
 * Pass `history` to control `created_by`/`empty_layer` exactly (it replaces the generated history).
 */
import { buildModel } from '../../src/image/analyze.js';
import type { ImageModel } from '../../src/image/model.js';
import { synthetic, type SyntheticLayer, type SyntheticOptions } from './image.js';

export interface SyntheticModelSpec extends SyntheticOptions {
  layers: SyntheticLayer[];
}

/** Build an ImageModel from a compact description of layers, via the real buildModel. */
export function syntheticModel(spec: SyntheticModelSpec): ImageModel {
  return buildModel(synthetic(spec.layers, spec));
}
