/** Read any supported image archive in one streaming pass. */
import type { Readable } from 'node:stream';
import type { LoadedImage, ReadOptions } from './types.js';

/** Where image bytes come from. A directory is an OCI layout; a file may also use random access. */
export type ImageSource =
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  | { kind: 'stream'; stream: Readable; name: string };

/**
 * Read the image(s) selected by `opts` from `source`. Returns one image, or one per platform with
 * `allPlatforms`. Throws ArchiveError for malformed input.
 */
export async function readImage(_source: ImageSource, _opts: ReadOptions = {}): Promise<LoadedImage[]> {
  throw new Error('readImage: not implemented yet');
}
