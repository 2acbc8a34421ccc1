import { describe, expect, it } from 'vitest';
import { ll007, installsIn } from '../../../src/lint/rules/ll007-copy-source-before-install.js';
import { BASE_LAYER, dockerfile, runOne, where, type Scenario } from './helpers.js';

const L = (n: number) => ({ entries: [`f${n}:10`] });

function df(...lines: string[]): Scenario {
  // One layer per COPY/ADD/RUN/WORKDIR line, in order; FROM lines map to the base.
  const layerLines = lines
    .map((l, i) => (/^(COPY|ADD|RUN|WORKDIR)\b/.test(l) ? i + 1 : null))
    .filter((x): x is number => x !== null);
  return {
    dockerfile: dockerfile(...lines),
    layers: [BASE_LAYER, ...layerLines.map((n) => L(n))],
    lines: ['base', ...layerLines],
  };
}

const invalid: [string, Scenario, ReturnType<typeof where>][] = [
  [
    'COPY . . before npm ci',
    df('FROM base', 'WORKDIR /app', 'COPY . .', 'RUN npm ci'),
    [{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }],
  ],
  [
    'ADD . before pip install -r',
    df('FROM base', 'ADD . /src', 'RUN pip install --no-cache-dir -r /src/requirements.txt'),
    [{ ruleId: 'LL007', layer: 1, line: 2, endLine: 3 }],
  ],
  [
    'COPY src/ before go mod download',
    df('FROM base', 'COPY go.mod ./', 'COPY cmd/ ./cmd/', 'RUN go mod download'),
    [{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }],
  ],
  [
    'bundle install after COPY .',
    df('FROM base', 'COPY . /app', 'RUN cd /app && bundle install'),
    [{ ruleId: 'LL007', layer: 1, line: 2, endLine: 3 }],
  ],
  [
    'cargo build after COPY .',
    df('FROM base', 'COPY . .', 'RUN cargo build --release'),
    [{ ruleId: 'LL007', layer: 1, line: 2, endLine: 3 }],
  ],
  [
    'mvn package after COPY src',
    df('FROM base', 'COPY pom.xml .', 'COPY src ./src', 'RUN mvn -B package'),
    [{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }],
  ],
  [
    'composer install after COPY .',
    df('FROM base', 'COPY . .', 'RUN composer install --no-dev'),
    [{ ruleId: 'LL007', layer: 1, line: 2, endLine: 3 }],
  ],
  [
    'in a builder stage that is not in the image: line without layer',
    {
      dockerfile: dockerfile(
        'FROM base AS build',
        'COPY . .',
        'RUN npm install',
        'FROM base',
        'COPY --from=build /dist /dist',
      ),
      layers: [BASE_LAYER, L(5)],
      lines: ['base', 5],
    },
    [{ ruleId: 'LL007', layer: null, line: 2, endLine: 3 }],
  ],
  [
    'COPY src/ (trailing slash) before npm ci',
    df('FROM base', 'COPY package.json ./', 'COPY ./src/ ./src/', 'RUN npm ci'),
    [{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }],
  ],
  [
    'no Dockerfile: BuildKit history copying src/',
    {
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY --chown=1:1 src/ /app/src/ # buildkit', entries: ['app/src/x:1'] },
        { createdBy: 'RUN /bin/sh -c npm ci # buildkit', entries: ['app/node_modules/y:1'] },
      ],
    },
    [{ ruleId: 'LL007', layer: 1, line: null, endLine: null }],
  ],
  [
    'manifest copied but not installed first',
    df('FROM base', 'COPY package.json ./', 'COPY . .', 'RUN npm ci'),
    [{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }],
  ],
  [
    'no Dockerfile: BuildKit history',
    {
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY . /app # buildkit', entries: ['app/x:1'] },
        { createdBy: 'RUN /bin/sh -c npm ci # buildkit', entries: ['app/node_modules/y:1'] },
      ],
    },
    [{ ruleId: 'LL007', layer: 1, line: null, endLine: null }],
  ],
  [
    'no Dockerfile: legacy history (`dir:` source)',
    {
      layers: [
        BASE_LAYER,
        { createdBy: '/bin/sh -c #(nop) COPY dir:0a1b2c in /app ', entries: ['app/x:1'] },
        { createdBy: '/bin/sh -c pip install -r requirements.txt', entries: ['y:1'] },
      ],
    },
    [{ ruleId: 'LL007', layer: 1, line: null, endLine: null }],
  ],
];

