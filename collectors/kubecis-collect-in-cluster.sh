#!/bin/sh
# kubecis-collect-in-cluster: collects every node's bundle from pods (Job per node, or one DaemonSet) and the
# cluster bundle, with kubectl alone, then removes everything it created. POSIX sh.
set -eu
umask 077
LC_ALL=C
export LC_ALL

HERE=$(cd "$(dirname "$0")" && pwd -P)
COLLECTOR=$HERE/kubecis-collect.sh
MANIFESTS=$HERE/k8s

usage() {
  cat <<'EOF'
Usage: kubecis-collect-in-cluster.sh --image IMAGE [--out-dir DIR] [--namespace NS] [--nodes N1,N2]
         [--daemonset] [--kubeconfig FILE] [--context NAME] [--timeout SECONDS] [--interval SECONDS]
         [--validate strict|warn|false] [--no-cluster] [--keep] [--kubectl PATH]

Runs kubecis-collect.sh on each node in a pod (hostPID, the host's / mounted read-only at /host), reads each
bundle back from the pod's log, writes DIR/kubecis-node-NODE.tar.gz for every node and DIR/kubecis-cluster.tar.gz
(the cluster bundle, collected from here with kubectl), and deletes the Jobs or DaemonSet, the ConfigMap holding
the collector and the namespace if it created it.

--image IMAGE   image with a POSIX sh, tar, gzip, awk, sed, find, sha256sum (e.g. busybox from your registry)
--namespace NS  where the pods run (default kubecis; created with Pod Security "privileged" if missing)
--nodes LIST    only these nodes (default: every node)
--daemonset     one DaemonSet instead of one Job per node
--timeout S     give up on nodes not done after S seconds (default 600)
--no-cluster    skip the cluster bundle
--keep          leave the pods and objects in place (for debugging)
EOF
}

die() { printf 'kubecis-collect-in-cluster: error: %s\n' "$*" >&2; exit 2; }
say() { printf 'kubecis-collect-in-cluster: %s\n' "$*" >&2; }

IMAGE=
OUT_DIR=.
NS=kubecis
NODES=
DAEMONSET=0
KCFG=
KCTX=
TIMEOUT=600
INTERVAL=2
VALIDATE=strict
CLUSTER=1
KEEP=0
KUBECTL=${KUBECTL:-kubectl}

needarg() { [ $# -ge 2 ] || die "option $1 needs a value"; }
while [ $# -gt 0 ]; do
  case $1 in
    --image) needarg "$@"; IMAGE=$2; shift 2 ;;
    --out-dir) needarg "$@"; OUT_DIR=$2; shift 2 ;;
    --namespace) needarg "$@"; NS=$2; shift 2 ;;
    --nodes) needarg "$@"; NODES=$2; shift 2 ;;
    --daemonset) DAEMONSET=1; shift ;;
    --kubeconfig) needarg "$@"; KCFG=$2; shift 2 ;;
    --context) needarg "$@"; KCTX=$2; shift 2 ;;
    --timeout) needarg "$@"; TIMEOUT=$2; shift 2 ;;
    --interval) needarg "$@"; INTERVAL=$2; shift 2 ;;
    --validate) needarg "$@"; VALIDATE=$2; shift 2 ;;
    --no-cluster) CLUSTER=0; shift ;;
    --keep) KEEP=1; shift ;;
    --kubectl) needarg "$@"; KUBECTL=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done
[ -n "$IMAGE" ] || die "--image is required (an image with a POSIX sh, tar and gzip from your registry)"
case $TIMEOUT$INTERVAL in *[!0-9]*) die "--timeout and --interval take whole seconds" ;; esac
command -v "$KUBECTL" > /dev/null 2>&1 || die "kubectl not found (set --kubectl PATH or KUBECTL)"
[ -r "$COLLECTOR" ] || die "collector not found next to this script: $COLLECTOR"
mkdir -p "$OUT_DIR"

TMPW=$(mktemp -d "${TMPDIR:-/tmp}/kubecis-ic.XXXXXX") || die "cannot create a temporary folder"

kc() {
  if [ -n "$KCTX" ]; then set -- --context "$KCTX" "$@"; fi
  if [ -n "$KCFG" ]; then set -- --kubeconfig "$KCFG" "$@"; fi
  "$KUBECTL" "$@"
}

