/** Dockerfile parsing and layer mapping: the entry points the pipeline calls. */
export { parseDockerfile, type ParseOptions } from './parse.js';
export { mapLayers, formatInstructionRef, type MapInput } from './map.js';
export type * from './types.js';
