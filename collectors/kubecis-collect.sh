#!/bin/sh
# kubecis-collect: gathers CIS Kubernetes Benchmark evidence from one node or one cluster into a .tar.gz bundle.
# POSIX sh (runs under dash and busybox sh); reads only; the bundle format is docs/bundle-format.md.
set -eu
umask 077
LC_ALL=C
export LC_ALL

COLLECTOR_NAME=kubecis-collect
COLLECTOR_VERSION=0.1.0
FORMAT_VERSION=1
MARKER=REDACTED-BY-KUBECIS
MAX_COPY_BYTES=1048576
MAX_TREE_ENTRIES=2000
TAB=$(printf '\t')

usage() {
  cat <<'EOF'
Usage:
  kubecis-collect.sh node    [--root DIR] [--proc DIR] [--out FILE] [--node-name NAME]
                             [--cluster-name NAME] [--collected-from host|pod]
                             [--exec-versions|--no-exec-versions] [--stdout-base64]
  kubecis-collect.sh cluster [--kubeconfig FILE] [--context NAME] [--out FILE] [--all]
                             [--resources LIST] [--cluster-name NAME] [--kubectl PATH]
                             [--request-timeout DURATION] [--parallel N] [--stdout-base64]
  kubecis-collect.sh --version | --help

node     Reads the Kubernetes components running on this node (/proc/*/cmdline), their configuration
         files, systemd units, file modes and owners. Every node path is read under --root (default /);
         processes come from --proc (default ROOT/proc). Secrets are never copied.
cluster  Uses kubectl to dump the server version, API resources, the resources the benchmark needs
         (Secrets without their values) and each node's kubelet configz.

--out FILE        where to write the bundle (default: ./kubecis-MODE-NAME-TIME.tar.gz; - for stdout)
--stdout-base64   write the bundle to stdout as base64 between marker lines (for kubectl logs)
EOF
}

die() { printf '%s: error: %s\n' "$COLLECTOR_NAME" "$*" >&2; exit 2; }

# --- options -------------------------------------------------------------------------------------------------

MODE=
ROOT=/
PROC=
OUT=
NODE_NAME=
CLUSTER_NAME=
COLLECTED_FROM=
EXEC_VERSIONS=
STDOUT_B64=0
KCFG=
KCTX=
ALL=0
RESOURCES=
KUBECTL=${KUBECTL:-kubectl}
REQ_TIMEOUT=60s
PARALLEL=4

[ $# -gt 0 ] || { usage >&2; exit 2; }
case $1 in
  node|cluster) MODE=$1; shift ;;
  --version) printf '%s %s (bundle format %s)\n' "$COLLECTOR_NAME" "$COLLECTOR_VERSION" "$FORMAT_VERSION"; exit 0 ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

needarg() { [ $# -ge 2 ] || die "option $1 needs a value"; }
while [ $# -gt 0 ]; do
  case $1 in
    --root) needarg "$@"; ROOT=$2; shift 2 ;;
    --root=*) ROOT=${1#*=}; shift ;;
    --proc) needarg "$@"; PROC=$2; shift 2 ;;
    --proc=*) PROC=${1#*=}; shift ;;
    --out) needarg "$@"; OUT=$2; shift 2 ;;
    --out=*) OUT=${1#*=}; shift ;;
    --node-name) needarg "$@"; NODE_NAME=$2; shift 2 ;;
    --node-name=*) NODE_NAME=${1#*=}; shift ;;
    --cluster-name) needarg "$@"; CLUSTER_NAME=$2; shift 2 ;;
    --cluster-name=*) CLUSTER_NAME=${1#*=}; shift ;;
    --collected-from) needarg "$@"; COLLECTED_FROM=$2; shift 2 ;;
    --collected-from=*) COLLECTED_FROM=${1#*=}; shift ;;
    --exec-versions) EXEC_VERSIONS=1; shift ;;
    --no-exec-versions) EXEC_VERSIONS=0; shift ;;
    --stdout-base64) STDOUT_B64=1; shift ;;
    --kubeconfig) needarg "$@"; KCFG=$2; shift 2 ;;
    --kubeconfig=*) KCFG=${1#*=}; shift ;;
    --context) needarg "$@"; KCTX=$2; shift 2 ;;
    --context=*) KCTX=${1#*=}; shift ;;
    --all) ALL=1; shift ;;
    --resources) needarg "$@"; RESOURCES=$2; shift 2 ;;
    --resources=*) RESOURCES=${1#*=}; shift ;;
    --kubectl) needarg "$@"; KUBECTL=$2; shift 2 ;;
    --kubectl=*) KUBECTL=${1#*=}; shift ;;
    --parallel) needarg "$@"; PARALLEL=$2; shift 2 ;;
    --parallel=*) PARALLEL=${1#*=}; shift ;;
    --request-timeout) needarg "$@"; REQ_TIMEOUT=$2; shift 2 ;;
    --request-timeout=*) REQ_TIMEOUT=${1#*=}; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option: $1 (see --help)" ;;
  esac
done

case $PARALLEL in
  ''|*[!0-9]*|0) die "--parallel needs a positive number" ;;
esac
case $COLLECTED_FROM in
  ''|host|pod) ;;
  *) die "--collected-from must be host or pod" ;;
esac
[ "$STDOUT_B64" = 1 ] && [ -n "$OUT" ] && die "--stdout-base64 and --out cannot be combined"

# --- work area (removed on exit) -----------------------------------------------------------------------------

TMPW=
cleanup() { if [ -n "$TMPW" ] && [ -d "$TMPW" ]; then rm -rf "$TMPW"; fi; }
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM
trap 'cleanup; exit 129' HUP
if command -v mktemp >/dev/null 2>&1; then
  TMPW=$(mktemp -d "${TMPDIR:-/tmp}/kubecis.XXXXXX") || die "cannot create a temporary folder"
else
  TMPW=${TMPDIR:-/tmp}/kubecis.$$
  mkdir "$TMPW" || die "cannot create a temporary folder $TMPW"
fi
W=$TMPW/bundle   # the bundle's members
T=$TMPW/scratch  # working files, never archived
mkdir "$W" "$T"
: > "$T/warnings"
: > "$T/redactions"
: > "$T/components"
printf '# exit\tmember\tcommand\n' > "$W/commands.tsv"

warn() {
  printf '%s: warning: %s\n' "$COLLECTOR_NAME" "$*" >&2
  printf '%s' "$*" | tr '\n\t' '  ' >> "$T/warnings"
  printf '\n' >> "$T/warnings"
}

# What was redacted, per member: "member<TAB>what".
note_redaction() { printf '%s\t%s\n' "$1" "$2" >> "$T/redactions"; }

utc_now() {
  if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ 2>/dev/null \
      || date -u -r "$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ
  else
    date -u +%Y-%m-%dT%H:%M:%SZ
  fi
}
STARTED_AT=$(utc_now)

# Records a command that produced a member: exit status, member (or -), the command as text.
note_command() {
  _nc_rc=$1 _nc_member=$2
  shift 2
  printf '%s\t%s\t%s\n' "$_nc_rc" "$_nc_member" "$*" | tr -d '\r' >> "$W/commands.tsv"
}

# --- JSON ----------------------------------------------------------------------------------------------------

# awk functions shared by the JSON writers: jstr(s) quotes a string for JSON.
AWK_JSON='
function jinit(  i) { for (i = 1; i < 32; i++) JCTL[sprintf("%c", i)] = sprintf("\\u%04x", i) }
function jstr(s,  out, i, c) {
  out = ""
  for (i = 1; i <= length(s); i++) {
    c = substr(s, i, 1)
    if (c == "\\") out = out "\\\\"
    else if (c == "\"") out = out "\\\""
    else if (c == "\t") out = out "\\t"
    else if (c == "\r") out = out "\\r"
    else if (c == "\n") out = out "\\n"
    else if (c in JCTL) out = out JCTL[c]
    else out = out c
  }
  return "\"" out "\""
}'

# --- node paths under ROOT -----------------------------------------------------------------------------------

# R is ROOT without its trailing slash: "" for the real root, so "$R$path" is how a node path is reached.
if [ "$MODE" = node ]; then
  [ -d "$ROOT" ] || die "--root $ROOT is not a folder"
  R=$(cd "$ROOT" && pwd -P) || die "cannot enter --root $ROOT"
  [ "$R" = / ] && R=
  if [ -z "$PROC" ]; then PROC=$R/proc; fi
  [ -d "$PROC" ] || die "--proc $PROC is not a folder"
  PROC=$(cd "$PROC" && pwd -P)
  if [ -z "$COLLECTED_FROM" ]; then
    if [ -n "${KUBERNETES_SERVICE_HOST:-}" ]; then COLLECTED_FROM=pod; else COLLECTED_FROM=host; fi
  fi
  if [ -z "$EXEC_VERSIONS" ]; then
    if [ -z "$R" ] && [ "$COLLECTED_FROM" = host ]; then EXEC_VERSIONS=1; else EXEC_VERSIONS=0; fi
  fi
fi

linktarget() {
  if command -v readlink >/dev/null 2>&1; then
    readlink "$1"
  else
    # ls -ld prints "... name -> target"; the name is known, so cut after it.
    _lt=$(ls -ld "$1") || return 1
    printf '%s\n' "${_lt#*" $1 -> "}"
  fi
}

# Resolves every symlink of a node path under ROOT (an absolute link target is re-rooted at ROOT, ".." stops
# at ROOT), so nothing outside ROOT is ever read. Prints the resolved node path; fails on a link loop.
resolve() {
  _rs_rest=$1 _rs_out='' _rs_hops=0
  while [ -n "$_rs_rest" ]; do
    while :; do case $_rs_rest in /*) _rs_rest=${_rs_rest#/} ;; *) break ;; esac; done
    [ -n "$_rs_rest" ] || break
    case $_rs_rest in
      */*) _rs_c=${_rs_rest%%/*}; _rs_rest=${_rs_rest#*/} ;;
      *) _rs_c=$_rs_rest; _rs_rest= ;;
    esac
    case $_rs_c in
      .) continue ;;
      ..) _rs_out=${_rs_out%/*}; continue ;;
    esac
    if [ -L "$R$_rs_out/$_rs_c" ]; then
      _rs_hops=$((_rs_hops + 1))
      [ "$_rs_hops" -le 40 ] || return 1
      _rs_t=$(linktarget "$R$_rs_out/$_rs_c") || return 1
      case $_rs_t in /*) _rs_out= ;; esac
      _rs_rest=$_rs_t${_rs_rest:+/$_rs_rest}
    else
      _rs_out=$_rs_out/$_rs_c
    fi
  done
  printf '%s\n' "${_rs_out:-/}"
}

# The node path with its folder resolved but its last component kept (what lstat would look at).
resolve_parent() {
  _rp_dir=${1%/*}
  _rp_base=${1##*/}
  [ -n "$_rp_dir" ] || { printf '/%s\n' "$_rp_base"; return 0; }
  _rp_d=$(resolve "$_rp_dir") || return 1
  [ "$_rp_d" = / ] && _rp_d=
  printf '%s/%s\n' "$_rp_d" "$_rp_base"
}

