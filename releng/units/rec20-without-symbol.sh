#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Writes bundles/org.fieldbridge.core/src/org/fieldbridge/core/units/rec20_without_symbol.csv: the UNECE
# Recommendation 20 codes that UNECE_to_OPCUA.csv (the OPC Foundation's table as Eclipse Milo ships it)
# leaves out because Rec 20 gives them no symbol (NM3, SM3, Q40 normalised cubic metre per hour, H87 piece,
# ...). Source: the OASIS UBL 2.3 genericode code list of Rec 20 (Revision 12e) inside the Maven Central
# artifact com.helger.ubl:ph-ubl23-codelists:6.5.0 (Apache-2.0). Same columns as UNECE_to_OPCUA.csv:
# UnitId computed as OPC 10000-8 5.6.3 says; DisplayName = the Rec 20 name (there is no symbol); Description
# = the Rec 20 name as well, as in UNECE_to_OPCUA.csv. Deterministic: rerun and compare.
# Usage: releng/units/rec20-without-symbol.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
units="$root/bundles/org.fieldbridge.core/src/org/fieldbridge/core/units"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Maven fetches the artifact (whatever the local repository's location); its SHA-1 pins the content
"$root/mvnw" -q dependency:copy -Dartifact=com.helger.ubl:ph-ubl23-codelists:6.5.0 -DoutputDirectory="$work" \
  -Dmdep.stripVersion=true
jar="$work/ph-ubl23-codelists.jar"
echo "566623483461168dc3e4fb424db660d4f7cf7a7b  $jar" | sha1sum -c --quiet
unzip -p "$jar" codelists/default/UnitOfMeasureCode-2.3.gc | python3 -c '
import csv, sys
import xml.etree.ElementTree as ET
known = {row[0] for row in csv.reader(open(sys.argv[1], encoding="utf-8"))}
def quoted(text):
    return "\"" + text.replace("\"", "\"\"") + "\""
print("UNECECode,UnitId,DisplayName,Description")
for row in ET.parse(sys.stdin).getroot().iter("Row"):
    v = {x.get("ColumnRef"): (x.findtext("SimpleValue") or "").strip() for x in row.findall("Value")}
    code = v["code"]
    if code in known or v.get("status") == "X" or v.get("symbol"):
        continue
    unit_id = 0
    for c in code:
        unit_id = (unit_id << 8) | ord(c)
    name = " ".join(v["name"].split())
    print(f"{code},{unit_id},{quoted(name)},{quoted(name)}")
' "$units/UNECE_to_OPCUA.csv" > "$units/rec20_without_symbol.csv"
echo "wrote $units/rec20_without_symbol.csv ($(($(wc -l < "$units/rec20_without_symbol.csv") - 1)) codes)"
