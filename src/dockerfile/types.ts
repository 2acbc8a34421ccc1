/** Dockerfile structures shared by the mapper, the rules and the renderers. */

/** Where one Dockerfile instruction sits. Lines are 1-based. */
export interface Instruction {
  stage: string;
  stageIndex: number;
  keyword: string;
  line: number;
  endLine: number;
  /** The instruction as written, continuation lines joined. */
  text: string;
}

export type MappingQuality = 'exact' | 'probable' | 'none';

export interface LayerMapping {
  instruction: Instruction | null;
  fromBaseImage: boolean;
  mapping: MappingQuality;
}

export interface StageSummary {
  name: string;
  index: number;
  from: string;
  line: number;
  /** Is this stage in the target's chain (its layers are in the image)? */
  inTarget: boolean;
}

export interface MappingResult {
  /** One per image layer, same order as the image's layers. */
  layers: LayerMapping[];
  stages: StageSummary[];
  warnings: string[];
  /**
   * One per config history entry, `empty_layer` ones too (ENV, LABEL): the instruction it was matched
   * to, or null. Absent from mappings built by hand.
   */
  entries?: (Instruction | null)[];
  /**
   * Why the mapping cannot be trusted, or null when it can: the history and the Dockerfile disagree
   * (no layer matches, most layers or most layer-making instructions match nothing, or the history does
   * not list the image's layers). Then no instruction is `exact`, and no output places findings on lines.
   * mapLayers always sets it; optional so mappings built by hand may leave it out.
   */
  unreliable?: string | null;
}

/** A flag such as `--mount=type=cache,target=/root/.cache`. */
export interface InstructionFlag {
  name: string;
  value: string | null;
}

/** One parsed instruction with the details rules need. */
export interface ParsedInstruction extends Instruction {
  /** Arguments after the flags, as written (shell form) or as the JSON array's items (exec form). */
  args: string[];
  flags: InstructionFlag[];
  form: 'shell' | 'exec' | 'none';
  /** Heredoc bodies, in order. */
  heredocs: string[];
  /** Rule ids suppressed by `# layerlint ignore=...` on the line(s) right above. */
  ignore: string[];
  /** Shell-form text after the flags, continuation lines joined (heredoc bodies keep their newlines). */
  command?: string;
  /** `args` with ARG/ENV values substituted (exec form: unchanged). */
  expanded?: string[];
  /** The SHELL in effect for this instruction. */
  shell?: string[];
  /** The working directory after this instruction (resolved WORKDIR). */
  workdir?: string;
  /** Stage ARGs with a value in scope here: the `|N K=V` prefix of RUN history. */
  argValues?: Record<string, string>;
  /** For ARG: the names it declares. */
  argNames?: string[];
  /** For ONBUILD: the trigger instruction. */
  trigger?: ParsedInstruction;
}

export interface ParsedStage {
  name: string;
  index: number;
  /** The FROM argument after ARG expansion. */
  from: string;
  line: number;
  instructions: ParsedInstruction[];
  /** Index of the stage this one is built FROM, when `from` names an earlier stage. */
  fromStage?: number;
}

export interface ParsedDockerfile {
  /** Repo-relative path, used in annotations and SARIF. */
  path: string;
  stages: ParsedStage[];
  /** Rule ids suppressed by `# layerlint global ignore=...`. */
  globalIgnore: string[];
  /** The escape character (`\\` or a `# escape=` directive's). */
  escape?: string;
  /** ARGs declared before the first FROM, after `--build-arg` overrides. */
  globalArgs?: Record<string, string | null>;
}