# Normalises a path given by the node (in a flag or config) to an absolute node path; relative paths are taken
# relative to $2 (the folder of the config file that names them), as the components themselves do.
abspath() {
  case $1 in
    /*) printf '%s\n' "$1" ;;
    '') return 1 ;;
    *) [ -n "${2:-}" ] || return 1; printf '%s/%s\n' "${2%/}" "$1" ;;
  esac
}

add_stat() { case $1 in /*) printf '%s\n' "$1" >> "$T/statpaths" ;; esac; }
# A path and its folder.
add_stat_and_dir() {
  add_stat "$1"
  _sd=${1%/*}
  add_stat "${_sd:-/}"
}
# A folder, everything under it (up to $2 entries, default MAX_TREE_ENTRIES), recorded for stats.
add_stat_tree() {
  _st_max=${2:-$MAX_TREE_ENTRIES}
  add_stat_and_dir "$1"
  _st_r=$(resolve "$1") || return 0
  [ -d "$R$_st_r" ] || return 0
  find "$R$_st_r" 2>/dev/null | head -n "$((_st_max + 1))" > "$T/tree" || true
  if [ "$(wc -l < "$T/tree")" -gt "$_st_max" ]; then
    warn "more than $_st_max entries under $1: only the first $_st_max are recorded in stats.tsv"
    head -n "$_st_max" "$T/tree" > "$T/tree.cut"
    mv "$T/tree.cut" "$T/tree"
  fi
  while IFS= read -r _st_f; do
    add_stat "${_st_f#"$R"}"
  done < "$T/tree"
}
# Entries directly inside a folder (hidden ones too), for stats.
add_stat_dir() {
  add_stat_and_dir "$1"
  _sdd=$(resolve "$1") || return 0
  [ -d "$R$_sdd" ] || return 0
  [ "$_sdd" = / ] && _sdd=
  for _sdf in "$R$_sdd"/* "$R$_sdd"/.[!.]* "$R$_sdd"/..?*; do
    if [ -e "$_sdf" ] || [ -L "$_sdf" ]; then add_stat "$1/${_sdf##*/}"; fi
  done
}

# --- redaction -----------------------------------------------------------------------------------------------

# Key names whose values are secret wherever they appear (kubeconfig credentials, auth-provider secrets).
SECRET_KEYS=client-key-data,token,password,client-secret,id-token,refresh-token,access-token,bearer-token
# A bootstrap token (six and sixteen characters of [a-z0-9]), matched without ERE intervals for old awks.
A36='[a-z0-9]'
A6=$A36$A36$A36$A36$A36$A36
BOOTSTRAP_RE="${A6}[.]${A6}${A6}${A36}${A36}${A36}${A36}"

