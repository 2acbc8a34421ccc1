#!/usr/bin/env bash
# Install, start and stop the real container engines that the e2e tests and the fixture build use.
#
#   scripts/engines.sh install            install Debian packages + fetch Docker 26 from trixie (idempotent)
#   scripts/engines.sh start  d20|d26|d26c start a daemon (no-op when its socket already answers)
#   scripts/engines.sh stop   d20|d26|d26c stop a daemon this script started (pidfile in its folder)
#   scripts/engines.sh env    d20|d26|d26c print DOCKER_HOST=unix://... for that daemon
#   scripts/engines.sh status [NAME...]   print one line per engine: name, socket, server version or "down"
#   scripts/engines.sh buildx             print the path of trixie's docker-buildx plugin (exit 1 if absent)
#   scripts/engines.sh versions           print engine/tool versions (for fixtures/README.md)
#
# Engines live under $LL_ENGINES (default /tmp/ll): /tmp/ll/<name>/{docker.sock,data,exec,pid,log}.
#   d20   Debian bookworm docker.io 20.10 (the system package), overlay2
#   d26   Debian trixie docker.io 26, unpacked from `apt-get download` with separate apt state dirs
#   d26c  the same Docker 26 binary with the containerd image store ("containerd-snapshotter")
# The client is always the 20.10 /usr/bin/docker (DOCKER_BUILDKIT=0|1); Docker 26 answers API 1.41.
# The system's apt sources are never changed: trixie is only read through -o Dir::... overrides.
set -euo pipefail

LL_ENGINES=${LL_ENGINES:-/tmp/ll}
TRIXIE_DIR=${LL_TRIXIE_DIR:-$LL_ENGINES/trixie}
DOCKER=/usr/bin/docker
PACKAGES=(docker.io containerd runc busybox-static skopeo pigz zstd jq python3 podman umoci
  debootstrap tar gzip coreutils git ca-certificates)

log() { printf 'engines: %s\n' "$*" >&2; }
die() { printf 'engines: error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root for: $*"
  fi
}

apt_opts_trixie() {
  printf '%s\n' -o "Dir::State::Lists=$TRIXIE_DIR/lists" -o "Dir::Etc::SourceList=$TRIXIE_DIR/sources.list" \
    -o "Dir::Etc::SourceParts=/dev/null" -o "Dir::Cache=$TRIXIE_DIR/cache"
}

# The Debian mirror the system already uses, so trixie comes from the same place.
debian_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb"{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' /etc/apt/sources.list)
  fi
  printf '%s\n' "${uri:-http://deb.debian.org/debian}"
}

missing_packages() {
  local p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || printf '%s\n' "$p"
  done
}

install_system() {
  local missing
  missing=$(missing_packages | tr '\n' ' ')
  if [ -n "${missing// /}" ]; then
    log "installing Debian packages: $missing"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    log "Debian packages present"
  fi
}

