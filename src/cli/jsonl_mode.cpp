#include "jsonl_mode.hpp"

#include "article_input.hpp"
#include "exit_status.hpp"
#include "interrupt.hpp"
#include "jsonl_record.hpp"
#include "write_output.hpp"

#include <article2md/converter.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

namespace article2md::cli {
namespace {

// Record text held at once beyond the first record (which may be larger on its own).
constexpr std::size_t window_bytes = std::size_t{256} * 1024 * 1024;

struct queued {
  std::uint64_t seq;  // position among the records (blank lines are none)
  jsonl_record record;
};

// Shared by the reader, the workers and the writer; held by a shared_ptr so that a reader still
// blocked in read() when the writer gives up (a write error, a signal) never outlives it.
struct stream_state {
  std::mutex mutex;
  std::condition_variable work_ready;    // workers wait for records
  std::condition_variable result_ready;  // the writer waits for the next result
  std::condition_variable space_ready;   // the reader waits for room in the window
  std::deque<queued> pending;
  std::map<std::uint64_t, std::string> results;
  std::map<std::uint64_t, std::size_t> held_bytes;  // record text counted in the window
  std::uint64_t next_seq = 0;                       // the next record the reader numbers
  std::size_t in_flight = 0, in_flight_bytes = 0;   // read, not yet written
  std::size_t busy_workers = 0;
  bool input_done = false;
  bool stop = false;  // a write error or a signal: no more records are taken
  std::string read_error;
};

class line_reader {
 public:
  line_reader(std::size_t limit) : limit_(limit) {}

  // The next line (without '\n'); nullopt at the end of the input. A line over the limit comes
  // back with over_limit set and no text. Throws std::runtime_error when read() fails.
  std::optional<jsonl_record> next() {
    jsonl_record r;
    std::size_t length = 0;
    for (;;) {
      if (pos_ == end_) {
        if (eof_) break;
        fill();
        continue;
      }
      const char* start = buffer_.data() + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      const std::size_t take =
          nl != nullptr ? static_cast<std::size_t>(static_cast<const char*>(nl) - start)
                        : end_ - pos_;
      length += take;
      if (length <= limit_) {
        r.text.append(start, take);
      } else if (!r.text.empty()) {
        std::string().swap(r.text);  // over the limit: the bytes are counted, not kept
      }
      pos_ += take;
      if (nl != nullptr) {
        ++pos_;
        r.line = ++line_;
        if (length > limit_) r.over_limit = length;
        return r;
      }
    }
    if (length == 0) return std::nullopt;  // the input ended with its last '\n'
    r.line = ++line_;
    if (length > limit_) r.over_limit = length;
    return r;
  }

 private:
  void fill() {
    pos_ = end_ = 0;
    for (;;) {
      const ssize_t n = ::read(STDIN_FILENO, buffer_.data(), buffer_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) throw std::runtime_error(std::strerror(errno));
      if (n == 0) eof_ = true;
      end_ = static_cast<std::size_t>(n);
      return;
    }
  }