# redact KIND < in > out (redact_to LOG KIND): replaces secret values with the marker and prints what it replaced (one key name or
# description per line) to $T/redlog. KIND "encryption" also redacts "secret" values (aescbc/aesgcm/secretbox
# keys). PEM private-key blocks, base64-encoded PEM private keys, JWTs and bootstrap tokens are replaced in
# every file. YAML structure is kept: the key stays, its value becomes the marker. KIND "toml" (container runtime
# configuration) also replaces TOML `key = value` settings of registry credentials.
redact() {
  if [ "$1" = toml ]; then redact_to "$T/redlog" plain | redact_toml "$T/redlog"; return; fi
  redact_to "$T/redlog" "$1"
}
# TOML credentials (containerd registry auth: password, auth, identitytoken; any token or secret), as a whole line
# `key = value` (dotted or quoted keys too) or inside an inline table; a multi-line string value is dropped whole.
redact_toml() {
  awk -v marker="$MARKER" -v redlog="$1" '
    BEGIN {
      n = split("password,auth,identitytoken,token,client-secret,secret", K, ",")
      for (i = 1; i <= n; i++) isKey[K[i]] = 1
      q = sprintf("%c", 39)
      inline = "(^|[{,[:space:]])(password|auth|identitytoken|token|secret)[ \t]*=[ \t]*(\"([^\"\\\\]|\\\\.)*\"|" q "[^" q "]*" q ")"
    }
    {
      line = $0
      if (ml != "") { if (index(line, ml) > 0) ml = ""; next }
      if (match(line, "^[ \t]*[A-Za-z0-9_.\"" q "-]+[ \t]*=")) {
        kt = substr(line, 1, RLENGTH); v = substr(line, RLENGTH + 1); sub(/^[ \t]+/, "", v)
        k = kt; sub(/[ \t]*=$/, "", k); sub(/^[ \t]*/, "", k); gsub(/["]/, "", k); gsub(q, "", k)
        m = split(k, P, "."); k = P[m]
        if ((k in isKey) && v != "\"" marker "\"") {
          d = substr(v, 1, 3)
          if ((d == "\"\"\"" || d == q q q) && index(substr(v, 4), d) == 0) ml = d
          found[k] = 1
          print kt " \"" marker "\""
          next
        }
      }
      out = ""
      while (match(line, inline)) {
        seg = substr(line, RSTART, RLENGTH)
        c = substr(seg, 1, 1); if (c ~ /[{,[:space:]]/) { out = out substr(line, 1, RSTART) ; seg = substr(seg, 2) } else out = out substr(line, 1, RSTART - 1)
        k = seg; sub(/[ \t]*=.*$/, "", k)
        found[k] = 1
        out = out k " = \"" marker "\""
        line = substr(line, RSTART + RLENGTH)
      }
      print out line
    }
    END { for (k in found) print k >> redlog }'
}
redact_to() {
  _keys=$SECRET_KEYS
  _boot=$BOOTSTRAP_RE
  case $2 in
    encryption) _keys=$_keys,secret ;;
    resource) _keys=; _boot= ;;
  esac
  awk -v keys="$_keys" -v marker="$MARKER" -v redlog="$1" -v bootre="$_boot" '
    function indent(s) { match(s, /^[ ]*/); return RLENGTH }
    # Replaces every match of re in s with marker; notes what.
    function subst_all(s, re, what,   out) {
      out = ""
      while (match(s, re)) {
        out = out substr(s, 1, RSTART - 1) marker
        s = substr(s, RSTART + RLENGTH)
        found[what] = 1
      }
      return out s
    }
    # Same, but the characters around a match (which must not be alphanumeric) are kept.
    function subst_bounded(s, re, what,   out, m, a, z) {
      out = ""
      while (match(s, "(^|[^A-Za-z0-9])" re "($|[^A-Za-z0-9])")) {
        m = substr(s, RSTART, RLENGTH)
        a = (substr(m, 1, 1) ~ /[^A-Za-z0-9]/) ? substr(m, 1, 1) : ""
        z = (substr(m, RLENGTH, 1) ~ /[^A-Za-z0-9]/) ? substr(m, RLENGTH, 1) : ""
        out = out substr(s, 1, RSTART - 1) a marker z
        s = substr(s, RSTART + RLENGTH)
        found[what] = 1
      }
      return out s
    }
    BEGIN {
      n = split(keys, K, ",")
      for (i = 1; i <= n; i++) isKey[K[i]] = 1
      skip = -1; inpem = 0; q = sprintf("%c", 39)
      b64pk = "[A-Za-z0-9+/=]*(UFJJVkFURSBLRV|BSSVZBVEUgS0VZ|QUklWQVRFIEtFW)[A-Za-z0-9+/=]*"
      jwt = "eyJ[A-Za-z0-9_-]+[.]eyJ[A-Za-z0-9_-]+[.][A-Za-z0-9_-]*"
    }
    {
      line = $0
      if (inpem) {
        if (line ~ /-----END [A-Z0-9 ]*PRIVATE KEY-----/) inpem = 0
        next
      }
      if (skip >= 0) {
        if (line ~ /^[ \t]*$/ || indent(line) > skip) next
        skip = -1
      }
      # PEM private keys: a whole block on one line (escaped newlines), or a block over several lines.
      line = subst_all(line, "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----.*-----END [A-Z0-9 ]*PRIVATE KEY-----", "private key")
      if (match(line, /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/)) {
        found["private key"] = 1
        print substr(line, 1, RSTART - 1) marker
        inpem = 1
        next
      }

      # Secret keys first, so the log names the key. JSON style: "key": "value" anywhere on the line.
      out = ""; rest = line
      while (match(rest, /"[A-Za-z-]+"[ \t]*:[ \t]*"([^"\\]|\\.)*"/)) {
        seg = substr(rest, RSTART, RLENGTH)
        k = seg; sub(/^"/, "", k); sub(/".*$/, "", k)
        if (k in isKey) { seg = "\"" k "\": \"" marker "\""; found[k] = 1 }
        out = out substr(rest, 1, RSTART - 1) seg
        rest = substr(rest, RSTART + RLENGTH)
      }
      line = out rest

      # YAML block style: [indent][- ]key: value (the value may continue on more-indented lines).
      match(line, /^[ ]*(- )*/)
      pfx = substr(line, 1, RLENGTH); body = substr(line, RLENGTH + 1)
      if (match(body, "^(\"[A-Za-z-]+\"|" q "[A-Za-z-]+" q "|[A-Za-z-]+)[ \t]*:")) {
        kt = substr(body, 1, RLENGTH); val = substr(body, RLENGTH + 1)
        k = kt; sub(/[ \t]*:$/, "", k); gsub(/"/, "", k); gsub(q, "", k)
        if ((k in isKey) && (val == "" || val ~ /^[ \t]/)) {
          v = val; sub(/^[ \t]+/, "", v)
          if (v != marker && index(v, "\"" marker "\"") != 1) {
            found[k] = 1
            print pfx kt " " marker
            skip = length(pfx)
            next
          }
        }
      }
      # YAML flow style: {key: value, ...}
      out = ""; rest = line
      while (match(rest, /[{,][ \t]*[A-Za-z-]+[ \t]*:[ \t]*[^],{}[]*/)) {
        seg = substr(rest, RSTART, RLENGTH)
        k = seg; sub(/^[{,][ \t]*/, "", k); sub(/[ \t]*:.*$/, "", k)
        if ((k in isKey) && seg !~ /:[ \t]*$/) { seg = substr(seg, 1, 1) " " k ": " marker; found[k] = 1 }
        out = out substr(rest, 1, RSTART - 1) seg
        rest = substr(rest, RSTART + RLENGTH)
      }
      line = out rest

      # Secret-looking values under any key.
      line = subst_all(line, b64pk, "base64-encoded private key")
      line = subst_all(line, jwt, "token")
      if (bootre != "") line = subst_bounded(line, bootre, "bootstrap token")
      print line
    }
    END { for (k in found) print k > redlog }'
}

# copy_file PATH KIND: copies a node file into files/<resolved path>, redacted. Sets COPIED to the resolved
# node path (empty when nothing was copied). Returns 1 when the file is missing or unreadable.
copy_file() {
  COPIED=
  add_stat_and_dir "$1"
  _cf_r=$(resolve "$1") || { warn "$1: symbolic link loop"; return 1; }
  [ "$_cf_r" != "$1" ] && add_stat "$_cf_r"
  _cf_src=$R$_cf_r
  [ -e "$_cf_src" ] || return 1
  if [ ! -f "$_cf_src" ]; then warn "$1 is not a regular file: not copied"; return 1; fi
  _cf_dst=$W/files$_cf_r
  if [ -e "$_cf_dst" ]; then COPIED=$_cf_r; return 0; fi
  if [ ! -r "$_cf_src" ]; then warn "$1 is not readable by the collector: not copied"; return 1; fi
  _cf_size=$(wc -c < "$_cf_src" | tr -d ' ')
  if [ "$_cf_size" -gt "$MAX_COPY_BYTES" ]; then
    warn "$1 is larger than $MAX_COPY_BYTES bytes: not copied"
    return 1
  fi
  mkdir -p "${_cf_dst%/*}"
  : > "$T/redlog"
  if ! redact "$2" < "$_cf_src" > "$_cf_dst"; then
    rm -f "$_cf_dst"
    warn "$1 could not be read: not copied"
    return 1
  fi
  if [ -s "$T/redlog" ]; then
    note_redaction "files$_cf_r" "$(sort "$T/redlog" | awk 'BEGIN { ORS = "" } { print (NR > 1 ? ", " : "") $0 }')"
  fi
  COPIED=$_cf_r
  return 0
}

# copy_named WHAT PATH KIND: copies a file that a component's flag or config names; a named file that is
# missing is worth a warning (the component would fail or run without it).
copy_named() {
  copy_file "$2" "$3" && return 0
  [ -e "$R$(resolve "$2" 2>/dev/null || printf '%s' "$2")" ] || warn "$2 named by $1 does not exist under the node root"
  return 1
}

# Values of key $2 in the YAML or JSON config $1, top-level or nested, in file order ($3 = 1: the first only).
# Enough for the few scalar path settings read here (staticPodPath, clientCAFile, kubeconfig, path).
cfg_values() {
  awk -v k="$2" -v q="'" -v first="$3" '
    {
      v = ""
      if (match($0, "^[ \t]*(- )?\"?" k "\"?[ \t]*:[ \t]*")) v = substr($0, RLENGTH + 1)
      else if (match($0, "\"" k "\"[ \t]*:[ \t]*")) v = substr($0, RSTART + RLENGTH)
      else next
      if (v ~ /^"/) { v = substr(v, 2); sub(/".*$/, "", v) }
      else if (substr(v, 1, 1) == q) { v = substr(v, 2); sub(q ".*$", "", v) }
      else { sub(/[ \t]+#.*$/, "", v); sub(/[,} \t].*$/, "", v) }
      if (v != "") { print v; if (first == 1) exit }
    }' "$1"
}

# First value of key $2 in file $1.
cfg_get() { cfg_values "$1" "$2" 1; }

# Every value of key $2 in file $1 (e.g. all "path:" entries of an admission configuration).
cfg_get_all() { cfg_values "$1" "$2" 0; }

# --- archive -------------------------------------------------------------------------------------------------

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum < "$1" | awk '{ print $1 }'
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 < "$1" | awk '{ print $1 }'
  elif command -v openssl >/dev/null 2>&1; then
    openssl dgst -sha256 < "$1" | awk '{ print $NF }'
  else
    return 1
  fi
}

# Base64 with 76-character lines, from base64, uuencode -m or, as a last resort, od and awk.
b64_encode() {
  if command -v base64 >/dev/null 2>&1; then
    base64 < "$1"
  elif command -v uuencode >/dev/null 2>&1; then
    uuencode -m "$1" bundle | sed '1d;$d'
  else
    od -An -v -tu1 < "$1" | awk '
      BEGIN { A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"; n = 0; col = 0 }
      function emit(s) { printf "%s", s; col += length(s); if (col >= 76) { printf "\n"; col = 0 } }
      {
        for (i = 1; i <= NF; i++) {
          b[n++] = $i
          if (n == 3) {
            v = b[0] * 65536 + b[1] * 256 + b[2]
            emit(substr(A, int(v / 262144) + 1, 1) substr(A, int(v / 4096) % 64 + 1, 1) substr(A, int(v / 64) % 64 + 1, 1) substr(A, v % 64 + 1, 1))
            n = 0
          }
        }
      }
      END {
        if (n == 1) { v = b[0] * 65536; emit(substr(A, int(v / 262144) + 1, 1) substr(A, int(v / 4096) % 64 + 1, 1) "==") }
        if (n == 2) { v = b[0] * 65536 + b[1] * 256; emit(substr(A, int(v / 262144) + 1, 1) substr(A, int(v / 4096) % 64 + 1, 1) substr(A, int(v / 64) % 64 + 1, 1) "=") }
        if (col > 0) printf "\n"
      }'
  fi
}

# Last line of defence: no member may contain a private key, whatever path it took into the bundle.
check_no_private_keys() {
  find "$W" -type f > "$T/members.all"
  while IFS= read -r _ck; do
    if grep -q -e '-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----' "$_ck" 2>/dev/null; then
      rm -f "$_ck"
      warn "${_ck#"$W"/} held a private key and was removed from the bundle"
    fi
  done < "$T/members.all"
}

# Writes bundle.json from the scratch lists, then the archive.
finish_bundle() {
  check_no_private_keys
  # Jobs may finish in any order: keep the logs in a stable one.
  grep -v '^$' "$T/warnings" | sort > "$T/warnings.nonempty" || true
  { sed -n '1p' "$W/commands.tsv"; sed '1d' "$W/commands.tsv" | sort -t "$TAB" -k2,2 -k3,3; } > "$T/commands.sorted"
  cat "$T/commands.sorted" > "$W/commands.tsv"
  FINISHED_AT=$(utc_now)
  (cd "$W" && find . -type f ! -path ./bundle.json) | sed 's|^\./||' | sort > "$T/members"
  : > "$T/files"
  while IFS= read -r _m; do
    _size=$(wc -c < "$W/$_m" | tr -d ' ')
    _sum=$(sha256_of "$W/$_m") || die "no sha256sum, shasum or openssl found: cannot checksum the bundle"
    printf '%s\t%s\t%s\n' "$_m" "$_size" "$_sum" >> "$T/files"
  done < "$T/members"
  sort -u "$T/redactions" > "$T/redactions.sorted"

  awk -F '\t' \
    -v formatVersion="$FORMAT_VERSION" -v cname="$COLLECTOR_NAME" -v cver="$COLLECTOR_VERSION" \
    -v mode="$MODE" -v from="${COLLECTED_FROM:-}" -v cluster="$CLUSTER_NAME" -v serverVersion="${SERVER_VERSION:-}" \
    -v node="${NODE_NAME:-}" -v roles="${ROLES:-}" -v startedAt="$STARTED_AT" -v finishedAt="$FINISHED_AT" \
    -v fcomp="$T/components" -v ffiles="$T/files" -v fred="$T/redactions.sorted" -v fwarn="$T/warnings.nonempty" \
    "$AWK_JSON"'
    BEGIN {
      jinit()
      printf "{\n  \"formatVersion\": %d,\n", formatVersion
      printf "  \"collector\": { \"name\": %s, \"version\": %s },\n", jstr(cname), jstr(cver)
      printf "  \"mode\": %s,\n", jstr(mode)
      if (from != "") printf "  \"collectedFrom\": %s,\n", jstr(from)
      printf "  \"cluster\": {"
      sep = " "
      if (cluster != "") { printf "%s\"name\": %s", sep, jstr(cluster); sep = ", " }
      if (serverVersion != "") { printf "%s\"serverVersion\": %s", sep, jstr(serverVersion); sep = ", " }
      printf "%s},\n", (sep == ", " ? " " : "")
      if (mode == "node") {
        printf "  \"node\": { \"name\": %s, \"roles\": [", jstr(node)
        n = split(roles, RL, ",")
        for (i = 1; i <= n; i++) printf "%s%s", (i > 1 ? ", " : ""), jstr(RL[i])
        printf "] },\n"
      }
      printf "  \"startedAt\": %s,\n  \"finishedAt\": %s,\n", jstr(startedAt), jstr(finishedAt)

      printf "  \"components\": ["
      n = 0
      while ((getline l < fcomp) > 0) {
        split(l, C, "\t")
        printf "%s\n    { \"name\": %s, \"pid\": %d, \"cmdline\": %s", (n++ ? "," : ""), jstr(C[1]), C[2], jstr(C[3])
        if (C[4] != "") printf ", \"env\": %s", jstr(C[4])
        if (C[5] != "") printf ", \"version\": %s", jstr(C[5])
        printf " }"
      }
      printf "%s],\n", (n ? "\n  " : "")

      printf "  \"files\": ["
      n = 0
      while ((getline l < ffiles) > 0) {
        split(l, F, "\t")
        printf "%s\n    { \"path\": %s, \"size\": %d, \"sha256\": %s }", (n++ ? "," : ""), jstr(F[1]), F[2], jstr(F[3])
      }
      printf "%s],\n", (n ? "\n  " : "")

      printf "  \"redactions\": ["
      n = 0
      while ((getline l < fred) > 0) {
        split(l, D, "\t")
        printf "%s\n    { \"path\": %s, \"what\": %s }", (n++ ? "," : ""), jstr(D[1]), jstr(D[2])
      }
      printf "%s],\n", (n ? "\n  " : "")

      printf "  \"warnings\": ["
      n = 0
      while ((getline l < fwarn) > 0) printf "%s\n    %s", (n++ ? "," : ""), jstr(l)
      printf "%s]\n}\n", (n ? "\n  " : "")
    }' > "$W/bundle.json"

  # Reproducible archives when SOURCE_DATE_EPOCH is set: fixed member times, no gzip timestamp.
  if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
    _stamp=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M.%S 2>/dev/null || date -u -r "$SOURCE_DATE_EPOCH" +%Y%m%d%H%M.%S)
    (cd "$W" && find . -type f -exec touch -t "$_stamp" {} +)
  fi
  set -- bundle.json
  while IFS= read -r _m; do set -- "$@" "$_m"; done < "$T/members"
  (cd "$W" && tar -cf "$T/bundle.tar" "$@") || die "tar failed"
  if gzip -9 -n -c < "$T/bundle.tar" > "$T/bundle.tar.gz" 2>/dev/null; then :; else
    gzip -9 -c < "$T/bundle.tar" > "$T/bundle.tar.gz" || die "gzip failed"
  fi

  if [ "$STDOUT_B64" = 1 ]; then
    _sum=$(sha256_of "$T/bundle.tar.gz")
    printf '===== KUBECIS BUNDLE BEGIN %s sha256=%s =====\n' "$DEFAULT_NAME" "$_sum"
    b64_encode "$T/bundle.tar.gz"
    printf '===== KUBECIS BUNDLE END =====\n'
  elif [ "$OUT" = - ]; then
    cat "$T/bundle.tar.gz"
  else
    [ -n "$OUT" ] || OUT=$DEFAULT_NAME
    cp "$T/bundle.tar.gz" "$OUT.tmp.$$" || die "cannot write $OUT"
    mv -f "$OUT.tmp.$$" "$OUT" || die "cannot write $OUT"
    printf '%s: wrote %s\n' "$COLLECTOR_NAME" "$OUT" >&2
  fi
}

stamp_for_name() { printf '%s\n' "$STARTED_AT" | tr -d ':-'; }

# ==============================================================================================================
# node mode
# ==============================================================================================================

# Component -> process names it runs as.
comp_of_exe() {
  case $1 in
    kube-apiserver) echo apiserver ;;
    kube-controller-manager) echo controllermanager ;;
    kube-scheduler) echo scheduler ;;
    etcd) echo etcd ;;
    kubelet) echo kubelet ;;
    kube-proxy) echo proxy ;;
    *) return 1 ;;
  esac
}
exe_of_comp() {
  case $1 in
    apiserver) echo kube-apiserver ;;
    controllermanager) echo kube-controller-manager ;;
    scheduler) echo kube-scheduler ;;
    *) echo "$1" | sed 's/^proxy$/kube-proxy/' ;;
  esac
}
ALL_COMPONENTS='apiserver controllermanager scheduler etcd kubelet proxy'

