/** Merge a loaded image's layers as overlayfs would and compute every number of the model. */
import type { LoadedImage } from '../archive/types.js';
import type { ImageModel } from './model.js';

/** Build the image model from a loaded image. Pure; no I/O. */
export function buildModel(_image: LoadedImage): ImageModel {
  throw new Error('buildModel: not implemented yet');
}
