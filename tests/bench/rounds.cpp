#include "rounds.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <time.h>

namespace article2md::bench {
namespace {

using clock_type = std::chrono::steady_clock;

double elapsed(clock_type::time_point start) {
  return std::chrono::duration<double>(clock_type::now() - start).count();
}

// Keeps the results observable; the summed sizes are never read.
std::atomic<std::size_t> sink{0};

}  // namespace

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

round_result run_round(const corpus& c, const document_job& job, unsigned threads,
                       double seconds) {
  const std::size_t n = c.documents.size();
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::atomic<std::size_t> bytes{0};
  const double cpu_start = process_cpu_seconds();
  const clock_type::time_point start = clock_type::now();

  // Documents are handed out in corpus order, pass after pass; whoever claims the first
  // document of a new pass after the time is up ends the round there.
  auto work = [&] {
    std::size_t mine = 0, produced = 0;
    while (!stop.load(std::memory_order_relaxed)) {
      const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
      if (i % n == 0 && i != 0 && elapsed(start) >= seconds) {
        stop.store(true, std::memory_order_relaxed);
        break;
      }
      const document& d = c.documents[i % n];
      produced += job(d);
      mine += d.html.size();
    }
    bytes.fetch_add(mine);
    sink.fetch_add(produced, std::memory_order_relaxed);
  };

  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
  }
  const double wall = elapsed(start);
  const double cpu = process_cpu_seconds() - cpu_start;
  const double mb = static_cast<double>(bytes.load()) / 1e6;
  return {mb / wall, cpu > 0 ? mb / cpu : 0, cpu / wall};
}

spread summarize(std::vector<double> values) {
  spread r;
  if (values.empty()) return r;
  std::sort(values.begin(), values.end());
  const std::size_t m = values.size() / 2;
  r.median = values.size() % 2 != 0 ? values[m] : (values[m - 1] + values[m]) / 2;
  r.min = values.front();
  r.max = values.back();
  return r;
}

double time_seconds(const std::function<void()>& f) {
  const clock_type::time_point start = clock_type::now();
  f();
  return elapsed(start);
}

double median_seconds(const std::function<void()>& f, double seconds) {
  std::vector<double> runs;
  const clock_type::time_point start = clock_type::now();
  do {
    runs.push_back(time_seconds(f));
  } while (elapsed(start) < seconds);
  return summarize(std::move(runs)).median;
}

}  // namespace article2md::bench