# The arguments of a component (one per line, argv[0] first): from its process, else from its static pod
# manifest (the "- --flag=value" lines), so referenced files are still collected when it is not running.
args_file() { printf '%s/args.%s\n' "$T" "$1"; }

# flag_value COMP NAME: the last value given for --NAME (or -NAME), as "--NAME=V" or "--NAME V".
flag_value() {
  _fa=$(args_file "$1")
  [ -f "$_fa" ] || return 1
  awk -v f="$2" '
    { a[NR] = $0 }
    END {
      found = 0
      for (i = 2; i <= NR; i++) {
        x = a[i]
        if (x == "--") break
        if (x == "--" f || x == "-" f) { if (i < NR) { v = a[i + 1]; i++; found = 1 } }
        else if (index(x, "--" f "=") == 1) { v = substr(x, length(f) + 4); found = 1 }
        else if (index(x, "-" f "=") == 1) { v = substr(x, length(f) + 3); found = 1 }
      }
      if (found) print v
      exit(found ? 0 : 1)
    }' "$_fa"
}

# Every (flag, value) of a component whose value is an absolute path and whose name says it is a file or
# folder: these all get a stats line.
path_flags() {
  _pa=$(args_file "$1")
  [ -f "$_pa" ] || return 0
  awk '
    { a[NR] = $0 }
    END {
      for (i = 2; i <= NR; i++) {
        x = a[i]; name = ""; v = ""
        if (x !~ /^--?[a-z]/) continue
        sub(/^--?/, "", x)
        if (index(x, "=")) { name = substr(x, 1, index(x, "=") - 1); v = substr(x, index(x, "=") + 1) }
        else if (i < NR && a[i + 1] ~ /^\//) { name = x; v = a[i + 1]; i++ }
        if (v !~ /^\//) continue
        if (name ~ /(file|dir|path|kubeconfig|config|cafile|certfile|keyfile|key|cert|certificate)$/) print v
      }
    }' "$_pa"
}

detect_processes() {
  : > "$T/pids"
  for _d in "$PROC"/[0-9]*; do
    _pid=${_d##*/}
    case $_pid in *[!0-9]*) continue ;; esac
    [ -r "$_d/cmdline" ] || continue
    printf '%s\n' "$_pid" >> "$T/pids"
  done
  sort -n "$T/pids" > "$T/pids.sorted"
  while IFS= read -r _pid; do
    tr '\000' '\n' < "$PROC/$_pid/cmdline" > "$T/cmd" 2>/dev/null || continue
    [ -s "$T/cmd" ] || continue
    _a0=$(sed -n '1p' "$T/cmd")
    _exe=${_a0##*/}
    # hyperkube and similar multi-call binaries name the component in the first argument.
    case $_exe in
      hyperkube|hyperkube.exe) _exe=$(sed -n '2p' "$T/cmd"); _exe=${_exe##*/} ;;
      k3s|k3s-server|k3s-agent|k0s|rke2) warn "found $_exe (pid $_pid): its embedded components are not collected by this version" ; continue ;;
    esac
    _comp=$(comp_of_exe "$_exe") || continue
    if [ -f "$W/processes/$_comp.cmdline" ]; then
      warn "more than one $_exe process (pid $_pid ignored; the lowest pid is recorded)"
      continue
    fi
    mkdir -p "$W/processes"
    cat "$PROC/$_pid/cmdline" > "$W/processes/$_comp.cmdline"
    cp "$T/cmd" "$(args_file "$_comp")"
    printf '%s\n' "$_pid" > "$T/pid.$_comp"
  done < "$T/pids.sorted"
}

# ETCD_* settings from etcd's environment (etcd reads them when a flag is absent). Names that look like
# credentials are dropped, except *_FILE names, which hold paths (ETCD_KEY_FILE, ETCD_PEER_KEY_FILE).
collect_env() {
  _ce_pid=$(cat "$T/pid.$1")
  if ! tr '\000' '\n' < "$PROC/$_ce_pid/environ" > "$T/environ" 2>/dev/null; then
    warn "environment of $1 (pid $_ce_pid) is not readable: ETCD_* settings not collected (needs CAP_SYS_PTRACE in a pod)"
    return 1
  fi
  grep '^ETCD_[A-Z0-9_]*=' "$T/environ" | sort > "$T/environ.etcd" || true
  awk -F= '{
      n = $1
      if (n !~ /_FILE$/ && n ~ /(KEY|TOKEN|PASSWORD|SECRET)/) { print n > "/dev/stderr"; next }
      print
    }' "$T/environ.etcd" > "$W/processes/$1.env" 2> "$T/environ.dropped"
  rm -f "$T/environ" "$T/environ.etcd"
  if [ -s "$T/environ.dropped" ]; then
    note_redaction "processes/$1.env" "$(awk 'BEGIN { ORS = "" } { print (NR > 1 ? ", " : "") $0 }' "$T/environ.dropped") (variables left out)"
  fi
  return 0
}

# The version a static pod manifest's image tag gives (registry.k8s.io/kube-apiserver:v1.31.2 -> v1.31.2).
manifest_image_version() {
  [ -n "$MANIFEST_DIR_R" ] && [ -d "$R$MANIFEST_DIR_R" ] || return 1
  for _mf in "$R$MANIFEST_DIR_R"/*; do
    [ -f "$_mf" ] || continue
    awk -v name="$1" -v q="'" '
      match($0, "image:[ \t]*[\"" q "]?[^ \t\"" q "]+") {
        img = substr($0, RSTART, RLENGTH); sub("^image:[ \t]*[\"" q "]?", "", img)
        sub(/@.*$/, "", img)
        repo = img; tag = ""
        if (match(img, /:[^:\/]+$/)) { repo = substr(img, 1, RSTART - 1); tag = substr(img, RSTART + 1) }
        n = split(repo, P, "/")
        if (P[n] == name && tag != "") { print tag; found = 1; exit }
      }
      END { exit(found ? 0 : 1) }' "$_mf" && return 0
  done
  return 1
}

# The version from "<binary> --version" (kubelet, kube-proxy on hosts): only on the host itself.
exec_version() {
  _ev_pid=$(cat "$T/pid.$1")
  _ev_exe=$PROC/$_ev_pid/exe
  [ -e "$_ev_exe" ] || return 1
  _ev_rc=0
  "$_ev_exe" --version < /dev/null > "$W/processes/$1.version" 2>&1 || _ev_rc=$?
  note_command "$_ev_rc" "processes/$1.version" "$(exe_of_comp "$1") --version"
  [ "$_ev_rc" = 0 ] || { warn "$(exe_of_comp "$1") --version failed (exit $_ev_rc)"; return 1; }
  sed -n 's/.*\(v[0-9][0-9]*\.[0-9][0-9]*\.[0-9][0-9]*[-+.A-Za-z0-9]*\).*/\1/p' "$W/processes/$1.version" | sed -n '1p'
}

# Files named by a component's flags, as flag:kind pairs: kind is how the copy is redacted, "stat" means
# record mode and owner only (never copied: keys, tokens, certificates); a kind ending in "?" is a file that
# may be gone without anything being wrong (the kubelet's bootstrap kubeconfig after bootstrap).
collect_named_files() {
  _cn_comp=$1
  shift
  for _cn_spec in "$@"; do
    _cn_flag=${_cn_spec%%:*}
    _cn_kind=${_cn_spec#*:}
    _cn_v=$(flag_value "$_cn_comp" "$_cn_flag") || continue
    _cn_p=$(abspath "$_cn_v") || { warn "--$_cn_flag of $_cn_comp is a relative path ($_cn_v): not collected"; continue; }
    case $_cn_kind in
      stat) add_stat_and_dir "$_cn_p" ;;
      *\?) copy_file "$_cn_p" "${_cn_kind%\?}" || true ;;
      *) copy_named "--$_cn_flag of $_cn_comp" "$_cn_p" "$_cn_kind" || true ;;
    esac
  done
}

