#!/usr/bin/env bash
# Reproducible ArgMap-vs-Graphviz comparison. See bench/README.md.
#
#   bench/compare.sh [--dot-all] [--snapshot] [--seed S] [sizes...]   (default sizes: 1000 10000 100000)
#
#   --dot-all   also run dot above 10,000 nodes (it takes many minutes)
#   --snapshot  build ArgMap from the last commit (git archive HEAD into bench/out/snapshot) instead of the
#               working tree: use it when work in progress elsewhere in the repo does not build
#
# Environment: DOT_TIMEOUT (seconds, default 1200), ARGMAP_TIMEOUT (seconds, default 600), ARGDOWN_TIMEOUT (seconds,
# default 600), ARGDOWN_CLI (the Argdown tool; default: where .ci/run installs it, or ./node_modules).
# Writes everything under bench/out/ and prints one Markdown table (also bench/out/results.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

dot_all=0
snapshot=0
seed=1
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dot-all) dot_all=1 ;;
    --snapshot) snapshot=1 ;;
    --seed) seed="$2"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) sizes+=("$1") ;;
  esac
  shift
done
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
dot_timeout="${DOT_TIMEOUT:-1200}"
argmap_timeout="${ARGMAP_TIMEOUT:-600}"

out="$root/bench/out"
mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

srcroot="$root"
if [ "$snapshot" -eq 1 ]; then
  srcroot="$out/snapshot"
  rm -rf "$srcroot" && mkdir -p "$srcroot"
  git -C "$root" archive HEAD | tar -x -C "$srcroot"
  echo "== building ArgMap from HEAD $(git -C "$root" rev-parse --short HEAD) (snapshot in $srcroot)" >&2
fi
echo "== publishing the CLI (Release) and building the bench tools" >&2
dotnet publish "$srcroot/src/ArgMap.Cli" -c Release -r linux-x64 --self-contained false -o "$out/cli" -v q -nologo >&2
dotnet build bench/ArgMap.Bench.Generator -c Release -v q -nologo >&2
dotnet build bench/ArgMap.Bench.Compare -c Release -v q -nologo -p:ArgMapSrc="$srcroot/src/" >&2
argmap="$out/cli/argmap"
gen="bench/ArgMap.Bench.Generator/bin/Release/net10.0/ArgMap.Bench.Generator"
cmp="bench/ArgMap.Bench.Compare/bin/Release/net10.0/ArgMap.Bench.Compare"

have_dot=0
[ -x /usr/bin/dot ] && have_dot=1
# The Argdown tool (@argdown/cli): $ARGDOWN_CLI, or where .ci/run installs it, or a local node_modules.
# It is never installed by this script.
argdown="${ARGDOWN_CLI:-}"
for candidate in "$root/.ci-tools/argdown/node_modules/.bin/argdown" "$root/node_modules/.bin/argdown"; do
  [ -z "$argdown" ] && [ -x "$candidate" ] && argdown="$candidate"
done
argdown_timeout="${ARGDOWN_TIMEOUT:-600}"

kvs=()
for n in "${sizes[@]}"; do
  map="$out/map-$n.json"
  svg="$out/map-$n.svg"
  kv="$out/results-$n.kv"
  echo "size=$n" > "$kv"
  echo "seed=$seed" >> "$kv"
  echo "== $n nodes: generating" >&2
  "$gen" --nodes "$n" --seed "$seed" -o "$map" >&2

  echo "== $n nodes: argmap render" >&2
  rc=0
  /usr/bin/time -f "%e %M" -o "$out/time-argmap-$n.txt" \
    timeout "$argmap_timeout" "$argmap" render "$map" -o "$svg" 2> "$out/argmap-$n.log" || rc=$?
  read -r t rss < <(tail -n 1 "$out/time-argmap-$n.txt" 2>/dev/null || echo "n/a n/a")
  echo "argmap_time=$t" >> "$kv"
  echo "argmap_rss_kb=$rss" >> "$kv"
  if [ "$rc" -ne 0 ]; then
    [ "$rc" -eq 124 ] && echo "argmap_status=timeout" >> "$kv" || echo "argmap_status=exit $rc" >> "$kv"
    kvs+=("$kv"); continue
  fi
  echo "argmap_status=ok" >> "$kv"
  "$cmp" measure-svg --svg "$svg" --map "$map" >> "$kv"

  if [ "$have_dot" -eq 0 ]; then
    echo "dot_status=not installed" >> "$kv"
  elif [ "$n" -gt 10000 ] && [ "$dot_all" -eq 0 ]; then
    echo "dot_status=skipped (>10k; --dot-all)" >> "$kv"
  else
    echo "== $n nodes: dot (timeout ${dot_timeout}s; minutes at 10,000 nodes)" >&2
    "$cmp" to-dot --svg "$svg" --map "$map" -o "$out/map-$n.dot"
    rc=0
    /usr/bin/time -f "%e %M" -o "$out/time-dot-$n.txt" \
      timeout "$dot_timeout" /usr/bin/dot -Tjson0 "$out/map-$n.dot" -o "$out/map-$n.dot.json" 2> "$out/dot-$n.log" || rc=$?
    read -r t rss < <(tail -n 1 "$out/time-dot-$n.txt" 2>/dev/null || echo "n/a n/a")
    echo "dot_time=$t" >> "$kv"
    echo "dot_rss_kb=$rss" >> "$kv"
    if [ "$rc" -eq 0 ]; then
      echo "dot_status=ok" >> "$kv"
      "$cmp" measure-dot --dot-json "$out/map-$n.dot.json" --map "$map" >> "$kv"
    elif [ "$rc" -eq 124 ]; then
      echo "dot_status=timeout >${dot_timeout}s" >> "$kv"
    else
      echo "dot_status=failed (exit $rc)" >> "$kv"
    fi
  fi
  if [ -z "$argdown" ]; then
    echo "argdown_status=not installed" >> "$kv"
  else
    # Same map, in Argdown's own language (our exporter), laid out and drawn by Argdown's map command.
    echo "== $n nodes: argdown map -f svg (timeout ${argdown_timeout}s)" >&2
    "$argmap" export "$map" --format argdown -o "$out/map-$n.argdown" 2>> "$out/argmap-$n.log"
    rm -rf "$out/argdown-$n"
    rc=0
    /usr/bin/time -f "%e %M" -o "$out/time-argdown-$n.txt" \
      timeout "$argdown_timeout" "$argdown" map -f svg "$out/map-$n.argdown" "$out/argdown-$n" > "$out/argdown-$n.log" 2>&1 || rc=$?
    read -r t rss < <(tail -n 1 "$out/time-argdown-$n.txt" 2>/dev/null || echo "n/a n/a")
    echo "argdown_time=$t" >> "$kv"
    echo "argdown_rss_kb=$rss" >> "$kv"
    if [ "$rc" -eq 0 ] && ls "$out/argdown-$n"/*.svg > /dev/null 2>&1; then
      echo "argdown_status=ok" >> "$kv"
    elif [ "$rc" -eq 124 ]; then
      echo "argdown_status=timeout >${argdown_timeout}s" >> "$kv"
    else
      echo "argdown_status=failed (exit $rc)" >> "$kv"
    fi
  fi
  kvs+=("$kv")
done

"$cmp" table --out "$out/results.md" "${kvs[@]}"
if [ "$snapshot" -eq 1 ]; then
  echo "" >> "$out/results.md"
  echo "ArgMap built from commit $(git -C "$root" rev-parse --short HEAD) (--snapshot)." | tee -a "$out/results.md"
fi