# Replaces the manifests' placeholders; values are escaped for sed.
render() {
  _f=$1
  shift
  _script=
  while [ $# -ge 2 ]; do
    _v=$(printf '%s' "$2" | sed 's/[\\|&]/\\&/g')
    _script="$_script s|$1|$_v|g;"
    shift 2
  done
  sed "$_script" "$_f"
}

sha256_of() {
  if command -v sha256sum > /dev/null 2>&1; then sha256sum < "$1" | awk '{ print $1 }'
  elif command -v shasum > /dev/null 2>&1; then shasum -a 256 < "$1" | awk '{ print $1 }'
  else openssl dgst -sha256 < "$1" | awk '{ print $NF }'
  fi
}
b64_decode() {
  if command -v base64 > /dev/null 2>&1; then base64 -d; else openssl base64 -d; fi
}

CREATED_NS=0
CREATED=
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
  _rc=$?
  if [ "$KEEP" = 1 ]; then
    say "--keep: leaving namespace $NS and$CREATED in place"
  else
    for _o in $CREATED; do kc delete -n "$NS" "$_o" --ignore-not-found --wait=false > /dev/null 2>&1 || true; done
    if [ "$CREATED_NS" = 1 ]; then kc delete namespace "$NS" --ignore-not-found --wait=false > /dev/null 2>&1 || true; fi
  fi
  rm -rf "$TMPW"
  exit "$_rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Extracts the bundle from a pod log into $2; checks it against the checksum on the marker line.
# Returns 0 when done, 1 when the log has no complete bundle yet, 3 when the collector failed.
extract_bundle() {
  grep -q '^===== KUBECIS BUNDLE FAILED' "$1" && return 3
  grep -q '^===== KUBECIS BUNDLE END =====' "$1" || return 1
  _want=$(sed -n 's/^===== KUBECIS BUNDLE BEGIN .* sha256=\([0-9a-f]*\) =====$/\1/p' "$1" | sed -n '1p')
  sed -n '/^===== KUBECIS BUNDLE BEGIN /,/^===== KUBECIS BUNDLE END =====$/p' "$1" \
    | sed '1d;$d' | grep '^[A-Za-z0-9+/=]*$' | b64_decode > "$2.part" || return 3
  _got=$(sha256_of "$2.part")
  if [ -z "$_want" ] || [ "$_want" != "$_got" ]; then
    say "bundle in the log does not match its checksum (log cut short?)"
    rm -f "$2.part"
    return 3
  fi
  mv -f "$2.part" "$2"
  return 0
}

# --- nodes -----------------------------------------------------------------------------------------------------

if [ -n "$NODES" ]; then
  printf '%s\n' "$NODES" | tr ',' '\n' | grep -v '^$' > "$TMPW/nodes"
else
  kc get nodes -o 'jsonpath={range .items[*]}{.metadata.name}{"\n"}{end}' > "$TMPW/nodes" \
    || die "cannot list nodes"
fi
sort -u "$TMPW/nodes" -o "$TMPW/nodes"
[ -s "$TMPW/nodes" ] || die "no nodes to collect from"

# --- namespace and collector ConfigMap -------------------------------------------------------------------------

if ! kc get namespace "$NS" > /dev/null 2>&1; then
  render "$MANIFESTS/namespace.yaml" KUBECIS_NAMESPACE "$NS" | kc create --validate="$VALIDATE" -f - > /dev/null \
    || die "cannot create namespace $NS"
  CREATED_NS=1
fi
kc delete -n "$NS" configmap kubecis-collector --ignore-not-found --wait=false > /dev/null 2>&1 || true
kc create -n "$NS" configmap kubecis-collector --from-file=kubecis-collect.sh="$COLLECTOR" > /dev/null \
  || die "cannot create the collector ConfigMap in $NS"
CREATED="$CREATED configmap/kubecis-collector"

# --- run -------------------------------------------------------------------------------------------------------

RUN_ID=$(date -u +%H%M%S)
: > "$TMPW/pending"
if [ "$DAEMONSET" = 1 ]; then
  DS=kubecis-collect-$RUN_ID
  render "$MANIFESTS/daemonset.yaml" KUBECIS_NAMESPACE "$NS" KUBECIS_DAEMONSET "$DS" KUBECIS_IMAGE "$IMAGE" \
    | kc create --validate="$VALIDATE" -f - > /dev/null || die "cannot create DaemonSet $DS"
  CREATED="$CREATED daemonset/$DS"
  cp "$TMPW/nodes" "$TMPW/pending"
else
  _i=0
  while IFS= read -r _node; do
    _i=$((_i + 1))
    _job=kubecis-collect-$RUN_ID-$_i
    if render "$MANIFESTS/job.yaml" KUBECIS_NAMESPACE "$NS" KUBECIS_JOB "$_job" KUBECIS_NODE "$_node" KUBECIS_IMAGE "$IMAGE" \
      | kc create --validate="$VALIDATE" -f - > /dev/null; then
      CREATED="$CREATED job/$_job"
      printf '%s\t%s\n' "$_node" "$_job" >> "$TMPW/pending"
    else
      say "$_node: cannot create Job $_job"
      printf '%s\n' "$_node" >> "$TMPW/failed"
    fi
  done < "$TMPW/nodes"
fi

# Which pod collects for a node: the DaemonSet's pod on it, or the Job's pod.
pod_for() {
  if [ "$DAEMONSET" = 1 ]; then
    kc get pods -n "$NS" -l "kubecis.io/daemonset=$DS" \
      -o 'jsonpath={range .items[*]}{.spec.nodeName}{"\t"}{.metadata.name}{"\n"}{end}' 2> /dev/null \
      | awk -F '\t' -v n="$1" '$1 == n { print $2; exit }'
  else
    kc get pods -n "$NS" -l "kubecis.io/job=$2" -o 'jsonpath={.items[0].metadata.name}' 2> /dev/null || true
  fi
}

_start=$(date +%s)
: > "$TMPW/done"
touch "$TMPW/failed"
while [ -s "$TMPW/pending" ]; do
  : > "$TMPW/pending.next"
  while IFS="$(printf '\t')" read -r _node _job; do
    _pod=$(pod_for "$_node" "$_job")
    _state=1
    if [ -n "$_pod" ]; then
      kc logs -n "$NS" "$_pod" -c collector > "$TMPW/log" 2> /dev/null || : > "$TMPW/log"
      _state=0
      extract_bundle "$TMPW/log" "$OUT_DIR/kubecis-node-$_node.tar.gz" || _state=$?
      if [ "$_state" = 1 ] && [ "$DAEMONSET" = 0 ]; then
        # A Job that failed before printing anything will never print it.
        _failed=$(kc get job -n "$NS" "$_job" -o 'jsonpath={.status.failed}' 2> /dev/null || true)
        [ -n "$_failed" ] && [ "$_failed" != 0 ] && _state=3
      fi
    fi
    case $_state in
      0) say "$_node: wrote $OUT_DIR/kubecis-node-$_node.tar.gz"; printf '%s\n' "$_node" >> "$TMPW/done" ;;
      3) say "$_node: collection failed; pod log follows"; sed 's/^/    /' "$TMPW/log" | grep -v '^    [A-Za-z0-9+/=]*$' >&2 || true
         printf '%s\n' "$_node" >> "$TMPW/failed" ;;
      *) printf '%s\t%s\n' "$_node" "$_job" >> "$TMPW/pending.next" ;;
    esac
  done < "$TMPW/pending"
  mv -f "$TMPW/pending.next" "$TMPW/pending"
  [ -s "$TMPW/pending" ] || break
  if [ $(( $(date +%s) - _start )) -ge "$TIMEOUT" ]; then
    say "timed out after $TIMEOUT s waiting for: $(cut -f1 "$TMPW/pending" | tr '\n' ' ')"
    cut -f1 "$TMPW/pending" >> "$TMPW/failed"
    break
  fi
  sleep "$INTERVAL"
done

# --- cluster bundle --------------------------------------------------------------------------------------------

CLUSTER_RC=0
if [ "$CLUSTER" = 1 ]; then
  set -- cluster --out "$OUT_DIR/kubecis-cluster.tar.gz" --kubectl "$KUBECTL"
  [ -n "$KCFG" ] && set -- "$@" --kubeconfig "$KCFG"
  [ -n "$KCTX" ] && set -- "$@" --context "$KCTX"
  sh "$COLLECTOR" "$@" || CLUSTER_RC=$?
fi

_ok=$(wc -l < "$TMPW/done" | tr -d ' ')
_bad=$(sort -u "$TMPW/failed" | grep -c . || true)
say "node bundles: $_ok collected, $_bad failed"
[ "$_bad" = 0 ] && [ "$CLUSTER_RC" = 0 ] || exit 1
exit 0