# Config files may name more files, relative to their own folder (kubelet and component configs do that).
cfg_path() {
  _cp_v=$(cfg_get "$W/files$1" "$2") || return 1
  [ -n "$_cp_v" ] || return 1
  abspath "$_cp_v" "${1%/*}"
}

SYSTEMD_DIRS='/etc/systemd/system /run/systemd/system /usr/lib/systemd/system /lib/systemd/system'

# Unit files and drop-ins of one service, in every folder systemd reads, plus the EnvironmentFile= files
# they name. The kubelet's places are always listed in stats.tsv (missing ones too), others only if present.
collect_units() {
  for _cu_d in $SYSTEMD_DIRS; do
    _cu_u=$_cu_d/$1.service
    if [ "$1" = kubelet ]; then
      add_stat "$_cu_u"; add_stat "$_cu_u.d"
    else
      # Other services are only recorded where they exist.
      _cu_r=$(resolve_parent "$_cu_u") || continue
      if [ ! -e "$R$_cu_r" ] && [ ! -L "$R$_cu_r" ] && [ ! -d "$R$_cu_r.d" ]; then continue; fi
    fi
    # A masked unit is a link to /dev/null: not copied, its stats line says so.
    if copy_file "$_cu_u" plain; then printf '%s\n' "$COPIED" >> "$T/units"; fi
    _cu_r=$(resolve "$_cu_u.d") || continue
    if [ -d "$R$_cu_r" ]; then
      add_stat_dir "$_cu_u.d"
      for _cu_f in "$R$_cu_r"/*.conf; do
        [ -e "$_cu_f" ] || [ -L "$_cu_f" ] || continue
        if copy_file "$_cu_u.d/${_cu_f##*/}" plain; then printf '%s\n' "$COPIED" >> "$T/units"; fi
      done
    fi
  done
}

# OpenShift nodes (RHCOS): the files the rh-1.8 file controls name. The operators write each control plane
# component's files per revision under /etc/kubernetes/static-pod-resources (<component>-pod-<N>/, <component>-certs/),
# keys included: they get stats lines (type, mode, owner) and are never copied. A node counts as OpenShift when it has
# that folder, the Machine Config Daemon's folder or Multus' run folder; on other nodes nothing here is recorded.
MAX_SPR_ENTRIES=20000
OPENSHIFT_NODE_DIRS='/etc/kubernetes/cni/net.d /var/run/multus/cni/net.d /var/lib/cni/networks/openshift-sdn
/var/run/openshift-sdn /var/run/openvswitch /etc/openvswitch'
collect_openshift_node() {
  _ocp=0
  for _p in /etc/kubernetes/static-pod-resources /etc/machine-config-daemon /var/run/multus; do
    if _r=$(resolve "$_p") && [ -d "$R$_r" ]; then _ocp=1; fi
  done
  [ "$_ocp" = 1 ] || return 0
  add_stat_tree /etc/kubernetes/static-pod-resources "$MAX_SPR_ENTRIES"
  add_stat /etc/kubernetes/kubeconfig
  add_stat_and_dir /var/lib/etcd/member
  # Under their resolved path (/var/run is usually a link to /run), so that the folder and its entries match.
  for _p in $OPENSHIFT_NODE_DIRS; do
    _r=$(resolve "$_p") || _r=$_p
    add_stat_tree "$_r"
  done
}

