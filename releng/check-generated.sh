#!/bin/sh
# SPDX-License-Identifier: EPL-2.0
# Fails when checked-in generated code (src-gen/) is not what the generators produce from the
# checked-in models: run every generator's --check mode. The normal build never runs generators.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
for check in "$root"/releng/*-codegen/regenerate.sh; do
  echo "checking generated code: ${check#"$root"/}"
  "$check" --check
done
