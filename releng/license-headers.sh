#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Adds the SPDX licence header to every hand-written file that lacks it (the rules LicenseHeaderTest in
# tests/org.fieldbridge.releng.tests checks): .java, .xtext, .mwe2 and .sh files under bundles/ tests/ maven/
# releng/ examples/, and the start scripts (./fieldbridge, ./workbench, the product's fieldbridge-workbench).
# Generated folders (src-gen, xtend-gen, emf-gen, target, bin, node_modules) are left alone.
# Usage: releng/license-headers.sh [--check]   (--check lists the files without a header and exits 1 if any)
set -eu
cd "$(dirname "$0")/.."
check=no
if [ "${1-}" = --check ]; then check=yes; fi

files() {
  find bundles tests maven releng examples \
    \( -name src-gen -o -name xtend-gen -o -name emf-gen -o -name target -o -name bin -o -name node_modules \
       -o -name .git \) -prune -o \
    -type f \( -name '*.java' -o -name '*.xtext' -o -name '*.mwe2' -o -name '*.sh' \) -print
  for script in fieldbridge workbench features/org.fieldbridge.workbench.feature/rootfiles/fieldbridge-workbench; do
    if [ -f "$script" ]; then echo "$script"; fi
  done
}

missing=0
for file in $(files | sort); do
  if head -n 10 "$file" | grep -q 'SPDX-License-Identifier'; then
    continue
  fi
  missing=$((missing + 1))
  if [ "$check" = yes ]; then
    echo "$file"
    continue
  fi
  temp="$file.license-header.tmp"
  case $file in
    *.java|*.xtext|*.mwe2)
      printf '/*\n * Copyright (c) Fieldbridge contributors.\n * SPDX-License-Identifier: EPL-2.0\n */\n' >"$temp"
      cat "$file" >>"$temp" ;;
    *)
      if head -n 1 "$file" | grep -q '^#!'; then
        { head -n 1 "$file"; echo '# SPDX-License-Identifier: EPL-2.0'; tail -n +2 "$file"; } >"$temp"
      else
        { echo '# SPDX-License-Identifier: EPL-2.0'; cat "$file"; } >"$temp"
      fi ;;
  esac
  chmod --reference="$file" "$temp" 2>/dev/null || true
  mv "$temp" "$file"
  echo "added a header: $file"
done
if [ "$check" = yes ] && [ "$missing" -gt 0 ]; then
  echo "$missing files without an SPDX licence header: run releng/license-headers.sh" >&2
  exit 1
fi