# Docker 26 (and buildx) from trixie, unpacked into $TRIXIE_DIR/x; never installed system-wide.
install_trixie() {
  if [ -x "$TRIXIE_DIR/x/usr/sbin/dockerd" ]; then
    log "Docker 26 already unpacked in $TRIXIE_DIR/x"
    return 0
  fi
  mkdir -p "$TRIXIE_DIR/lists/partial" "$TRIXIE_DIR/cache/archives/partial"
  echo "deb $(debian_mirror) trixie main" >"$TRIXIE_DIR/sources.list"
  local -a O
  mapfile -t O < <(apt_opts_trixie)
  log "fetching trixie package lists into $TRIXIE_DIR"
  apt-get "${O[@]}" update -qq
  (cd "$TRIXIE_DIR" && apt-get "${O[@]}" download docker.io) 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true
  ls "$TRIXIE_DIR"/docker.io_*.deb >/dev/null 2>&1 || die "could not download trixie's docker.io"
  (cd "$TRIXIE_DIR" && apt-get "${O[@]}" download docker-buildx) 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true
  rm -rf "$TRIXIE_DIR/x.tmp"
  local deb
  for deb in "$TRIXIE_DIR"/*.deb; do dpkg-deb -x "$deb" "$TRIXIE_DIR/x.tmp"; done
  mv "$TRIXIE_DIR/x.tmp" "$TRIXIE_DIR/x"
  log "unpacked $(basename "$TRIXIE_DIR"/docker.io_*.deb)"
}

check_name() {
  case "${1:-}" in
    d20 | d26 | d26c) ;;
    *) die "unknown engine '${1:-}' (expected d20, d26 or d26c)" ;;
  esac
}

sock() { printf '%s/%s/docker.sock\n' "$LL_ENGINES" "$1"; }

answers() { DOCKER_HOST="unix://$(sock "$1")" timeout 10 "$DOCKER" version --format '{{.Server.Version}}' >/dev/null 2>&1; }

dockerd_bin() {
  case "$1" in
    d20) printf '/usr/sbin/dockerd\n' ;;
    *) printf '%s/x/usr/sbin/dockerd\n' "$TRIXIE_DIR" ;;
  esac
}

start_engine() {
  local name=$1 dir="$LL_ENGINES/$1" bin
  check_name "$name"
  if answers "$name"; then
    log "$name already answers on $(sock "$name")"
    return 0
  fi
  bin=$(dockerd_bin "$name")
  [ -x "$bin" ] || die "$bin is missing: run scripts/engines.sh install"
  mkdir -p "$dir"
  rm -f "$dir/docker.sock"
  local -a args=(--data-root "$dir/data" --exec-root "$dir/exec" --pidfile "$dir/pid"
    --host "unix://$dir/docker.sock")
  case "$name" in
    d20) ;;
    d26) echo '{}' >"$dir/daemon.json"
      args+=(--config-file "$dir/daemon.json" --bridge none --iptables=false) ;;
    d26c) echo '{"features": {"containerd-snapshotter": true}}' >"$dir/daemon.json"
      args+=(--config-file "$dir/daemon.json" --bridge none --iptables=false) ;;
  esac
  log "starting $name: $bin ${args[*]}"
  # docker-proxy/docker-init are looked up on PATH next to dockerd.
  PATH="$(dirname "$bin"):$PATH" setsid "$bin" "${args[@]}" >"$dir/log" 2>&1 </dev/null &
  echo $! >"$dir/started-by-engines-sh"
  local i
  for i in $(seq 1 120); do
    if answers "$name"; then
      log "$name is up: $(DOCKER_HOST="unix://$dir/docker.sock" "$DOCKER" version --format '{{.Server.Version}}')"
      return 0
    fi
    if ! kill -0 "$(cat "$dir/started-by-engines-sh")" 2>/dev/null; then
      tail -n 20 "$dir/log" >&2 || true
      die "$name exited during start (log: $dir/log)"
    fi
    sleep 0.5
  done
  tail -n 20 "$dir/log" >&2 || true
  die "$name did not answer within 60 s (log: $dir/log)"
}

stop_engine() {
  local name=$1 dir="$LL_ENGINES/$1" pid=""
  check_name "$name"
  if [ -f "$dir/pid" ]; then pid=$(cat "$dir/pid"); fi
  if [ -z "$pid" ] && [ -f "$dir/started-by-engines-sh" ]; then pid=$(cat "$dir/started-by-engines-sh"); fi
  if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
    log "$name is not running"
    rm -f "$dir/started-by-engines-sh"
    return 0
  fi
  log "stopping $name (pid $pid)"
  kill "$pid"
  local i
  for i in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop in 30 s; sending SIGKILL"
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/started-by-engines-sh"
}

status() {
  local n
  [ $# -gt 0 ] || set -- d20 d26 d26c
  for n in "$@"; do
    check_name "$n"
    if answers "$n"; then
      printf '%s unix://%s %s\n' "$n" "$(sock "$n")" \
        "$(DOCKER_HOST="unix://$(sock "$n")" "$DOCKER" version --format '{{.Server.Version}}')"
    else
      printf '%s unix://%s down\n' "$n" "$(sock "$n")"
    fi
  done
}

buildx_path() {
  local p="$TRIXIE_DIR/x/usr/libexec/docker/cli-plugins/docker-buildx"
  [ -x "$p" ] || return 1
  printf '%s\n' "$p"
}

versions() {
  printf 'docker client: %s\n' "$("$DOCKER" --version 2>/dev/null || echo none)"
  local n
  for n in d20 d26 d26c; do
    if answers "$n"; then
      printf '%s server: %s (%s)\n' "$n" \
        "$(DOCKER_HOST="unix://$(sock "$n")" "$DOCKER" version --format '{{.Server.Version}}')" \
        "$(DOCKER_HOST="unix://$(sock "$n")" "$DOCKER" info --format '{{.Driver}}')"
    fi
  done
  local p
  if p=$(buildx_path); then printf 'buildx: %s\n' "$("$p" version 2>/dev/null | head -n1)"; fi
  printf 'skopeo: %s\n' "$(skopeo --version 2>/dev/null || echo none)"
  printf 'podman: %s\n' "$(podman --version 2>/dev/null || echo none)"
  printf 'busybox-static: %s\n' "$(dpkg-query -W -f='${Version}' busybox-static 2>/dev/null || echo none)"
}

cmd=${1:-}
shift || true
case "$cmd" in
  install) install_system; install_trixie ;;
  start) [ $# -gt 0 ] || die "start needs an engine name"; for n in "$@"; do start_engine "$n"; done ;;
  stop) [ $# -gt 0 ] || die "stop needs an engine name"; for n in "$@"; do stop_engine "$n"; done ;;
  env) check_name "${1:-}"; printf 'DOCKER_HOST=unix://%s\n' "$(sock "$1")" ;;
  status) status "$@" ;;
  buildx) buildx_path ;;
  versions) versions ;;
  *) die "usage: scripts/engines.sh install | start NAME... | stop NAME... | env NAME | status [NAME...] | buildx | versions" ;;
esac
