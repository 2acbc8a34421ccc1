/** Dockerfile parsing and layer mapping: the entry points the pipeline calls. */
export { parseDockerfile, type ParseOptions } from './parse.js';
export { mapLayers, type MapInput } from './map.js';
export { formatInstructionRef } from './instruction.js';
export type * from './types.js';
