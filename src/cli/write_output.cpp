#include "write_output.hpp"

#include "io_error.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace article2md::cli {
namespace {

// write() may write less than asked (pipes, signals): loop until done. Returns 0 or errno.
int write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

// Every temporary file that exists, so that a process stopped by a signal can remove them
// (abandon_temporary_files). A file is listed from its creation, under the lock, until after it
// is renamed or removed, so none can exist unlisted. Never destroyed: the thread that waits for
// signals may still use it while static objects are being destroyed at exit.
struct temp_registry {
  std::mutex mutex;
  std::vector<std::string> paths;
};
temp_registry& registry() {
  static temp_registry* const r = new temp_registry;
  return *r;
}

void unlist_temp(const std::string& path) {
  temp_registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  const auto it = std::find(r.paths.begin(), r.paths.end(), path);
  if (it != r.paths.end()) r.paths.erase(it);
}

// Owns the temporary file until it is renamed: any early exit closes and removes it, so a
// failed run leaves no stray file behind.
class temp_file {
 public:
  temp_file(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  temp_file(const temp_file&) = delete;
  temp_file& operator=(const temp_file&) = delete;
  ~temp_file() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
    unlist_temp(path_);
  }
  int fd() const noexcept { return fd_; }
  const std::string& path() const noexcept { return path_; }
  // Returns 0 or the errno of close(), which can report a delayed write error (NFS).
  int close() noexcept {
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc == 0 ? 0 : errno;
  }
  void commit() noexcept { committed_ = true; }

 private:
  int fd_;
  std::string path_;
  bool committed_ = false;
};

// A hidden name next to the target, so that rename() stays within one file system (and so
// is atomic); O_EXCL makes sure we never open someone else's file.
temp_file create_temp_beside(const std::string& dir, const std::string& base,
                             const std::string& target) {
  temp_registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  r.paths.reserve(r.paths.size() + 1);  // so that listing the new file cannot fail
  for (unsigned attempt = 0;; ++attempt) {
    std::string name = dir + "/." + base + ".article2md-" + std::to_string(::getpid()) + "-" +
                       std::to_string(attempt) + ".tmp";
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) {
      r.paths.push_back(name);
      return temp_file(fd, std::move(name));
    }
    if (errno == ENOENT) {
      throw io_error("cannot write '" + target + "': the directory '" + dir +
                     "' does not exist");
    }
    if (errno != EEXIST || attempt >= 100) {
      throw io_error("cannot write '" + target + "': " + std::strerror(errno));
    }
  }
}

// Makes the rename itself durable. Best effort: some file systems refuse fsync on a
// directory, and the data is already safe in the file.
void sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void write_stdout(std::string_view data) {
  if (const int err = write_all(STDOUT_FILENO, data)) {
    throw io_error(std::string("cannot write standard output: ") + std::strerror(err));
  }
}

namespace {

struct split_path {
  std::string dir, base;
};

split_path split_target(const std::string& path) {
  const auto slash = path.rfind('/');
  split_path p;
  p.dir = slash == std::string::npos ? std::string(".")
          : slash == 0                ? std::string("/")
                                      : path.substr(0, slash);
  p.base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (p.base.empty() || p.base == "." || p.base == "..") {
    throw io_error("cannot write '" + path + "': not a file name");
  }
  return p;
}

[[noreturn]] void write_failed(const std::string& path, int err) {
  throw io_error("cannot write '" + path + "': " + std::strerror(err));
}

// Puts `temp` in place as `path` without replacing anything: renameat2(RENAME_NOREPLACE)
// where the file system has it, else link() (which never replaces either) and unlink().
// Returns false when `path` exists.
bool commit_if_absent(temp_file& temp, const std::string& path) {
  if (::renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) {
    temp.commit();
    return true;
  }
  if (errno == EEXIST) return false;
  if (errno != EINVAL && errno != ENOSYS) write_failed(path, errno);
  if (::link(temp.path().c_str(), path.c_str()) != 0) {
    if (errno == EEXIST) return false;
    write_failed(path, errno);
  }
  return true;  // the temp_file's destructor removes the temporary name
}

// An existing character device or FIFO: opened without O_CREAT or O_TRUNC (neither means
// anything there), written in full or reported.
void write_stream(const std::string& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) write_failed(path, errno);
  const int err = write_all(fd, data);
  const int close_err = ::close(fd) == 0 ? 0 : errno;
  if (err != 0) write_failed(path, err);
  if (close_err != 0) write_failed(path, close_err);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view data) {
  auto fail = [&path](int err) { write_failed(path, err); };

  // stat() follows links: what is there in the end decides how it is written.
  struct stat existing {};
  const bool replacing = ::stat(path.c_str(), &existing) == 0;
  if (!replacing && errno != ENOENT) fail(errno);
  if (replacing && S_ISDIR(existing.st_mode)) {
    throw io_error("cannot write '" + path + "': it is a directory");
  }
  if (replacing && !S_ISREG(existing.st_mode)) {
    // Renaming over /dev/full or /dev/stdout would replace the device itself (root may):
    // a stream is written into, as a shell's redirection would.
    if (S_ISCHR(existing.st_mode) || S_ISFIFO(existing.st_mode)) {
      write_stream(path, data);
      return;
    }
    throw io_error("cannot write '" + path + "': it is not a regular file");
  }

  // Renaming over a symbolic link would replace the link, not the file it names.
  std::string real = path;
  struct stat link {};
  if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
    if (!replacing) {
      throw io_error("cannot write '" + path + "': it is a symbolic link to nothing");
    }
    char resolved[PATH_MAX];
    if (::realpath(path.c_str(), resolved) == nullptr) fail(errno);
    real = resolved;
  }
  const split_path target = split_target(real);

  temp_file temp = create_temp_beside(target.dir, target.base, path);
  if (replacing) {
    if (::fchmod(temp.fd(), existing.st_mode & 07777) != 0) fail(errno);
    // Best effort: only root (or a member of the group) may give a file away; the data is
    // what matters.
    if (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) {
      if (::fchown(temp.fd(), existing.st_uid, existing.st_gid) != 0) {
        (void)::fchown(temp.fd(), static_cast<uid_t>(-1), existing.st_gid);
      }
      // fchown clears the set-user-ID and set-group-ID bits: put them back.
      (void)::fchmod(temp.fd(), existing.st_mode & 07777);
    }
  }
  if (const int err = write_all(temp.fd(), data)) fail(err);
  if (::fsync(temp.fd()) != 0) fail(errno);
  if (const int err = temp.close()) fail(err);
  if (std::rename(temp.path().c_str(), real.c_str()) != 0) fail(errno);
  temp.commit();
  sync_directory(target.dir);
}

bool write_file_if_absent(const std::string& path, std::string_view data) {
  const split_path target = split_target(path);
  auto fail = [&path](int err) { write_failed(path, err); };

  temp_file temp = create_temp_beside(target.dir, target.base, path);
  if (const int err = write_all(temp.fd(), data)) fail(err);
  if (::fsync(temp.fd()) != 0) fail(errno);
  if (const int err = temp.close()) fail(err);
  if (!commit_if_absent(temp, path)) return false;
  sync_directory(target.dir);
  return true;
}

void abandon_temporary_files() noexcept {
  temp_registry& r = registry();
  // Kept locked: no thread may create a temporary file while the process is ending.
  r.mutex.lock();
  for (const std::string& p : r.paths) ::unlink(p.c_str());
}

}  // namespace article2md::cli
