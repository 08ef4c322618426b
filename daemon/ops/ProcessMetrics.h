#pragma once

namespace ges {

class Metrics;

// The standard process metrics of Prometheus client libraries (process_cpu_seconds_total,
// process_resident_memory_bytes, process_virtual_memory_bytes, process_start_time_seconds,
// process_open_fds, process_max_fds), read from /proc at each scrape: nothing runs in
// between. Elsewhere than Linux they stay absent.
class ProcessMetrics
{
public:
    static void install(Metrics &metrics);
    static void collect(Metrics &metrics);
};

} // namespace ges
