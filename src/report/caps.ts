/** Caps on the lists a report carries, so a 100k-file layer gives a readable report. */
/** Cap on per-layer path lists in JSON unless --all-files. */
export const DEFAULT_PATH_CAP = 20;
/** Cap on the largest-files list. */
export const LARGEST_FILES_CAP = 20;
