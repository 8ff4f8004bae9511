-- wrk: prints a run's figures as "name value" lines for tools/bench to read: requests per
-- second, latency percentiles in microseconds, and the answers that were not 2xx or 3xx.
-- Used on its own (reads) or loaded by the other scripts with dofile.
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests_per_second %.0f\n",
                         summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50_us %d\np95_us %d\np99_us %d\n", latency:percentile(50),
                         latency:percentile(95), latency:percentile(99)))
  io.write(string.format("requests %d\nnot_ok %d\nsocket_errors %d\n", summary.requests,
                         errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
