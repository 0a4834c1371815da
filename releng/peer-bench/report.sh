# SPDX-License-Identifier: EPL-2.0
# Reading the peer bench's report (`name=value unit` lines): sourced by releng/peer-bench.sh and
# releng/peer-bench/gateway.sh, so that both compute their ratios one way.
#
# value <name> <file>: the value of the last line called <name> (a tag count may be measured twice); empty when
# there is none. The name is matched as written (its dots are no wildcards).
value() { sed -n "s/^$(printf '%s' "$1" | sed 's/[.]/\\./g')=\([^ ]*\).*/\1/p" "$2" | tail -n 1; }
# ratio <name> <numerator> <denominator> <file>: `ratio.<name>=<numerator / denominator>` with three decimals,
# from two lines of the file; nothing when either is missing or the denominator is not above 0 (a figure that
# was not measured is no ratio of 0).
ratio() {
  awk -v a="$(value "$2" "$4")" -v b="$(value "$3" "$4")" -v n="$1" \
    'BEGIN { if (a != "" && b > 0) printf "ratio.%s=%.3f\n", n, a / b }'
}