collect_node() {
  : > "$T/statpaths"
  : > "$T/units"
  detect_processes

  # Components found only through a static pod manifest still lead to their files.
  MANIFEST_DIR=
  if [ -f "$(args_file kubelet)" ]; then
    MANIFEST_DIR=$(flag_value kubelet pod-manifest-path || true)
  fi

  # kubelet: its config file first (it can name the static pod folder and the client CA).
  KUBELET_CONFIG=
  if [ -f "$(args_file kubelet)" ]; then
    if _v=$(flag_value kubelet config); then
      if _p=$(abspath "$_v") && copy_named "--config of kubelet" "$_p" plain; then KUBELET_CONFIG=$COPIED; fi
    else
      warn "kubelet runs without --config: its settings come from flags and defaults only"
    fi
    if _v=$(flag_value kubelet config-dir); then
      _p=$(abspath "$_v") && add_stat_dir "$_p"
      _r=$(resolve "$_p") && for _f in "$R$_r"/*.conf; do
        if [ -f "$_f" ]; then copy_file "$_p/${_f##*/}" plain || true; fi
      done
    fi
    collect_named_files kubelet kubeconfig:kubeconfig 'bootstrap-kubeconfig:kubeconfig?' client-ca-file:stat \
      tls-cert-file:stat tls-private-key-file:stat cert-dir:stat
    _v=$(flag_value kubelet kubeconfig) || add_stat /etc/kubernetes/kubelet.conf
  else
    # Not running: still look at the kubeadm default places, so the evidence of an installed kubelet is kept.
    if copy_file /var/lib/kubelet/config.yaml plain; then KUBELET_CONFIG=$COPIED; fi
    copy_file /etc/kubernetes/kubelet.conf kubeconfig || true
    if [ -n "$KUBELET_CONFIG" ]; then warn "no kubelet process found, but a kubelet config exists: is the kubelet stopped?"; fi
  fi
  if [ -n "$KUBELET_CONFIG" ]; then
    if [ -z "$MANIFEST_DIR" ]; then MANIFEST_DIR=$(cfg_path "$KUBELET_CONFIG" staticPodPath || true); fi
    if _p=$(cfg_path "$KUBELET_CONFIG" clientCAFile); then add_stat_and_dir "$_p"; fi
    for _k in tlsCertFile tlsPrivateKeyFile; do
      if _p=$(cfg_path "$KUBELET_CONFIG" "$_k"); then add_stat_and_dir "$_p"; fi
    done
  fi
  add_stat /var/lib/kubelet/config.yaml
  add_stat /etc/kubernetes/pki/ca.crt
  # Places managed distributions use for the kubelet's files (EKS, GKE, AKS).
  for _p in /etc/kubernetes/kubelet/kubelet-config.json /etc/kubernetes/kubelet-config.yaml /var/lib/kubelet/kubeconfig; do
    add_stat "$_p"
  done
  for _p in /var/lib/kubelet/kubeadm-flags.env /etc/default/kubelet /etc/sysconfig/kubelet; do
    copy_file "$_p" plain || add_stat "$_p"
  done
  add_stat_tree /var/lib/kubelet/pki

  # systemd units and drop-ins, and the environment files they load.
  for _u in kubelet kube-proxy etcd kube-apiserver kube-controller-manager kube-scheduler; do collect_units "$_u"; done
  add_stat /etc/systemd/system/kubelet.service.d/10-kubeadm.conf
  sort -u "$T/units" > "$T/units.sorted"
  while IFS= read -r _uf; do
    sed -n 's/^[ \t]*EnvironmentFile[ \t]*=[ \t]*-\{0,1\}[ \t]*\([^ \t]*\).*/\1/p' "$W/files$_uf" > "$T/envfiles"
    while IFS= read -r _ef; do
      case $_ef in /*) copy_file "$_ef" plain || add_stat "$_ef" ;; esac
    done < "$T/envfiles"
  done < "$T/units.sorted"

  # Static pod manifests.
  [ -n "$MANIFEST_DIR" ] || MANIFEST_DIR=/etc/kubernetes/manifests
  MANIFEST_DIR=$(abspath "$MANIFEST_DIR") || MANIFEST_DIR=/etc/kubernetes/manifests
  add_stat_dir "$MANIFEST_DIR"
  MANIFEST_DIR_R=$(resolve "$MANIFEST_DIR" || true)
  if [ -n "$MANIFEST_DIR_R" ] && [ -d "$R$MANIFEST_DIR_R" ]; then
    for _f in "$R$MANIFEST_DIR_R"/*; do
      [ -f "$_f" ] || continue
      copy_file "$MANIFEST_DIR/${_f##*/}" plain || true
    done
  fi
  for _c in apiserver controllermanager scheduler etcd; do
    _e=$(exe_of_comp "$_c")
    add_stat "$MANIFEST_DIR/$_e.yaml"
    # A control-plane component that is not running: its manifest's flags lead to its files.
    if [ ! -f "$(args_file "$_c")" ] && [ -f "$W/files$MANIFEST_DIR_R/$_e.yaml" ]; then
      { printf '%s\n' "$_e"
        awk -v q="'" '
          /^[ \t]*-[ \t]*/ {
            v = $0; sub(/^[ \t]*-[ \t]*/, "", v); sub(/[ \t]+$/, "", v)
            c = substr(v, 1, 1)
            if (c == "\"" || c == q) { v = substr(v, 2); if (substr(v, length(v), 1) == c) v = substr(v, 1, length(v) - 1) }
            if (v ~ /^--?[a-z][a-z0-9-]*=/) print v
          }' "$W/files$MANIFEST_DIR_R/$_e.yaml"
      } > "$(args_file "$_c")"
      HAS_MANIFEST_ONLY="${HAS_MANIFEST_ONLY:-} $_c"
      warn "static pod manifest $MANIFEST_DIR/$_e.yaml exists but no $_e process is running"
    fi
  done

  # Control plane files named by flags.
  collect_named_files apiserver audit-policy-file:plain encryption-provider-config:encryption \
    admission-control-config-file:plain authentication-config:plain authorization-config:plain \
    audit-webhook-config-file:kubeconfig authorization-webhook-config-file:kubeconfig \
    authentication-token-webhook-config-file:kubeconfig egress-selector-config-file:plain \
    tracing-config-file:plain token-auth-file:stat
  if _v=$(flag_value apiserver admission-control-config-file) && _p=$(abspath "$_v"); then
    _r=$(resolve "$_p" || true)
    if [ -n "$_r" ] && [ -f "$W/files$_r" ]; then
      # Plugin configurations the admission config points to (EventRateLimit, PodSecurity...).
      cfg_get_all "$W/files$_r" path > "$T/admpaths"
      while IFS= read -r _ap; do
        _app=$(abspath "$_ap" "${_p%/*}") && { copy_named "the admission control config" "$_app" plain || true; }
      done < "$T/admpaths"
    fi
  fi
  for _c in controllermanager scheduler; do
    collect_named_files "$_c" kubeconfig:kubeconfig authentication-kubeconfig:kubeconfig authorization-kubeconfig:kubeconfig
  done
  if _v=$(flag_value scheduler config) && _p=$(abspath "$_v") && copy_named "--config of scheduler" "$_p" plain; then
    if _k=$(cfg_path "$COPIED" kubeconfig); then copy_named "the scheduler config" "$_k" kubeconfig || true; fi
  fi
  _etcd_cfg=
  if _v=$(flag_value etcd config-file) && _p=$(abspath "$_v") && copy_named "--config-file of etcd" "$_p" plain; then
    _etcd_cfg=$COPIED
  fi
  # kube-proxy (systemd-run proxies; a DaemonSet proxy's files live in its container, see the cluster bundle).
  if _v=$(flag_value proxy config) && _p=$(abspath "$_v"); then
    if copy_file "$_p" plain; then
      if _k=$(cfg_path "$COPIED" kubeconfig); then copy_named "the kube-proxy config" "$_k" kubeconfig || true; fi
    elif [ ! -e "$R$(resolve "$_p" 2>/dev/null || printf '%s' "$_p")" ]; then
      warn "$_p named by --config of kube-proxy does not exist under the node root (a kube-proxy run by a DaemonSet reads it inside its container: see the kube-system/kube-proxy ConfigMap in the cluster bundle)"
    fi
  fi
  collect_named_files proxy 'kubeconfig:kubeconfig?'
  add_stat /etc/kubernetes/proxy.conf

  # Every path-valued flag of every component gets a stats line (certificates, keys, data dirs, CA files).
  for _c in $ALL_COMPONENTS; do
    path_flags "$_c" > "$T/pf"
    while IFS= read -r _p; do add_stat_and_dir "$_p"; done < "$T/pf"
  done

  # etcd data dir: etcd started with --config-file ignores its other flags and environment, so that file's
  # data-dir decides; else the flag, else ETCD_DATA_DIR, else the default.
  if [ -f "$T/pid.etcd" ]; then collect_env etcd || true; fi
  _dd=
  if [ -n "$_etcd_cfg" ]; then _dd=$(cfg_path "$_etcd_cfg" data-dir || true); fi
  [ -n "$_dd" ] || _dd=$(flag_value etcd data-dir || true)
  if [ -z "$_dd" ] && [ -f "$W/processes/etcd.env" ]; then
    _dd=$(sed -n 's/^ETCD_DATA_DIR=//p' "$W/processes/etcd.env")
  fi
  if [ -n "$_dd" ]; then _dd=$(abspath "$_dd" || true); fi
  [ -n "$_dd" ] || _dd=/var/lib/etcd
  add_stat_and_dir "$_dd"

  # Files the benchmark names by their kubeadm locations.
  for _p in /etc/kubernetes/admin.conf /etc/kubernetes/super-admin.conf /etc/kubernetes/scheduler.conf \
    /etc/kubernetes/controller-manager.conf /etc/kubernetes/kubelet.conf /etc/kubernetes/bootstrap-kubelet.conf; do
    add_stat "$_p"
  done
  add_stat /etc/kubernetes
  add_stat_tree /etc/kubernetes/pki
  # CNI configuration (the kubelet's --cni-conf-dir before 1.24) and the CNI IPAM state.
  _cni=$(flag_value kubelet cni-conf-dir || true)
  [ -n "$_cni" ] && add_stat_tree "$_cni"
  add_stat_tree /etc/cni/net.d
  add_stat_tree /var/lib/cni/networks

  collect_openshift_node

  # Container runtime: containerd and CRI-O configuration (registry credentials redacted) and the CRI sockets.
  copy_file /etc/containerd/config.toml toml || add_stat /etc/containerd/config.toml
  copy_file /etc/crio/crio.conf toml || add_stat /etc/crio/crio.conf
  add_stat_dir /etc/crio/crio.conf.d
  if _r=$(resolve /etc/crio/crio.conf.d) && [ -d "$R$_r" ]; then
    for _f in "$R$_r"/*.conf; do
      if [ -f "$_f" ]; then copy_file "/etc/crio/crio.conf.d/${_f##*/}" toml || true; fi
    done
  fi
  for _s in /run/containerd/containerd.sock /var/run/crio/crio.sock; do
    add_stat_and_dir "$_s"
    # /var/run is usually a link to /run: the socket itself gets its own line too.
    if _r=$(resolve "$_s") && [ "$_r" != "$_s" ]; then add_stat "$_r"; fi
  done
  # etcd backups run by systemd: each timer in /etc/systemd/system whose service runs etcdctl snapshot save.
  if _r=$(resolve /etc/systemd/system) && [ -d "$R$_r" ]; then
    for _f in "$R$_r"/*.timer; do
      [ -f "$_f" ] || continue
      _t=${_f##*/}
      _svc=$(sed -n 's/^[ \t]*Unit[ \t]*=[ \t]*\([^ \t]*\).*/\1/p' "$_f" | head -n 1)
      [ -n "$_svc" ] || _svc=${_t%.timer}.service
      case $_svc in */*|.*) continue ;; esac
      if [ -f "$R$_r/$_svc" ] && grep -q 'etcdctl.*snapshot[ \t][ \t]*save' "$R$_r/$_svc"; then
        copy_file "/etc/systemd/system/$_t" plain || true
        copy_file "/etc/systemd/system/$_svc" plain || true
      fi
    done
  fi

  # Components: their process, version and environment.
  ROLES=
  for _c in $ALL_COMPONENTS; do
    [ -f "$T/pid.$_c" ] || continue
    _pid=$(cat "$T/pid.$_c")
    _env=
    [ -f "$W/processes/$_c.env" ] && _env=processes/$_c.env
    _ver=$(manifest_image_version "$(exe_of_comp "$_c")" || true)
    if [ -z "$_ver" ] && [ "$EXEC_VERSIONS" = 1 ]; then _ver=$(exec_version "$_c" || true); fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$_c" "$_pid" "processes/$_c.cmdline" "$_env" "$_ver" >> "$T/components"
  done
  _cp=0
  for _c in apiserver controllermanager scheduler etcd; do
    [ -f "$T/pid.$_c" ] && _cp=1
    [ -n "$MANIFEST_DIR_R" ] && [ -f "$R$MANIFEST_DIR_R/$(exe_of_comp "$_c").yaml" ] && _cp=1
  done
  [ "$_cp" = 1 ] && ROLES=control-plane
  [ -f "$T/pid.kubelet" ] && ROLES=${ROLES:+$ROLES,}worker
  [ -n "$ROLES" ] || warn "no Kubernetes component process or static pod manifest found under ${R:-/} (proc: $PROC)"

  # Node name: given, else the kubelet's --hostname-override, else the node's hostname.
  if [ -z "$NODE_NAME" ]; then NODE_NAME=$(flag_value kubelet hostname-override || true); fi
  if [ -z "$NODE_NAME" ]; then
    _h=$(resolve /etc/hostname || true)
    if [ -n "$_h" ] && [ -r "$R$_h" ]; then NODE_NAME=$(sed -n '1{s/[ \t]*$//;p;}' "$R$_h"); fi
  fi
  if [ -z "$NODE_NAME" ] && [ -z "$R" ]; then NODE_NAME=$(uname -n); fi
  if [ -z "$NODE_NAME" ]; then NODE_NAME=unknown; warn "node name unknown: pass --node-name"; fi
  NODE_NAME=$(printf '%s' "$NODE_NAME" | tr '[:upper:]' '[:lower:]')

  write_stats
}

# stats.tsv: path, type, mode, uid, gid, user, group, realpath. Names come from ROOT/etc/passwd and
# ROOT/etc/group (the node's accounts, not the collector's). realpath is the path with every symlink
# resolved under ROOT when it differs; files/ copies are stored under it. A link's target gets its own line.
write_stats() {
  if stat -c '%f %u %g' / > /dev/null 2>&1; then _have_stat=1; else _have_stat=0; fi
  sort -u "$T/statpaths" > "$T/sp1"
  : > "$T/statraw"
  : > "$T/sp2"
  _pass=1
  while [ -s "$T/sp1" ]; do
    while IFS= read -r _p; do
      case $_p in *"$TAB"*) warn "path with a tab character skipped in stats.tsv"; continue ;; esac
      _pp=$(resolve_parent "$_p") || { printf '%s\tmissing\t-\t-\t-\t-\n' "$_p" >> "$T/statraw"; continue; }
      _o=$R$_pp
      _real=$_pp
      if [ -L "$_o" ]; then
        _real=$(resolve "$_p" || printf '%s' "$_pp")
        printf '%s\n' "$_real" >> "$T/sp2"
      fi
      [ "$_real" = "$_p" ] && _rc=- || _rc=$_real
      if [ ! -e "$_o" ] && [ ! -L "$_o" ]; then
        printf '%s\tmissing\t-\t-\t-\t%s\n' "$_p" "$_rc" >> "$T/statraw"
        continue
      fi
      if [ "$_have_stat" = 1 ]; then
        _s=$(stat -c '%f %u %g' "$_o" 2>/dev/null) || { warn "cannot stat $_p"; continue; }
        _hex=${_s%% *}; _ug=${_s#* }
        _m=$((0x$_hex))
        case $(( (_m / 4096) % 16 )) in 8) _t='file' ;; 4) _t='dir' ;; 10) _t='link' ;; *) _t='other' ;; esac
        _mode=$(printf '%04o' $((_m % 4096)))
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$_p" "$_t" "$_mode" "${_ug% *}" "${_ug#* }" "$_rc" >> "$T/statraw"
      else
        # shellcheck disable=SC2012 # the fallback where stat -c is missing; only the mode and ids are read
        ls -ldn "$_o" 2>/dev/null | awk -v p="$_p" -v rc="$_rc" '
          function on(c, v) { return (c == "-" || c == "S" || c == "T") ? 0 : v }
          {
            s = $1; c = substr(s, 1, 1)
            t = (c == "-") ? "file" : (c == "d") ? "dir" : (c == "l") ? "link" : "other"
            m = (substr(s, 2, 1) == "r") * 256 + (substr(s, 3, 1) == "w") * 128 + on(substr(s, 4, 1), 64)
            m += (substr(s, 5, 1) == "r") * 32 + (substr(s, 6, 1) == "w") * 16 + on(substr(s, 7, 1), 8)
            m += (substr(s, 8, 1) == "r") * 4 + (substr(s, 9, 1) == "w") * 2 + on(substr(s, 10, 1), 1)
            x = substr(s, 4, 1); if (x == "s" || x == "S") m += 2048
            x = substr(s, 7, 1); if (x == "s" || x == "S") m += 1024
            x = substr(s, 10, 1); if (x == "t" || x == "T") m += 512
            printf "%s\t%s\t%04o\t%s\t%s\t%s\n", p, t, m, $3, $4, rc
          }' >> "$T/statraw" || warn "cannot stat $_p"
      fi
    done < "$T/sp1"
    _pass=$((_pass + 1))
    [ "$_pass" -le 3 ] || break
    sort -u "$T/sp2" > "$T/sp1.next"
    : > "$T/sp2"
    # Only targets not already recorded.
    cut -f1 "$T/statraw" > "$T/seen"
    awk 'NR == FNR { seen[$0] = 1; next } !($0 in seen)' "$T/seen" "$T/sp1.next" > "$T/sp1"
  done

  _pw=$(resolve /etc/passwd || true)
  _gr=$(resolve /etc/group || true)
  if [ -z "$_pw" ] || [ ! -r "$R$_pw" ]; then _pw=; warn "no readable /etc/passwd under the node root: owner names are unknown"; fi
  if [ -z "$_gr" ] || [ ! -r "$R$_gr" ]; then _gr=; warn "no readable /etc/group under the node root: group names are unknown"; fi
  {
    [ -n "$_pw" ] && awk -F: 'NF >= 3 && $1 !~ /^[+-]/ { print "U\t" $3 "\t" $1 }' "$R$_pw"
    [ -n "$_gr" ] && awk -F: 'NF >= 3 && $1 !~ /^[+-]/ { print "G\t" $3 "\t" $1 }' "$R$_gr"
    sort -u "$T/statraw" | sed 's/^/S\t/'
  } | awk -F '\t' '
    BEGIN { OFS = "\t"; print "# path", "type", "mode", "uid", "gid", "user", "group", "realpath" }
    $1 == "U" { if (!($2 in U)) U[$2] = $3; next }
    $1 == "G" { if (!($2 in G)) G[$2] = $3; next }
    {
      u = ($5 in U) ? U[$5] : "-"; g = ($6 in G) ? G[$6] : "-"
      if ($5 == "-") u = "-"
      if ($6 == "-") g = "-"
      print $2, $3, $4, $5, $6, u, g, $7
    }' > "$W/stats.tsv"
}

# ==============================================================================================================
# cluster mode
# ==============================================================================================================

kc() {
  if [ -n "$KCTX" ]; then set -- --context "$KCTX" "$@"; fi
  if [ -n "$KCFG" ]; then set -- --kubeconfig "$KCFG" "$@"; fi
  "$KUBECTL" --cache-dir "$T/kube-cache" --request-timeout="$REQ_TIMEOUT" "$@"
}

# run_kc MEMBER ARGS...: kubectl ARGS > MEMBER; records the exit status; a failure becomes a warning and
# leaves no partial member behind. Scratch names carry the member name so that jobs can run side by side.
run_kc() {
  _rk_m=$1
  shift
  _rk_e=$T/err.$(printf '%s' "$_rk_m" | tr '/' '_')
  mkdir -p "$(dirname "$W/$_rk_m")"
  _rk_rc=0
  kc "$@" > "$W/$_rk_m" 2> "$_rk_e" < /dev/null || _rk_rc=$?
  if [ "$_rk_rc" != 0 ]; then
    rm -f "$W/$_rk_m"
    note_command "$_rk_rc" - "kubectl $*"
    warn "kubectl $* failed (exit $_rk_rc): $(grep -v '^[ \t]*$' "$_rk_e" | sed -n '1p')"
    return 1
  fi
  note_command 0 "$_rk_m" "kubectl $*"
  return 0
}

# Removes Secret values from `kubectl get -o yaml` output: data, stringData and binaryData of each object, and
# the kubectl.kubernetes.io/last-applied-configuration annotation (it repeats the data). Works on the key
# structure (indentation), so block scalars and folded lines of a removed key go with it.
strip_secret_values() {
  awk -v counts="$1" -v q="'" '
    function indent(s) { match(s, /^[ ]*/); return RLENGTH }
    BEGIN { skip = -1; depth = 0; held = "" }
    {
      line = $0
      if (skip >= 0) {
        if (line ~ /^[ \t]*$/ || indent(line) > skip) next
        skip = -1
      }
      # Key lines: [indent][- ]key: value. "- " opens a list item; its first key counts two columns in.
      match(line, /^[ ]*(- )*/)
      ki = RLENGTH
      lead = substr(line, 1, ki)
      rest = substr(line, ki + 1)
      iskey = 0; remove = 0
      if (match(rest, "^(\"[^\"]*\"|" q "[^" q "]*" q "|[^ :#\"" q "][^:]*):( |$)")) {
        iskey = 1
        key = substr(rest, 1, RLENGTH); sub(/:( )?$/, "", key)
        c = substr(key, 1, 1)
        if (c == "\"" || c == q) key = substr(key, 2, length(key) - 2)
        val = substr(rest, RLENGTH + 1)
        while (depth > 0 && KI[depth] >= ki) depth--
        depth++; KI[depth] = ki; KN[depth] = key
        top = (depth == 1) || (depth == 2 && KN[1] == "items")
        if (top && (key == "data" || key == "stringData" || key == "binaryData")) remove = key
        if (key == "kubectl.kubernetes.io/last-applied-configuration" && depth >= 3 && KN[depth - 1] == "annotations" && KN[depth - 2] == "metadata") remove = "last-applied-configuration"
      }
      # An "annotations:" line waits until it is known whether any annotation is left.
      if (held != "") {
        if (iskey && ki > heldIndent) { if (!remove) { print held; held = "" } }
        else { print held " {}"; held = "" }
      }
      if (remove) {
        removed[remove]++
        depth--
        skip = ki
        # The first key of a list item carries the "- ": keep the item, emptied.
        if (lead ~ /- $/) print lead key ": {}"
        next
      }
      if (iskey && key == "annotations" && val ~ /^[ \t]*$/) { held = line; heldIndent = ki; next }
      print line
    }
    END {
      if (held != "") print held " {}"
      for (k in removed) print k "\t" removed[k] > counts
    }'
}