const valid: [string, Scenario][] = [
  [
    'manifests copied and installed first',
    df(
      'FROM base',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
    ),
  ],
  [
    'go.mod first, then source, then build',
    df('FROM base', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build -o /app'),
  ],
  [
    'cargo fetch first',
    df(
      'FROM base',
      'COPY Cargo.toml Cargo.lock ./',
      'RUN cargo fetch',
      'COPY . .',
      'RUN cargo build --release',
    ),
  ],
  [
    'a requirements directory copied first (manifests, not the source tree)',
    df(
      'FROM base',
      'COPY requirements/ ./requirements/',
      'RUN pip install -r requirements/prod.txt',
      'COPY . .',
    ),
  ],
  [
    'helper scripts copied to a bin directory before the install',
    df('FROM base', 'COPY tools/ /usr/local/bin/', 'COPY package.json ./', 'RUN npm ci', 'COPY . .'),
  ],
  [
    'no Dockerfile: BuildKit history copying a non-source directory',
    {
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY requirements/ ./requirements/ # buildkit', entries: ['requirements/a.txt:1'] },
        { createdBy: 'RUN /bin/sh -c pip install -r requirements/a.txt # buildkit', entries: ['y:1'] },
      ],
    },
  ],
  [
    // The image is the last stage, `app`; `tests` is neither in its chain nor copied from, so BuildKit
    // never builds it and none of its layers ship.
    'a stage the image does not build',
    {
      dockerfile: dockerfile(
        'FROM base AS tests',
        'COPY . .',
        'RUN npm install',
        'FROM base AS app',
        'COPY package.json ./',
        'RUN npm ci',
      ),
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY package.json ./ # buildkit', entries: ['package.json:10'] },
        { createdBy: 'RUN /bin/sh -c npm ci # buildkit', entries: ['node_modules/', 'node_modules/x:10'] },
      ],
      lines: 'auto',
    },
  ],
  [
    // The mapper placed no layer: the image was built from another Dockerfile, so this one's text says
    // nothing about it (the history has no install after a broad COPY).
    'image built from another Dockerfile',
    {
      dockerfile: dockerfile('FROM base', 'COPY . .', 'RUN npm ci'),
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY go.mod go.sum ./ # buildkit', entries: ['go.mod:10'] },
        { createdBy: 'RUN /bin/sh -c go mod download # buildkit', entries: ['root/go/pkg/mod/x:10'] },
      ],
      lines: [null, null, null],
    },
  ],
  ['no install at all', df('FROM base', 'COPY . .', 'RUN make')],
  ['install before any COPY', df('FROM base', 'RUN npm install -g pnpm', 'COPY . .')],
  ['global tool install after COPY .', df('FROM base', 'COPY . .', 'RUN npm install -g typescript')],
  [
    'COPY --from is not the context',
    df('FROM base', 'COPY --from=deps /app/node_modules ./node_modules', 'RUN npm ci'),
  ],
  ['broad COPY in another stage', df('FROM base AS a', 'COPY . .', 'FROM base', 'RUN npm ci')],
  [
    'maven: pom first, go-offline, then sources and package',
    df(
      'FROM base',
      'COPY pom.xml .',
      'RUN mvn -B dependency:go-offline',
      'COPY src ./src',
      'RUN mvn -B package',
    ),
  ],
  [
    'single manifest file',
    df('FROM base', 'COPY requirements.txt .', 'RUN pip install -r requirements.txt', 'COPY . .'),
  ],
];

describe('LL007 copy-source-before-install', () => {
  it.each(invalid)('fires: %s', (_name, s, expected) => {
    expect(where(runOne(ll007, s))).toEqual(expected);
  });
  it.each(valid)('quiet: %s', (_name, s) => {
    expect(where(runOne(ll007, s))).toEqual([]);
  });
  it.each([
    ['npm ci', ['npm']],
    ['npm install --production', ['npm']],
    ['yarn install --frozen-lockfile', ['yarn']],
    ['yarn', ['yarn']],
    ['pnpm install --frozen-lockfile', ['pnpm']],
    ['pip install -r requirements.txt', ['pip']],
    ['poetry install --no-root', ['poetry']],
    ['uv sync --frozen', ['uv']],
    ['pipenv install --deploy', ['pipenv']],
    ['mvn -B dependency:go-offline', ['maven']],
    ['./gradlew dependencies', ['gradle']],
    ['mvn -B package -DskipTests', ['maven']],
    ['./gradlew build --no-daemon', ['gradle']],
    ['mvn --version', []],
    ['npm run build', []],
    ['pip install flask', []],
    ['go build ./...', []],
  ])('installsIn(%j)', (cmd, ecos) => {
    expect(installsIn(cmd)).toEqual(ecos);
  });
});

