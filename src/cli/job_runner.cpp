#include "job_runner.hpp"

#include "interrupt.hpp"
#include "io_error.hpp"
#include "progress_bar.hpp"
#include "write_output.hpp"

#include <article2md/converter.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

#include <sys/stat.h>

namespace article2md::cli {
namespace {

namespace fs = std::filesystem;

class runner {
 public:
  runner(const std::vector<job>& jobs, const run_settings& settings)
      : jobs_(jobs), settings_(settings), results_(jobs.size()) {}

  std::vector<job_result> run() {
    const std::size_t threads =
        std::max<std::size_t>(1, std::min<std::size_t>(settings_.threads, jobs_.size()));
    progress_bar bar(jobs_.size(), settings_.progress);
    bar.update(0);
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) {
      std::lock_guard<std::mutex> lock(mutex_);
      try {
        workers.emplace_back([this] { work(); });
      } catch (const std::system_error&) {
        if (workers.empty()) throw;
        break;  // fewer threads than asked for still finish the batch
      }
      ++active_;
    }
    {
      // The main thread only draws: about ten times a second, and once more at the end.
      std::unique_lock<std::mutex> lock(mutex_);
      while (active_ > 0) {
        finished_.wait_for(lock, std::chrono::milliseconds(100));
        bar.update(done_.load());
      }
    }
    for (std::thread& t : workers) t.join();
    bar.clear();
    return std::move(results_);
  }

 private:
  void work() {
    for (;;) {
      if (interrupt_signal() != 0) break;
      const std::size_t i = next_.fetch_add(1);
      if (i >= jobs_.size()) break;
      results_[i] = run_one(jobs_[i]);
      ++done_;
    }
    std::lock_guard<std::mutex> lock(mutex_);
    --active_;
    finished_.notify_one();
  }

  job_result run_one(const job& j) {
    if (!j.error.empty()) return {job_outcome::failed, j.error};
    try {
      // Checked first to spare the conversion; the write itself never replaces a file either.
      struct stat st {};
      if (!settings_.force && ::lstat(j.output.c_str(), &st) == 0) {
        return {job_outcome::skipped, {}};
      }
      const std::string markdown = j.produce();
      make_parent_directory(j.output);
      if (settings_.force) {
        write_file_atomically(j.output, markdown);
      } else if (!write_file_if_absent(j.output, markdown)) {
        return {job_outcome::skipped, {}};
      }
      return {job_outcome::converted, {}};
    } catch (const io_error& e) {
      return {job_outcome::failed, e.reason()};
    } catch (const article2md::error& e) {
      return {job_outcome::failed, e.what()};
    } catch (const std::bad_alloc&) {
      return {job_outcome::failed, "out of memory"};
    } catch (const std::exception& e) {
      return {job_outcome::failed, e.what()};
    }
  }

  // Serialized: two workers creating the same directory tree must not trip over each other.
  void make_parent_directory(const std::string& output) {
    const fs::path parent = fs::path(output).parent_path();
    if (parent.empty()) return;
    std::lock_guard<std::mutex> lock(directories_mutex_);
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec) {
      throw io_error("cannot create directory '" + parent.string() + "': " + ec.message());
    }
  }

  const std::vector<job>& jobs_;
  const run_settings& settings_;
  std::vector<job_result> results_;  // each element written by one worker only
  std::atomic<std::size_t> next_{0};
  std::atomic<std::size_t> done_{0};
  std::mutex mutex_;
  std::condition_variable finished_;
  std::size_t active_ = 0;  // guarded by mutex_
  std::mutex directories_mutex_;
};

}  // namespace

std::vector<job_result> run_jobs(const std::vector<job>& jobs, const run_settings& settings) {
  return runner(jobs, settings).run();
}

}  // namespace article2md::cli