# Value patterns (private keys, tokens) in a resource dump, whatever field they sit in: replaced in place.
redact_member() {
  _rm_l=$T/redlog.$(printf '%s' "$1" | tr '/' '_')
  if redact_to "$_rm_l" resource < "$W/$1" > "$W/$1.redacted"; then
    mv -f "$W/$1.redacted" "$W/$1"
  else
    rm -f "$W/$1" "$W/$1.redacted"
    warn "$1 could not be checked for secrets and was left out"
    return 1
  fi
  if [ -s "$_rm_l" ]; then
    note_redaction "$1" "$(sort "$_rm_l" | awk 'BEGIN { ORS = "" } { print (NR > 1 ? ", " : "") $0 }')"
  fi
  rm -f "$_rm_l"
}

# kubectl get of one resource type, all namespaces, as a YAML List into cluster/resources/<res>.<group>.yaml.
get_resource() {
  _gr_res=$1
  case $_gr_res in
    *.*) _gr_file=$_gr_res ;;
    *) _gr_file=$_gr_res.core ;;
  esac
  _gr_m=cluster/resources/$_gr_file.yaml
  if [ "${_gr_res%%.*}" = secrets ]; then
    # Secret values never touch the disk: kubectl writes into a pipe, the filter writes the member.
    mkdir -p "$W/cluster/resources"
    _gr_fifo=$T/fifo.$_gr_file
    _gr_err=$T/err.$_gr_file
    _gr_counts=$T/secretcounts.$_gr_file
    rm -f "$_gr_fifo"
    mkfifo "$_gr_fifo"
    : > "$_gr_counts"
    kc get "$_gr_res" -A -o yaml > "$_gr_fifo" 2> "$_gr_err" < /dev/null &
    _gr_pid=$!
    strip_secret_values "$_gr_counts" < "$_gr_fifo" > "$W/$_gr_m"
    _gr_rc=0
    wait "$_gr_pid" || _gr_rc=$?
    rm -f "$_gr_fifo"
    if [ "$_gr_rc" != 0 ]; then
      rm -f "$W/$_gr_m"
      note_command "$_gr_rc" - "kubectl get $_gr_res -A -o yaml | strip-secret-values"
      warn "kubectl get $_gr_res -A -o yaml failed (exit $_gr_rc): $(grep -v '^[ \t]*$' "$_gr_err" | sed -n '1p')"
      return 0
    fi
    note_command 0 "$_gr_m" "kubectl get $_gr_res -A -o yaml | strip-secret-values"
    _gr_what=$(sort "$_gr_counts" | awk -F '\t' 'BEGIN { ORS = "" } { print (NR > 1 ? ", " : "") $1 " (" $2 ($2 == 1 ? " Secret)" : " Secrets)") }')
    note_redaction "$_gr_m" "removed: ${_gr_what:-nothing to remove}"
  else
    run_kc "$_gr_m" get "$_gr_res" -A -o yaml || return 0
  fi
  redact_member "$_gr_m" || true
}

