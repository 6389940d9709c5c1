import Testing
@testable import Playground

/// Prometheus rendering: counters by label, cumulative histogram buckets, bounded labels.
struct MetricsTests {
    @Test func rendersCountersHistogramsAndGauges() {
        let metrics = APIMetrics()
        metrics.recordRequest(route: "/api/run", method: "POST", status: 200, seconds: 0.0003)
        metrics.recordRequest(route: "/api/run", method: "POST", status: 200, seconds: 0.2)
        metrics.recordRequest(route: "/api/run", method: "BREW", status: 405, seconds: 0.00001)
        metrics.recordRun(outcome: "limit", seconds: 2.1)
        metrics.recordCache(hit: true)
        metrics.recordCache(hit: false)
        metrics.recordCache(hit: false)
        var gauges = APIMetrics.Gauges()
        gauges.busyWorkers = 2
        gauges.queueDepth = 5
        let text = metrics.render(gauges)
        #expect(text.contains(#"interleave_http_requests_total{route="/api/run",method="POST",status="200"} 2"#))
        #expect(text.contains(#"interleave_http_requests_total{route="/api/run",method="OTHER",status="405"} 1"#))
        #expect(text.contains(#"interleave_http_request_duration_seconds_bucket{route="/api/run",le="0.0005"} 2"#))
        #expect(text.contains(#"interleave_http_request_duration_seconds_bucket{route="/api/run",le="+Inf"} 3"#))
        #expect(text.contains(#"interleave_http_request_duration_seconds_count{route="/api/run"} 3"#))
        #expect(text.contains(#"interleave_run_duration_seconds_bucket{le="2.0"} 0"#))
        #expect(text.contains(#"interleave_run_duration_seconds_bucket{le="2.5"} 1"#))
        #expect(text.contains(#"interleave_runs_total{status="limit"} 1"#))
        #expect(text.contains(#"interleave_runs_total{status="completed"} 0"#))
        #expect(text.contains("interleave_cache_hits_total 1\n"))
        #expect(text.contains("interleave_cache_misses_total 2\n"))
        #expect(text.contains("interleave_workers_busy 2\n"))
        #expect(text.contains("interleave_run_queue_depth 5\n"))
    }

    @Test(arguments: [("/api/run", "/api/run"), ("/api/examples/queues", "/api/examples/{id}"), ("/app.js", "static"),
                      ("/api/nope", "/api/other"), ("/metrics", "/metrics")])
    func routeLabels(path: String, label: String) {
        #expect(APIRoutes.routeLabel(forPath: path) == label)
    }
}