  std::size_t limit_;
  std::vector<char> buffer_ = std::vector<char>(std::size_t{1} << 16);
  std::size_t pos_ = 0, end_ = 0;
  std::uint64_t line_ = 0;
  bool eof_ = false;
};

void read_records(const std::shared_ptr<stream_state>& state, std::size_t limit,
                  std::size_t window) {
  line_reader reader(limit);
  std::string error;
  try {
    while (std::optional<jsonl_record> r = reader.next()) {
      if (r->over_limit == 0 && is_blank_line(r->text)) continue;
      const std::size_t bytes = r->text.size();
      std::unique_lock<std::mutex> lock(state->mutex);
      state->space_ready.wait(lock, [&] {
        return state->stop || state->in_flight == 0 ||
               (state->in_flight < window && state->in_flight_bytes + bytes <= window_bytes);
      });
      if (state->stop) return;
      const std::uint64_t seq = state->next_seq++;
      state->held_bytes.emplace(seq, bytes);
      ++state->in_flight;
      state->in_flight_bytes += bytes;
      state->pending.push_back({seq, std::move(*r)});
      state->work_ready.notify_one();
    }
  } catch (const std::bad_alloc&) {
    error = "out of memory reading standard input";
  } catch (const std::exception& e) {
    error = std::string("cannot read standard input: ") + e.what();
  }
  std::lock_guard<std::mutex> lock(state->mutex);
  state->read_error = std::move(error);
  state->input_done = true;
  state->work_ready.notify_all();
  state->result_ready.notify_all();
}

void convert_records(stream_state& state, const article2md::converter& conv,
                     const cli_options& options) {
  std::unique_lock<std::mutex> lock(state.mutex);
  for (;;) {
    state.work_ready.wait(lock, [&] {
      return state.stop || !state.pending.empty() || state.input_done;
    });
    // After a signal the records not started stay unconverted, as a batch's files do.
    if (state.stop || interrupt_signal() != 0 || state.pending.empty()) break;
    queued q = std::move(state.pending.front());
    state.pending.pop_front();
    ++state.busy_workers;
    lock.unlock();
    std::string out;
    try {
      out = convert_record(q.record, conv, options);
    } catch (const std::exception& e) {
      // Only out of memory is expected here; either way the record answers and the rest go on.
      out = "{\"id\":null,\"line\":" + std::to_string(q.record.line) + ",\"error\":\"" +
            (dynamic_cast<const std::bad_alloc*>(&e) != nullptr ? "out of memory"
                                                                 : "internal error") +
            "\"}\n";
    }
    lock.lock();
    --state.busy_workers;
    state.results.emplace(q.seq, std::move(out));
    state.result_ready.notify_one();
  }
  state.result_ready.notify_one();
}

void report_line(const std::string& message) {
  const std::string line = "article2md: " + message + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

int run_jsonl(const cli_options& given) {
  cli_options options = given;
  if (!options.max_size) options.max_size = default_max_record_bytes;
  unsigned threads = options.jobs != 0 ? options.jobs : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  const std::size_t window = std::size_t{4} * threads;

  // One converter for all threads: convert() is const and shares nothing mutable.
  const article2md::converter conv(conversion_options(options));
  auto state = std::make_shared<stream_state>();
  defer_interrupts();  // a signal stops the stream between records, never inside one's line

  std::thread reader(read_records, state, *options.max_size, window);
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i) {
    try {
      workers.emplace_back(convert_records, std::ref(*state), std::cref(conv),
                           std::cref(options));
    } catch (const std::system_error&) {
      if (workers.empty()) {
        reader.detach();
        throw;
      }
      break;  // fewer threads than asked for still convert every record
    }
  }

  // Ends the threads before leaving: the reader is let go when it may be blocked in read().
  auto finish = [&](bool detach_reader) {
    {
      std::lock_guard<std::mutex> lock(state->mutex);
      state->stop = true;
      state->work_ready.notify_all();
      state->space_ready.notify_all();
    }
    for (std::thread& t : workers) t.join();
    if (detach_reader) {
      reader.detach();
    } else {
      reader.join();
    }
  };

  std::uint64_t written = 0;
  int signal = 0;
  try {
    for (;;) {
      std::string batch;
      std::size_t count = 0, bytes = 0;
      bool done = false;
      {
        std::unique_lock<std::mutex> lock(state->mutex);
        for (;;) {
          signal = interrupt_signal();
          if (signal != 0 && !state->stop) {
            state->stop = true;  // no new record starts; those converting finish
            state->space_ready.notify_all();
            state->work_ready.notify_all();
          }
          if (state->results.count(written + count) != 0) break;
          if (state->input_done && state->in_flight == 0) break;
          if (signal != 0 && state->busy_workers == 0) break;
          state->result_ready.wait_for(lock, std::chrono::milliseconds(100));
        }
        // Every result ready in order goes out in one write.
        for (auto it = state->results.find(written + count); it != state->results.end();
             it = state->results.find(written + count)) {
          batch += it->second;
          bytes += state->held_bytes[it->first];
          state->held_bytes.erase(it->first);
          state->results.erase(it);
          ++count;
        }
        done = count == 0;
      }
      if (done) break;
      write_stdout(batch);
      written += count;
      std::lock_guard<std::mutex> lock(state->mutex);
      state->in_flight -= count;
      state->in_flight_bytes -= bytes;
      state->space_ready.notify_one();
    }
  } catch (...) {
    finish(true);
    throw;
  }

  if (signal != 0) {
    finish(true);
    report_line(std::string("interrupted by ") + signal_name(signal) + " after " +
                std::to_string(written) + " records; the rest of the input was not converted");
    stop_deferring_interrupts();
    return exit_signal_base + signal;
  }
  finish(false);
  stop_deferring_interrupts();
  if (!state->read_error.empty()) {
    report_line(state->read_error);
    return exit_failure;
  }
  return exit_ok;
}

}  // namespace article2md::cli