# Runs "$1 ARG" for every line of file $2, up to PARALLEL at a time (kubectl's start-up dominates small calls).
run_batched() {
  _rb_n=0
  while IFS= read -r _rb_a; do
    [ -n "$_rb_a" ] || continue
    "$1" "$_rb_a" < /dev/null &
    _rb_n=$((_rb_n + 1))
    if [ "$_rb_n" -ge "$PARALLEL" ]; then wait; _rb_n=0; fi
  done < "$2"
  wait
}

DEFAULT_RESOURCES='namespaces nodes pods replicationcontrollers services serviceaccounts secrets limitranges
resourcequotas deployments.apps statefulsets.apps daemonsets.apps replicasets.apps jobs.batch cronjobs.batch
roles.rbac.authorization.k8s.io rolebindings.rbac.authorization.k8s.io clusterroles.rbac.authorization.k8s.io
clusterrolebindings.rbac.authorization.k8s.io networkpolicies.networking.k8s.io ingresses.networking.k8s.io
validatingwebhookconfigurations.admissionregistration.k8s.io mutatingwebhookconfigurations.admissionregistration.k8s.io
poddisruptionbudgets.policy runtimeclasses.node.k8s.io'
# Collected when the cluster serves them, without a warning otherwise.
OPTIONAL_RESOURCES='validatingadmissionpolicies.admissionregistration.k8s.io
validatingadmissionpolicybindings.admissionregistration.k8s.io podsecuritypolicies.policy
securitycontextconstraints.security.openshift.io'

# OpenShift (when the API serves config.openshift.io): the cluster configuration and operator objects the rh-1.8
# rules read, warned about when not served; log forwarders, image policies and flow schemas only when served.
OPENSHIFT_RESOURCES='apiservers.config.openshift.io images.config.openshift.io networks.config.openshift.io
oauths.config.openshift.io clusterversions.config.openshift.io kubeapiservers.operator.openshift.io
openshiftapiservers.operator.openshift.io kubecontrollermanagers.operator.openshift.io
kubeschedulers.operator.openshift.io etcds.operator.openshift.io networks.operator.openshift.io
authentications.operator.openshift.io'
OPENSHIFT_OPTIONAL='clusterimagepolicies.config.openshift.io clusterlogforwarders.logging.openshift.io
clusterlogforwarders.observability.openshift.io flowschemas.flowcontrol.apiserver.k8s.io'
# The operators' rendered component configurations (NAMESPACE:NAME,NAME): one member per namespace.
OPENSHIFT_CONFIGMAPS='openshift-kube-apiserver:config openshift-apiserver:config
openshift-kube-controller-manager:config,kube-controller-manager-pod openshift-kube-scheduler:config,kube-scheduler-pod'

collect_cluster() {
  command -v "$KUBECTL" > /dev/null 2>&1 || die "kubectl not found (set --kubectl PATH or KUBECTL)"
  mkdir -p "$T/kube-cache" "$W/cluster"
  if [ -z "$CLUSTER_NAME" ]; then
    CLUSTER_NAME=$(kc config view --minify -o 'jsonpath={.clusters[0].name}' 2>/dev/null || true)
  fi
  SERVER_VERSION=
  if run_kc cluster/version.json get --raw /version; then
    SERVER_VERSION=$(sed -n 's/.*"gitVersion"[ \t]*:[ \t]*"\([^"]*\)".*/\1/p' "$W/cluster/version.json" | sed -n '1p')
  else
    die "cannot reach the API server (see the warning above)"
  fi
  run_kc cluster/api-resources.txt api-resources -o wide || true

  # What the server can list (a failing aggregated API makes kubectl exit non-zero but print the rest).
  _ar_rc=0
  kc api-resources --verbs=list -o name > "$T/listable" 2> "$T/kc.err" || _ar_rc=$?
  if [ "$_ar_rc" != 0 ]; then
    warn "kubectl api-resources --verbs=list failed (exit $_ar_rc): $(grep -v '^[ \t]*$' "$T/kc.err" | sed -n '1p')"
  fi
  sort -u "$T/listable" > "$T/listable.sorted"

  if [ -n "$RESOURCES" ]; then
    printf '%s\n' "$RESOURCES" | tr ',' '\n' | tr -d ' ' | grep -v '^$' > "$T/wanted" || true
    : > "$T/optional"
  elif [ "$ALL" = 1 ]; then
    cp "$T/listable.sorted" "$T/wanted"
    : > "$T/optional"
  else
    # shellcheck disable=SC2086 # the lists are split on purpose
    printf '%s\n' $DEFAULT_RESOURCES > "$T/wanted"
    # shellcheck disable=SC2086
    printf '%s\n' $OPTIONAL_RESOURCES > "$T/optional"
  fi
  sort -u "$T/wanted" > "$T/wanted.sorted"
  : > "$T/jobs"
  while IFS= read -r _res; do
    if grep -qxF "$_res" "$T/listable.sorted"; then
      printf '%s\n' "$_res" >> "$T/jobs"
    else
      warn "resource type $_res is not served by this cluster (or not listable): not collected"
    fi
  done < "$T/wanted.sorted"
  sort -u "$T/optional" | while IFS= read -r _res; do
    if grep -qxF "$_res" "$T/listable.sorted"; then printf '%s\n' "$_res" >> "$T/jobs"; fi
  done
  # Without --all, the kube-system ConfigMaps that hold component configuration (kube-proxy's above all).
  if [ "$ALL" != 1 ] && [ -z "$RESOURCES" ]; then printf 'configmaps:kube-system\n' >> "$T/jobs"; fi
  if [ "$ALL" != 1 ] && [ -z "$RESOURCES" ] && grep -q '[.]config[.]openshift[.]io$' "$T/listable.sorted"; then
    # shellcheck disable=SC2086 # the lists are split on purpose
    for _res in $OPENSHIFT_RESOURCES; do
      if grep -qxF "$_res" "$T/listable.sorted"; then
        printf '%s\n' "$_res" >> "$T/jobs"
      else
        warn "resource type $_res is not served by this OpenShift cluster (or not listable): not collected"
      fi
    done
    # shellcheck disable=SC2086
    for _res in $OPENSHIFT_OPTIONAL; do
      if grep -qxF "$_res" "$T/listable.sorted"; then printf '%s\n' "$_res" >> "$T/jobs"; fi
    done
    # shellcheck disable=SC2086
    printf 'openshift-configmaps:%s\n' $OPENSHIFT_CONFIGMAPS >> "$T/jobs"
  fi
  run_batched get_job "$T/jobs"

  # Each node's kubelet configuration as the kubelet reports it (configz, through the API server proxy).
  _nodes_rc=0
  kc get nodes -o 'jsonpath={range .items[*]}{.metadata.name}{"\n"}{end}' > "$T/nodes" 2> "$T/err.nodes" || _nodes_rc=$?
  if [ "$_nodes_rc" != 0 ]; then
    warn "kubectl get nodes failed (exit $_nodes_rc): no kubelet configz collected"
  else
    run_batched get_configz "$T/nodes"
  fi
}

get_job() {
  case $1 in
    configmaps:kube-system)
      run_kc cluster/resources/configmaps.core.yaml get configmaps -n kube-system kube-proxy kubeadm-config \
        kubelet-config -o yaml --ignore-not-found && redact_member cluster/resources/configmaps.core.yaml
      return 0 ;;
    openshift-configmaps:*) get_openshift_configmaps "${1#*:}" ;;
    *) get_resource "$1" ;;
  esac
}

# NAMESPACE:NAME,NAME -> cluster/resources/configmaps.core.NAMESPACE.yaml; each ConfigMap not found is a warning.
get_openshift_configmaps() {
  _oc_ns=${1%%:*}
  _oc_names=$(printf '%s' "${1#*:}" | tr ',' ' ')
  _oc_m=cluster/resources/configmaps.core.$_oc_ns.yaml
  # shellcheck disable=SC2086 # the names are split on purpose
  run_kc "$_oc_m" get configmaps -n "$_oc_ns" $_oc_names -o yaml --ignore-not-found || return 0
  # metadata.name of the object (one name) or of each List item (several).
  awk '
    function indent(s) { match(s, /^[ -]*/); return RLENGTH }
    /^(- |  )?metadata:[ ]*$/ { m = 1; mi = indent($0); next }
    m && $0 !~ /^[ ]*$/ && indent($0) <= mi { m = 0 }
    m && indent($0) == mi + 2 && /^[ ]*name: / { v = $0; sub(/^[ ]*name: /, "", v); gsub(/"/, "", v); print v }
  ' "$W/$_oc_m" > "$T/found.$_oc_ns"
  for _oc_n in $_oc_names; do
    grep -qxF "$_oc_n" "$T/found.$_oc_ns" || warn "ConfigMap $_oc_ns/$_oc_n not found: the rules that read it report manual"
  done
  # None found leaves an empty member: kubectl answered, and "none" is evidence too.
  redact_member "$_oc_m" || true
}

get_configz() {
  case $1 in */*|.|..) warn "odd node name skipped: $1"; return 0 ;; esac
  run_kc "cluster/nodes/$1/configz.json" get --raw "/api/v1/nodes/$1/proxy/configz" || true
}

# ==============================================================================================================

if [ "$MODE" = node ]; then
  collect_node
  DEFAULT_NAME=kubecis-node-$NODE_NAME-$(stamp_for_name).tar.gz
else
  COLLECTED_FROM=
  collect_cluster
  DEFAULT_NAME=kubecis-cluster-${CLUSTER_NAME:-cluster}-$(stamp_for_name).tar.gz
  DEFAULT_NAME=$(printf '%s' "$DEFAULT_NAME" | tr -c 'A-Za-z0-9._-' '_')
fi
finish_bundle
