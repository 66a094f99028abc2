#!/usr/bin/env bash
# Measures what the Compliance.Build package adds to a no-op incremental `dotnet build` of a small project:
# wall time with and without the package (median of N builds, alternating), and the package's own targets and
# tasks from MSBuild's performance summary. Usage: tests/Compliance.Benchmarks/build-overhead.sh [N]   (figures: README, "Cost")
set -euo pipefail
runs=${1:-15}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
build_flags=(-nodeReuse:false -p:UseSharedCompilation=false -tl:off)
version=0.1.0-bench

dotnet pack "$repo/src/Compliance.Build" -c Release -o "$work/feed" --artifacts-path "$work/artifacts" -p:Version=$version >/dev/null
cat > "$work/NuGet.config" <<XML
<configuration><packageSources><add key="bench" value="$work/feed" /></packageSources></configuration>
XML
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"

project() { # name, package reference or empty, BOM file or empty
  mkdir -p "$work/$1"
  cat > "$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
XML
  printf 'namespace Bench;\npublic static class Code { public static int Answer => 42; }\n' > "$work/$1/Code.cs"
  if [ -n "$3" ]; then cp "$3" "$work/$1/"; fi
  dotnet build "$work/$1" "${build_flags[@]}" >/dev/null
  dotnet build "$work/$1" --no-restore "${build_flags[@]}" >/dev/null
}
reference="<PackageReference Include=\"Compliance.Build\" Version=\"$version\" />"
bom="$repo/examples/boms/clean.spdx.json"
project without "" "$bom"
project with "$reference" "$bom"
project with-no-bom "$reference" ""

# Each build: wall time, MSBuild's evaluation time, and the time spent in the package's own targets.
measure() {
  local start output
  start=$(date +%s%N)
  output=$(dotnet build "$work/$1" --no-restore "${build_flags[@]}" -clp:PerformanceSummary -v:q)
  echo "$(( ($(date +%s%N) - start) / 1000000 )) $(echo "$output" | python3 -c '
import re, sys
text = sys.stdin.read()
evaluation = re.search(r"Project Evaluation Performance Summary:\s+(\d+) ms", text)
targets = sum(int(m) for m in re.findall(r"^\s*(\d+) ms\s+(?:ComplianceCheck|_ComplianceScreen|_ComplianceSettings)\s", text, re.M))
print(evaluation.group(1), targets)')"
}

for name in without with with-no-bom; do : > "$work/$name.times"; done
for ((i = 0; i < runs; i++)); do
  for name in without with with-no-bom; do measure "$name" >> "$work/$name.times"; done
done

echo "No-op incremental build of a one-file C# library: median (min-max) of $runs builds each, alternating, $(nproc) cores"
echo "| project | wall time | evaluation | Compliance targets |"
echo "|---|---|---|---|"
for name in without with with-no-bom; do
  python3 - "$name" "$work/$name.times" <<'PY'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
rows = [list(map(int, line.split())) for line in open(path) if line.strip()]
def cell(i):
    values = sorted(r[i] for r in rows)
    return f"{statistics.median(values):.0f} ms ({values[0]}-{values[-1]})"
print(f"| {name} | {cell(0)} | {cell(1)} | {cell(2)} |")
PY
done