// Issue 11, item 6: the install is recognised by what it made, not only by its words.
describe('LL007 by evidence: the RUN creates a dependency tree', () => {
  const script = (
    tree: string[],
    lines = ['FROM base', 'WORKDIR /app', 'COPY . /app', 'RUN sh ./scripts/install-deps.sh'],
  ): Scenario => ({
    dockerfile: dockerfile(...lines),
    layers: [
      BASE_LAYER,
      { entries: ['app/'] },
      { entries: ['app/package.json:300', 'app/index.js:50'] },
      { entries: tree },
    ],
    lines: ['base', 2, 3, 4],
  });

  it.each([
    ['node_modules', 'app/node_modules/left-pad/index.js:175'],
    ['site-packages', 'usr/local/lib/python3.11/site-packages/requests/__init__.py:5000'],
    ['a .venv', 'app/.venv/lib/python3.11/site-packages/x.py:10'],
    ['vendor/', 'app/vendor/autoload.php:700'],
    ['~/.m2', 'root/.m2/repository/org/x/x.jar:9000'],
    ['~/.gradle', 'root/.gradle/caches/modules-2/files-2.1/x.jar:9000'],
    ['go/pkg/mod', 'go/pkg/mod/github.com/x/y@v1/y.go:400'],
    ['Cargo target/', 'app/target/release/deps/libx.rlib:9000'],
  ])('%s', (_name, file) => {
    const f = runOne(ll007, script([file]));
    expect(where(f)).toEqual([{ ruleId: 'LL007', layer: 2, line: 3, endLine: 4 }]);
    expect(f[0]?.paths.map((p) => p.path)).toEqual([file.replace(/:\d+$/, '')]);
  });

  it('the evidence is the dependency tree, not the rest of the install layer', () => {
    const f = runOne(
      ll007,
      script([
        'app/node_modules/a/index.js:175',
        'root/.npm/_cacache/index-v5/ab/cd/0123456789abcdef0123:90',
      ]),
    );
    expect(f[0]?.paths.map((p) => p.path)).toEqual(['app/node_modules/a/index.js']);
  });

  it('quiet: a build that writes into a node_modules an earlier layer created', () => {
    const s: Scenario = {
      dockerfile: dockerfile(
        'FROM base',
        'WORKDIR /app',
        'COPY package.json ./',
        'RUN sh ./install.sh',
        'COPY . .',
        'RUN sh ./build.sh',
      ),
      layers: [
        BASE_LAYER,
        { entries: ['app/'] },
        { entries: ['app/package.json:300'] },
        { entries: ['app/node_modules/a/index.js:175'] },
        { entries: ['app/index.js:50'] },
        { entries: ['app/node_modules/.cache/x:10', 'app/dist/index.js:40'] },
      ],
      lines: ['base', 2, 3, 4, 5, 6],
    };
    expect(runOne(ll007, s)).toEqual([]);
  });

  it("quiet: apt installing Python packages into the system's dist-packages", () => {
    expect(runOne(ll007, script(['usr/lib/python3/dist-packages/requests/__init__.py:5000']))).toEqual([]);
  });

  it("no Dockerfile: the quoted commands lose BuildKit's `# buildkit` marker", () => {
    const f = runOne(ll007, {
      layers: [
        BASE_LAYER,
        { createdBy: 'COPY . /app # buildkit', entries: ['app/x:1'] },
        {
          createdBy: 'RUN /bin/sh -c cd /app && sh ./install-deps.sh # buildkit',
          entries: ['app/node_modules/y/index.js:10'],
        },
      ],
    });
    expect(where(f)).toEqual([{ ruleId: 'LL007', layer: 1, line: null, endLine: null }]);
    expect(f[0]?.message).not.toContain('# buildkit');
    expect(f[0]?.message).toContain('app/node_modules');
  });
});
