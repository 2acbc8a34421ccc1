/**
 * Limits the reader holds hostile archives to. Each one bounds time or memory that an archive's
 * author could otherwise choose.
 */
import { truncate } from '../common/text.js';

/**
 * Longest path (member name, layer entry path, link target) accepted, in bytes: Linux's PATH_MAX
 * (https://man7.org/linux/man-pages/man3/realpath.3.html, limits.h). No real filesystem holds a longer
 * one, and V8 hashes strings of 16,384+ characters by length only, so maps keyed by such paths
 * degrade to linear scans (issue 12, item 2).
 */
export const PATH_MAX = 4096;

/** Small JSON members (manifest, index, config) are read whole, each up to this size. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * JSON kept in memory across one streamed archive (its members cannot be re-read): past this, the
 * read fails rather than buffer whatever an archive carries (issue 12, item 3).
 */
export const STREAM_JSON_BUDGET = 64 * 1024 * 1024;

/**
 * Layer entries kept across the layer members of one streamed archive. Which members the manifest
 * references is known only at its end (docker save writes it last), so every layer member is scanned
 * as it goes by; this bounds the index kept for members nothing may reference (20 unreferenced
 * layers of 100,000 entries took 482 MB). An uncompressed tar file is read with random access, which
 * scans only the layers the manifest names, so this budget does not apply there.
 */
export const STREAM_ENTRY_BUDGET = 1_000_000;

/** How much of a hostile path an error message shows: a short, escaped prefix. */
export const PATH_PREVIEW_CHARS = 60;

/** A short escaped prefix of `p` for error messages (never the whole of a hostile path). */
export function pathPreview(p: string): string {
  return JSON.stringify(truncate(p, PATH_PREVIEW_CHARS));
}
