/** The audit JSON: one row per image, shared layers across images, drift against a previous audit. */

export const AUDIT_SCHEMA_VERSION = 1;
export const AUDIT_KIND = 'layerlint-audit';

/** A layer as the audit keeps it: enough to find shared and new layers next time. */
export interface AuditLayer {
  /** diffID. */
  digest: string;
  contentBytes: number;
  /** Instruction or normalised created_by. */
  label: string;
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface AuditImage {
  /** The image reference or archive path as given. With `platform` this identifies the image across audits. */
  name: string;
  /** `os/arch[/variant]`. */
  platform: string;
  configDigest: string;
  /** Sum of the layers' regular-file bytes (what ships). */
  contentBytes: number;
  /** Regular-file bytes visible in the final filesystem. */
  finalBytes: number;
  wastedBytes: number;
  efficiency: number;
  layerCount: number;
  findings: FindingCounts;
  /** `RULE layer-label` for each finding, sorted and unique: what drift compares. */
  findingKeys: string[];
  budgetsFailed: number;
  passed: boolean;
  layers: AuditLayer[];
  /** Bytes of this image's distinct layers that no other audited image has (`docker system df -v` UNIQUE SIZE). */
  uniqueBytes: number;
  /** Bytes of this image's distinct layers that at least one other audited image has (SHARED SIZE). */
  sharedBytes: number;
}

export interface SharedLayer {
  digest: string;
  contentBytes: number;
  label: string;
  /** `name [platform]` of every image that has the layer, sorted. */
  images: string[];
}

export interface AuditError {
  name: string;
  message: string;
}

export interface ImageDrift {
  name: string;
  platform: string;
  status: 'new' | 'removed' | 'changed' | 'unchanged';
  /** contentBytes now, before, and the difference; null for new or removed images. */
  size: { current: number; previous: number; delta: number } | null;
  newLayers: AuditLayer[];
  removedLayers: AuditLayer[];
  newFindings: string[];
  resolvedFindings: string[];
}

export interface AuditDrift {
  /** Images in the previous audit. */
  previousImages: number;
  images: ImageDrift[];
}

export interface AuditReport {
  schemaVersion: typeof AUDIT_SCHEMA_VERSION;
  kind: typeof AUDIT_KIND;
  tool: { name: 'layerlint'; version: string };
  images: AuditImage[];
  shared: SharedLayer[];
  totals: {
    images: number;
    /** Sum of every image's contentBytes, as if nothing were shared. */
    contentBytes: number;
    /** Bytes of the distinct layers across all images: what a host holding all of them stores. */
    distinctLayerBytes: number;
    /** contentBytes - distinctLayerBytes. */
    savedBySharing: number;
  };
  drift: AuditDrift | null;
  /** Images that could not be analysed. */
  errors: AuditError[];
}
