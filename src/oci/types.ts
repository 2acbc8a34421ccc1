/** Image-spec structures, as the spec's JSON files spell them. https://github.com/opencontainers/image-spec/blob/main/config.md */

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** One `history` entry of the image config. */
export interface HistoryEntry {
  created?: string;
  created_by?: string;
  author?: string;
  comment?: string;
  empty_layer?: boolean;
}

/** The image config JSON (application/vnd.oci.image.config.v1+json). */
export interface ImageConfig {
  architecture?: string;
  os?: string;
  variant?: string;
  config?: {
    Env?: string[];
    Cmd?: string[];
    Entrypoint?: string[];
    WorkingDir?: string;
    User?: string;
    Labels?: Record<string, string>;
    OnBuild?: string[] | null;
  };
  rootfs: { type: string; diff_ids: string[] };
  history?: HistoryEntry[];
}
