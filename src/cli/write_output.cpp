#include "write_output.hpp"

#include "io_error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

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
  for (unsigned attempt = 0;; ++attempt) {
    std::string name = dir + "/." + base + ".article2md-" + std::to_string(::getpid()) + "-" +
                       std::to_string(attempt) + ".tmp";
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return temp_file(fd, std::move(name));
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

}  // namespace

void write_file_atomically(const std::string& path, std::string_view data) {
  const split_path target = split_target(path);
  auto fail = [&path](int err) { write_failed(path, err); };

  struct stat existing {};
  const bool replacing = ::stat(path.c_str(), &existing) == 0;
  if (replacing && S_ISDIR(existing.st_mode)) {
    throw io_error("cannot write '" + path + "': it is a directory");
  }

  temp_file temp = create_temp_beside(target.dir, target.base, path);
  if (replacing && ::fchmod(temp.fd(), existing.st_mode & 07777) != 0) fail(errno);
  if (const int err = write_all(temp.fd(), data)) fail(err);
  if (::fsync(temp.fd()) != 0) fail(errno);
  if (const int err = temp.close()) fail(err);
  if (std::rename(temp.path().c_str(), path.c_str()) != 0) fail(errno);
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

}  // namespace article2md::cli
