/** The rule contract: one module per rule, report and never throw. */
import type { ImageModel, FileRef } from '../image/model.js';
import type { MappingResult, ParsedDockerfile } from '../dockerfile/types.js';
import type { Severity } from './severity.js';

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The layer the finding is about (the one to fix), or null for image-wide findings. */
  layerIndex: number | null;
  /** 1-based Dockerfile lines when the layer is mapped. */
  line: number | null;
  endLine: number | null;
  /** At most `maxPaths`, largest first. */
  paths: FileRef[];
  /** How many paths there were before the cap. */
  pathCount: number;
  /** The bytes the fix would save (what a smaller image gains); 0 when the saving is unknown. */
  bytes: number;
  /**
   * The bytes the finding is about when that is not the saving (LL011: the layer's size; LL007: the
   * install layer re-run on every source change). Absent when it would only repeat `bytes`.
   */
  affectedBytes?: number;
  fix: string;
}

/** What a rule passes to `report`; the engine fills severity, lines, fix and caps paths. */
export interface FindingInput {
  message: string;
  layerIndex: number | null;
  /** Override the mapped lines (e.g. LL001 reports first..last RUN). */
  line?: number | null;
  endLine?: number | null;
  paths?: FileRef[];
  /** The bytes the fix would save; 0 or absent when unknown. */
  bytes?: number;
  /** The bytes affected, when not the saving (see Finding.affectedBytes). */
  affectedBytes?: number;
  /** Override the severity (e.g. LL001 is a warning when bytes > 0). */
  severity?: Severity;
  /** Override the rule's fix text for this finding. */
  fix?: string;
  /**
   * Other layers the finding names (e.g. the deleting layer of LL003). A `# layerlint ignore=` above
   * their instructions also suppresses the finding. Not serialised.
   */
  relatedLayers?: number[];
  /**
   * The message for what is left after more specific findings claimed part of the evidence (runner.ts,
   * one finding per wasted byte). Without it the message stands as reported. Not serialised.
   */
  messageAfterClaims?: (bytes: number, files: number) => string;
  /**
   * What the finding becomes when more specific findings claim all of its evidence (LL001: an info
   * about the layer count). Without it the finding is dropped. Not serialised.
   */
  whenClaimed?: { message: string; severity: Severity };
}

export interface RuleContext<O> {
  model: ImageModel;
  /** Null when no Dockerfile was given. */
  mapping: MappingResult | null;
  dockerfile: ParsedDockerfile | null;
  /** The rule's options: defaults merged with the user's config. */
  options: O;
}

export interface Rule<O extends object = Record<string, unknown>> {
  id: string;
  name: string;
  title: string;
  defaultSeverity: Severity;
  rationale: string;
  fix: string;
  /** Defaults; keys are what `.layerlint.yml` accepts for this rule. */
  options: O;
  check(ctx: RuleContext<O>, report: (f: FindingInput) => void): void;
}
