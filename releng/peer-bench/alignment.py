# SPDX-License-Identifier: EPL-2.0
"""pandas' side of the alignment comparison of releng/peer-bench.sh.

Reads the samples Fieldbridge's PeerBenchAlignment wrote (10,000 signals, mixed rates, 60 s), puts them on a 1 s
grid with hold, linear and mean the ways a data engineer would write it, prints samples/s as `name=value unit`
lines and compares with Fieldbridge's results on the grid points both computed (values, and Bad_NoData exactly
where pandas has no value):
- long format (time, signal, value, quality): hold and linear with merge_asof by signal, mean with
  groupby(signal, Grouper(1 s)) -- the target of the comparison;
- a wide frame (one column per signal on the 50 ms raster of the samples): ffill / interpolate / resample --
  a vectorised batch that knows the whole window and carries no quality or staleness.
CPU seconds (time.process_time, the least of the rounds) are printed next to samples/s: on a machine shared with
other work they move less with the load than elapsed time does.
Usage: alignment.py FOLDER
"""
import sys
import time

import numpy as np
import pandas as pd

SIGNALS = 10_000
SECOND = 1_000_000_000
T0 = 1795478400 * SECOND  # 2026-11-24T00:00:00Z, as in PeerBenchAlignment
FIRST_POINT = 5
POINTS = 50
BAD_NO_DATA = 0x809B0000  # OPC UA StatusCode of a grid value without usable data


CPU = {}  # least CPU seconds of the process per timed function, as Fieldbridge's .cpu lines


def best_of(rounds, fn):
    best, result, cpu = None, None, None
    for _ in range(rounds):
        cpu_start = time.process_time()
        start = time.perf_counter()
        result = fn()
        took = time.perf_counter() - start
        used = time.process_time() - cpu_start
        best = took if best is None else min(best, took)
        cpu = used if cpu is None else min(cpu, used)
    CPU[fn] = cpu
    return best, result


def main(folder):
    times = np.fromfile(f"{folder}/times.i64", dtype="<i8")
    signals = np.fromfile(f"{folder}/signals.i32", dtype="<i4")
    values = np.fromfile(f"{folder}/values.f64", dtype="<f8")
    qualities = np.fromfile(f"{folder}/qualities.i32", dtype="<i4")
    samples = len(times)
    long = pd.DataFrame({"time": pd.to_datetime(times, unit="ns"), "signal": signals, "value": values,
                         "quality": qualities})
    grid_times = pd.to_datetime(T0 + (FIRST_POINT + np.arange(POINTS)) * SECOND, unit="ns")
    grid = pd.DataFrame({"time": np.tile(grid_times.values, SIGNALS),
                         "signal": np.repeat(np.arange(SIGNALS, dtype="int32"), POINTS)}).sort_values("time")

    def hold_long():
        good = long[long.quality == 0]
        return pd.merge_asof(grid, good, on="time", by="signal", direction="backward")

    def linear_long():
        good = long[long.quality == 0]
        before = pd.merge_asof(grid, good.assign(t0=good.time), on="time", by="signal", direction="backward")
        after = pd.merge_asof(grid, good.assign(t1=good.time), on="time", by="signal", direction="forward",
                              allow_exact_matches=False)
        span = (after.t1 - before.t0).dt.total_seconds()
        share = (before.time - before.t0).dt.total_seconds() / span
        value = before.value + (after.value.values - before.value) * share
        exact = before.t0 == before.time
        return before.assign(value=value.where(~exact, before.value))

    def mean_long():
        good = long[long.quality == 0]
        return good.groupby(["signal", pd.Grouper(key="time", freq="1s")])["value"].mean()

    def to_matrix(frame):  # rows grid points, columns signals
        m = frame.pivot(index="time", columns="signal", values="value").reindex(index=grid_times,
                                                                              columns=range(SIGNALS))
        return m.to_numpy()

    results = {}
    took, hold = best_of(3, hold_long)
    results["hold"] = (took, to_matrix(hold))
    took, linear = best_of(3, linear_long)
    results["linear"] = (took, to_matrix(linear))
    took, mean = best_of(3, mean_long)
    results["mean"] = (took, mean.unstack("signal").reindex(index=grid_times, columns=range(SIGNALS)).to_numpy())
    for method, (took, _) in results.items():
        print(f"alignment.pandas_long.{method}={samples / took:.4g} samples/s")
    for method, fn in (("hold", hold_long), ("linear", linear_long), ("mean", mean_long)):
        print(f"alignment.pandas_long.{method}.cpu={CPU[fn]:.4g} s")

    wide = long.pivot(index="time", columns="signal", values="value").asfreq("50ms")
    wide_results = {}
    took, w = best_of(3, lambda: wide.ffill().resample("1s").first())
    wide_results["hold"] = (took, w.reindex(index=grid_times).to_numpy())
    took, w = best_of(3, lambda: wide.interpolate(method="index", limit_area="inside").resample("1s").first())
    wide_results["linear"] = (took, w.reindex(index=grid_times).to_numpy())
    took, w = best_of(3, lambda: wide.resample("1s").mean())
    wide_results["mean"] = (took, w.reindex(index=grid_times).to_numpy())
    for method, (took, _) in wide_results.items():
        print(f"alignment.pandas_wide.{method}={samples / took:.4g} samples/s")

    for method in ("hold", "linear", "mean"):
        ours = np.fromfile(f"{folder}/fieldbridge-{method}.f64", dtype="<f8").reshape(POINTS, SIGNALS)
        no_data = np.fromfile(f"{folder}/fieldbridge-{method}-quality.i32", dtype="<u4").reshape(POINTS, SIGNALS) \
            == BAD_NO_DATA
        for shape, table in (("long", results), ("wide", wide_results)):
            theirs = table[method][1]
            both = ~np.isnan(ours) & ~np.isnan(theirs)
            differ = int(np.count_nonzero(~np.isclose(ours[both], theirs[both], rtol=1e-9, atol=1e-9)))
            print(f"alignment.compared.{method}.{shape}={int(both.sum())} values")
            print(f"alignment.differ.{method}.{shape}={differ} values")
        # where pandas has no value (NaN), Fieldbridge must say Bad_NoData, and nowhere else
        print(f"alignment.differ_no_data.{method}.long="
              f"{int(np.count_nonzero(no_data != np.isnan(results[method][1])))} values")


if __name__ == "__main__":
    main(sys.argv[1])
