/**
 * The package managers' own state: the databases, account files, linker caches and logs that every
 * install rewrites. Rewriting them is a side effect of installing anything, not a Dockerfile mistake,
 * so LL003, LL004, LL005, LL006 and LL010 all ask this one module what they are and who wrote them.
 */

/** Default size below which rewritten or deleted package-manager state is not reported (10 MiB). */
export const PACKAGE_STATE_MIN_BYTES = 10 * 1024 * 1024;

interface StatePath {
  /** The tool that writes it, as messages name it. */
  manager: string;
  /** Matches a normalised path (no leading slash). */
  re: RegExp;
  /** A log (dpkg.log, npm's debug logs) rather than a database. */
  log?: boolean;
}

/** Package-manager state paths, by the tool that writes them. Exported for the tests and the docs. */
export const PACKAGE_STATE: readonly StatePath[] = [
  { manager: 'dpkg', re: /^var\/lib\/dpkg\// },
  { manager: 'debconf', re: /^var\/cache\/debconf\// },
  {
    manager: 'apt',
    re: /^var\/lib\/apt\/(?:extended_states|lists\/(?:lock|partial|auxfiles)(?:\/|$)|periodic\/)/,
  },
  { manager: 'apt', re: /^var\/cache\/apt\/archives\/(?:lock|partial\/?)$/ },
  {
    manager: 'shadow (useradd/groupadd)',
    re: /^etc\/(?:passwd|group|shadow|gshadow)-?$|^etc\/sub[ug]id-?$/,
  },
  { manager: 'ldconfig', re: /^etc\/ld\.so\.cache$|^var\/cache\/ldconfig\// },
  { manager: 'apk', re: /^(?:usr\/)?lib\/apk\/db\/|^etc\/apk\/world$/ },
  { manager: 'ucf', re: /^var\/lib\/ucf\// },
  { manager: 'rpm', re: /^var\/lib\/rpm\/|^usr\/lib\/sysimage\/rpm\// },
  { manager: 'dnf/yum', re: /^var\/lib\/(?:dnf|yum)\// },
  { manager: 'dpkg', re: /^var\/log\/(?:dpkg\.log|alternatives\.log|bootstrap\.log)$/, log: true },
  { manager: 'apt', re: /^var\/log\/apt\//, log: true },
  { manager: 'dnf/yum', re: /^var\/log\/(?:dnf[^/]*\.log|yum\.log|hawkey\.log)$/, log: true },
  { manager: 'apk', re: /^var\/log\/apk\.log$/, log: true },
  { manager: 'npm', re: /(?:^|\/)\.npm\/_logs\/[^/]+$/, log: true },
];

/** The tool whose state `path` is, or null when it is not package-manager state. */
export function packageStateOwner(path: string): string | null {
  return PACKAGE_STATE.find((s) => s.re.test(path))?.manager ?? null;
}

/** Is `path` package-manager state (a database, account file, linker cache or log)? */
export function isPackageState(path: string): boolean {
  return packageStateOwner(path) !== null;
}

/** Is `path` a log the package manager writes on every run (dpkg.log, /var/log/apt, npm's debug logs)? */
export function isPackageLog(path: string): boolean {
  return PACKAGE_STATE.some((s) => s.log === true && s.re.test(path));
}

interface Manager {
  name: string;
  /** The command runs this package manager. */
  runs: RegExp;
  /** Refreshes the package index. */
  update?: RegExp;
  /** Installs, upgrades or removes packages (which also refreshes what `update` would have). */
  install?: RegExp;
  /** The advice when an update-only RUN leaves the index in its layer. */
  merge?: string;
}

const W = '(?:^|[\\s;&|(`$]|/)';

/** Package managers, by the words of the command that runs them. Exported for the tests. */
export const PACKAGE_MANAGERS: readonly Manager[] = [
  {
    name: 'apt',
    runs: new RegExp(`${W}(?:apt-get|apt|aptitude|dpkg|dpkg-reconfigure|debconf-set-selections)\\s`),
    update: new RegExp(`${W}(?:apt-get|apt|aptitude)\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*update\\b`),
    install: new RegExp(
      `${W}(?:apt-get|apt|aptitude)\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*(?:install|upgrade|dist-upgrade|full-upgrade|build-dep|source)\\b|${W}dpkg\\s+(?:-i|--install)\\b`,
    ),
    merge:
      'RUN apt-get update && apt-get install -y --no-install-recommends <packages> && rm -rf /var/lib/apt/lists/*',
  },
  {
    name: 'apk',
    runs: new RegExp(`${W}apk\\s`),
    update: new RegExp(`${W}apk\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*update\\b`),
    install: new RegExp(`${W}apk\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*(?:add|upgrade|fix)\\b`),
    merge: 'RUN apk add --no-cache <packages>',
  },
  {
    name: 'dnf/yum',
    runs: new RegExp(`${W}(?:yum|dnf|microdnf|rpm)\\s`),
    update: new RegExp(`${W}(?:yum|dnf|microdnf)\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*makecache\\b`),
    install: new RegExp(
      `${W}(?:yum|dnf|microdnf)\\s+(?:-[\\w-]+(?:=\\S+)?\\s+)*(?:install|update|upgrade|reinstall|groupinstall|localinstall)\\b|${W}rpm\\s+(?:-[\\w]*[iU])`,
    ),
    merge: 'RUN dnf install -y <packages> && dnf clean all',
  },
  { name: 'pip', runs: new RegExp(`${W}(?:pip[\\d.]*|uv|poetry|pipenv)\\s`) },
  { name: 'npm', runs: new RegExp(`${W}(?:npm|yarn|pnpm|npx|corepack)\\s`) },
  { name: 'gem', runs: new RegExp(`${W}(?:gem|bundle|bundler)\\s`) },
  { name: 'useradd', runs: new RegExp(`${W}(?:useradd|groupadd|adduser|addgroup|usermod|chpasswd)\\s`) },
  { name: 'ldconfig', runs: new RegExp(`${W}ldconfig\\b`) },
];

/** The package managers a RUN command runs (`apt`, `npm` …), in table order. */
export function packageManagersIn(command: string): string[] {
  return PACKAGE_MANAGERS.filter((m) => m.runs.test(` ${command}`)).map((m) => m.name);
}

/**
 * The package manager whose index a RUN refreshes without installing anything (`apt-get update` on
 * its own, `apk update`, `yum makecache`), with the one-RUN command to use instead; null otherwise.
 */
export function updateOnly(command: string): { manager: string; merge: string } | null {
  const c = ` ${command}`;
  for (const m of PACKAGE_MANAGERS) {
    if (m.update?.test(c) && !m.install?.test(c)) return { manager: m.name, merge: m.merge ?? '' };
  }
  return null;
}
