// The command never loses data (issue 7): input that cannot be read, a full disk, a read-only
// output directory, a missing output directory and an interrupted batch each give a clear
// message and a failure status, leave no partial or temporary file, and destroy no existing file.
//
// These tests run as root (CI, the development container), and root ignores permission bits: it
// reads a file of mode 000 and writes into a directory of mode 0555. So each case is made by
// something that stops root too: a path that cannot be opened at all, a read the kernel fails,
// an immutable directory (chattr +i), a read-only bind mount, a 64 KiB tmpfs, a copy of
// /dev/full made with mknod, or the command run as nobody (setpriv). Whatever this machine
// cannot do is skipped with a WARN, never failed. See docs/robustness-cli.md.

#include "cli_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <linux/fs.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace article2md::test;

namespace {

using lines = std::vector<std::string>;

bool is_root() { return ::geteuid() == 0; }

// What a file is: its bytes, inode, mode and modification time. The same before and after a
// run means the file was neither rewritten in place nor replaced.
struct file_state {
  bool exists = false;
  std::string bytes;
  ino_t inode = 0;
  mode_t mode = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const file_state& o) const {
    return exists == o.exists && bytes == o.bytes && inode == o.inode && mode == o.mode &&
           mtime_ns == o.mtime_ns;
  }
};

std::ostream& operator<<(std::ostream& os, const file_state& s) {
  if (!s.exists) return os << "(no file)";
  return os << "inode " << s.inode << ", mode " << std::oct << s.mode << std::dec << ", mtime "
            << s.mtime_ns << ", " << s.bytes.size() << " bytes: '" << s.bytes.substr(0, 60)
            << "'";
}

file_state state_of(const fs::path& p) {
  file_state s;
  struct stat st {};
  if (::lstat(p.c_str(), &st) != 0) return s;
  s.exists = true;
  s.inode = st.st_ino;
  s.mode = st.st_mode;
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  if (S_ISREG(st.st_mode)) s.bytes = read_bytes(p);
  return s;
}

// A file that was there before the run, dated 2001 so that any rewrite shows in its mtime.
file_state write_old_file(const fs::path& p, const std::string& bytes) {
  write_bytes(p, bytes);
  const timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
  REQUIRE(::utimensat(AT_FDCWD, p.c_str(), times, 0) == 0);
  return state_of(p);
}

// Temporary files of the command ("." NAME ".article2md-PID-N.tmp") anywhere under `dir`.
lines temp_files_in(const fs::path& dir) {
  lines found;
  for (const std::string& name : tree_of(dir)) {
    if (name.find(".article2md-") != std::string::npos) found.push_back(name);
  }
  return found;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// ---- ways to make a place unwritable for root ------------------------------------------------

// Mounts are made in a mount namespace of this test process's own when it can have one, so that
// a test that dies leaves nothing mounted on the machine; they are unmounted at scope exit too.
void own_mount_namespace() {
  static const bool done = [] {
    if (::unshare(CLONE_NEWNS) != 0) return false;
    return ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
  }();
  (void)done;
}

struct mount_point {
  fs::path where;
  bool mounted = false;
  std::string why_not;
  mount_point() = default;
  mount_point(const mount_point&) = delete;
  mount_point& operator=(const mount_point&) = delete;
  ~mount_point() {
    if (mounted) ::umount2(where.c_str(), MNT_DETACH);
  }
};

// A tmpfs of `size` (e.g. "64k") on `where`: a disk that really fills up.
void mount_small_tmpfs(mount_point& m, const fs::path& where, const std::string& size) {
  own_mount_namespace();
  fs::create_directories(where);
  m.where = where;
  const std::string data = "size=" + size + ",mode=0755";
  m.mounted = ::mount("tmpfs", where.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, data.c_str()) == 0;
  if (!m.mounted) m.why_not = std::string("mount -t tmpfs: ") + std::strerror(errno);
}

// `where` bound onto itself, read-only: EROFS for root as for anyone.
void bind_read_only(mount_point& m, const fs::path& where) {
  own_mount_namespace();
  m.where = where;
  if (::mount(where.c_str(), where.c_str(), nullptr, MS_BIND, nullptr) != 0) {
    m.why_not = std::string("mount --bind: ") + std::strerror(errno);
    return;
  }
  m.mounted = true;
  if (::mount(nullptr, where.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
    m.why_not = std::string("mount -o remount,ro,bind: ") + std::strerror(errno);
  }
}

// chattr +i on a directory: nobody, root included, may create, remove or rename in it.
struct immutable_dir {
  fs::path path;
  bool set = false;
  std::string why_not;
  explicit immutable_dir(const fs::path& p) : path(p) { set = change(true); }
  immutable_dir(const immutable_dir&) = delete;
  immutable_dir& operator=(const immutable_dir&) = delete;
  ~immutable_dir() {
    if (set) change(false);  // or the scratch directory cannot be removed
  }

 private:
  bool change(bool on) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
      why_not = std::strerror(errno);
      return false;
    }
    int flags = 0;  // the kernel reads and writes an int, whatever the ioctl's number says
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
      flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    if (!ok) why_not = std::string("chattr +i: ") + std::strerror(errno);
    ::close(fd);
    return ok;
  }
};

// The command line for running article2md as nobody, when this test is root: permission bits
// then apply to it. Not root: the command as it is. nullopt when root has no setpriv.
std::optional<std::vector<std::string>> unprivileged(std::vector<std::string> args) {
  args.insert(args.begin(), cli_binary());
  if (!is_root()) return args;
  for (const char* setpriv : {"/usr/bin/setpriv", "/bin/setpriv"}) {
    if (::access(setpriv, X_OK) != 0) continue;
    args.insert(args.begin(),
                {setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"});
    return args;
  }
  return std::nullopt;
}

// A scratch directory nobody may enter (mkdtemp makes it 0700), for the runs as nobody.
void open_to_everyone(const scratch_dir& dir) {
  fs::permissions(dir.path, fs::perms::owner_all | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read |
                                fs::perms::others_exec);
}

// ---- inputs ------------------------------------------------------------------------------------

// Paragraphs enough for `bytes` of Markdown or more.
std::string long_article(std::size_t bytes) {
  std::string html;
  for (int i = 0; html.size() < bytes; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " with <b>bold</b> words and <a href=\"https://example.com/" + std::to_string(i) +
            "\">a link</a>, long enough to fill a line or so of text.</p>\n";
  }
  return html;
}

// A file system's pending signals for `pid` ("ShdPnd": sent to the process, not yet taken).
bool no_signal_pending(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("ShdPnd:", 0) == 0) return line.find_first_not_of("0\t ", 7) == std::string::npos;
  }
  return false;  // not there (yet, or any more): keep waiting
}

}  // namespace

// ---- input that cannot be read -----------------------------------------------------------------

TEST_CASE("cli safety: input that cannot be read, even by root, fails and leaves -o's file",
          "[cli][safety]") {
  scratch_dir dir;
  fs::create_directory(dir / "folder.html");
  write_bytes(dir / "plain.html", "<p>plain</p>\n");
  fs::create_symlink("loop.html", dir / "loop.html");

  struct unreadable {
    std::string what, path, reason;
  };
  // Not here: a FIFO with no writer. Opening it waits for a writer (as cat does): a wait, not
  // an error; and once a writer closes it, it is an empty input, which converts.
  std::vector<unreadable> cases = {
      {"a file that does not exist", dir.str("missing.html"), "No such file or directory"},
      {"a directory", dir.str("folder.html"), "is a directory, not a file"},
      {"a path through a regular file", dir.str("plain.html") + "/x.html", "Not a directory"},
      {"a symbolic link to itself", dir.str("loop.html"), "Too many levels of symbolic links"},
  };
  // Opens fine and then fails to read, for anyone: a process's own memory at address 0, which
  // is never mapped (EIO from the kernel).
  if (fs::exists("/proc/self/mem")) {
    cases.push_back({"a read that fails (EIO)", "/proc/self/mem", "cannot read"});
  } else {
    WARN("/proc/self/mem is not available here: skipping the read error (EIO) case");
  }

  const file_state old = write_old_file(dir / "out.md", "precious old bytes\n");
  const lines before = tree_of(dir.path);
  for (const unreadable& c : cases) {
    INFO(c.what << ": " << c.path);
    const process_result to_file = run_cli({c.path, "-o", dir.str("out.md")});
    CHECK(to_file.exit_code == 1);
    check_one_error_line(to_file);
    CHECK(contains(to_file.err, "'" + c.path + "'"));
    CHECK(contains(to_file.err, c.reason));

    const process_result to_stdout = run_cli({c.path});
    CHECK(to_stdout.exit_code == 1);
    check_one_error_line(to_stdout);
    CHECK(to_stdout.err == to_file.err);
  }
  CHECK(state_of(dir / "out.md") == old);
  CHECK(tree_of(dir.path) == before);
}

TEST_CASE("cli safety: a file that may not be read (EACCES, run as nobody when root)",
          "[cli][safety]") {
  scratch_dir dir;
  open_to_everyone(dir);
  write_bytes(dir / "secret.html", "<p>secret</p>\n");
  fs::permissions(dir / "secret.html", fs::perms::none);
  write_bytes(dir / "ok.html", article_html(1));
  const file_state old = write_old_file(dir / "out.md", "precious old bytes\n");
  fs::create_directory(dir / "md");
  REQUIRE(::chown((dir / "md").c_str(), is_root() ? 65534 : ::geteuid(),
                  is_root() ? 65534 : ::getegid()) == 0);

  const auto probe = unprivileged({"--version"});
  if (!probe || run_process(*probe).exit_code != 0) {
    WARN("cannot run article2md as an unprivileged user here (root without setpriv, or the "
         "binary is not reachable for nobody): skipping");
    return;
  }

  SECTION("-o: one error line, the old file kept") {
    const process_result r =
        run_process(*unprivileged({dir.str("secret.html"), "-o", dir.str("out.md")}));
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err == "article2md: cannot open '" + dir.str("secret.html") +
                       "': Permission denied\n");
    CHECK(state_of(dir / "out.md") == old);
  }
  SECTION("a batch: that file fails, the other is converted") {
    const process_result r = run_process(*unprivileged(
        {"--out-dir", dir.str("md"), dir.str("secret.html"), dir.str("ok.html")}));
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err) ==
          lines{summary(1, 0, 1), dir.str("secret.html") + ": cannot open: Permission denied"});
    CHECK(tree_of(dir / "md") == lines{"ok.md"});
    CHECK(read_bytes(dir / "md" / "ok.md") == article_md(1));
  }
  CHECK(temp_files_in(dir.path).empty());
}

TEST_CASE("cli safety: binary and invalid UTF-8 input converts, best effort", "[cli][safety]") {
  scratch_dir dir;
  std::string input = std::string("<p>caf\xE9 \xFF\xFE ok</p>") + '\0' + "<p>after NUL \xC3</p>\n";
  // Deterministic noise: every byte value, NULs and stray '<' included.
  std::uint32_t x = 12345;
  for (int i = 0; i < 64 * 1024; ++i) {
    x = x * 1664525u + 1013904223u;
    input += static_cast<char>(x >> 24);
  }
  write_bytes(dir / "binary.html", input);

  const process_result r = run_cli({dir.str("binary.html")});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.rfind("caf\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD ok\n", 0) == 0);  // U+FFFD
  CHECK(r.out.find('\0') == std::string::npos);

  const process_result to_file = run_cli({dir.str("binary.html"), "-o", dir.str("out.md")});
  CHECK(to_file.exit_code == 0);
  CHECK(to_file.err.empty());
  CHECK(read_bytes(dir / "out.md") == r.out);
  CHECK(temp_files_in(dir.path).empty());
}

// ---- a full disk -------------------------------------------------------------------------------

TEST_CASE("cli safety: -o /dev/full fails with ENOSPC and the device stays a device",
          "[cli][safety]") {
  scratch_dir dir;
  write_bytes(dir / "in.html", "<p>Hello</p>\n");
  // Root may rename() a file over a device node: a regression here would turn the machine's
  // /dev/full into a regular file. So root writes to its own copy of the device (mknod, major
  // 1 minor 7: the same driver), and only a user who cannot replace /dev/full uses it.
  std::string device = "/dev/full";
  if (is_root()) {
    device = dir.str("full");
    if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
      WARN("mknod of a /dev/full copy failed (" << std::strerror(errno) << "): skipping");
      return;
    }
  } else if (::access("/dev/full", W_OK) != 0) {
    WARN("/dev/full is not available here: skipping");
    return;
  }

  const process_result r = run_cli({dir.str("in.html"), "-o", device});
  CHECK(r.exit_code == 1);
  check_one_error_line(r);
  CHECK(r.err == "article2md: cannot write '" + device + "': No space left on device\n");
  struct stat st {};
  REQUIRE(::stat(device.c_str(), &st) == 0);
  CHECK(S_ISCHR(st.st_mode));
  CHECK(st.st_rdev == makedev(1, 7));
  CHECK(temp_files_in(dir.path).empty());
}

TEST_CASE("cli safety: a file system that fills up (64 KiB tmpfs): old files kept, no partial "
          "file",
          "[cli][safety]") {
  scratch_dir dir;
  mount_point small;
  mount_small_tmpfs(small, dir / "small", "64k");
  if (!small.mounted) {
    WARN("cannot mount a small tmpfs here (" << small.why_not << "): skipping the full-disk "
                                                "test; -o /dev/full still runs");
    return;
  }
  const fs::path disk = dir / "small";
  write_bytes(dir / "big.html", long_article(200 * 1024));  // three times the disk
  write_bytes(dir / "a.html", article_html(1));
  write_bytes(dir / "c.html", article_html(3));
  const file_state old_out = write_old_file(disk / "out.md", "precious old bytes\n");
  const file_state old_c = write_old_file(disk / "c.md", "old c\n");

  SECTION("-o: ENOSPC, the old file kept") {
    const process_result r = run_cli({dir.str("big.html"), "-o", (disk / "out.md").string()});
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err == "article2md: cannot write '" + (disk / "out.md").string() +
                       "': No space left on device\n");
    CHECK(state_of(disk / "out.md") == old_out);
    CHECK(tree_of(disk) == lines{"c.md", "out.md"});
  }
  SECTION("a batch with --force: the file that does not fit fails, the others are complete") {
    // One at a time, so that the big file's temporary cannot starve the small ones.
    const process_result r =
        run_cli({"-j1", "--force", "--out-dir", disk.string(), dir.str("a.html"),
                 dir.str("big.html"), dir.str("c.html")});
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err) == lines{summary(2, 0, 1), dir.str("big.html") + ": cannot write '" +
                                                         (disk / "big.md").string() +
                                                         "': No space left on device"});
    CHECK(tree_of(disk) == lines{"a.md", "c.md", "out.md"});
    CHECK(read_bytes(disk / "a.md") == article_md(1));
    CHECK(read_bytes(disk / "c.md") == article_md(3));  // fully replaced
    CHECK(state_of(disk / "out.md") == old_out);
  }
  SECTION("a batch without --force: an existing file is not even looked at") {
    const process_result r =
        run_cli({"-j1", "--out-dir", disk.string(), dir.str("big.html"), dir.str("c.html")});
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err).size() == 2);
    CHECK(lines_of(r.err).front() == summary(0, 1, 1));
    CHECK(state_of(disk / "c.md") == old_c);
    CHECK(tree_of(disk) == lines{"c.md", "out.md"});
  }
}

// ---- a read-only output directory --------------------------------------------------------------

TEST_CASE("cli safety: a read-only output directory: one clear failure, nothing changed in it",
          "[cli][safety]") {
  const std::string method = GENERATE(as<std::string>{}, "immutable (chattr +i)",
                                      "read-only bind mount", "mode 0555, run as nobody");
  INFO("made read-only by: " << method);
  scratch_dir dir;
  open_to_everyone(dir);
  write_bytes(dir / "a.html", article_html(1));
  write_bytes(dir / "b.html", article_html(2));
  const fs::path ro = dir / "ro";
  fs::create_directory(ro);
  const file_state old_out = write_old_file(ro / "out.md", "precious old bytes\n");
  const file_state old_a = write_old_file(ro / "a.md", "old a\n");

  // The one that applies stays in scope to the end; the others do nothing.
  std::optional<immutable_dir> immutable;
  mount_point bound;
  std::string reason;  // strerror of what the writes get
  auto command = [&](std::vector<std::string> args) {
    if (method == "mode 0555, run as nobody") return unprivileged(std::move(args));
    args.insert(args.begin(), cli_binary());
    return std::optional<std::vector<std::string>>(std::move(args));
  };
  if (method == "immutable (chattr +i)") {
    immutable.emplace(ro);
    if (!immutable->set) {
      WARN("cannot make a directory immutable here (" << immutable->why_not << "): skipping");
      return;
    }
    reason = "Operation not permitted";
  } else if (method == "read-only bind mount") {
    bind_read_only(bound, ro);
    if (!bound.why_not.empty()) {
      WARN("cannot bind-mount read-only here (" << bound.why_not << "): skipping");
      return;
    }
    reason = "Read-only file system";
  } else {
    const auto probe = command({"--version"});
    if (!probe || run_process(*probe).exit_code != 0) {
      WARN("cannot run article2md as an unprivileged user here (root without setpriv, or the "
           "binary is not reachable for nobody): skipping the mode-bits case");
      return;
    }
    fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                            fs::perms::group_exec | fs::perms::others_read |
                            fs::perms::others_exec);
    reason = "Permission denied";
  }
  // The method really stops writes, or the test would prove nothing.
  {
    const std::string probe = (ro / "probe").string();
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (fd >= 0) {
      ::close(fd);
      ::unlink(probe.c_str());
      if (method != "mode 0555, run as nobody" || !is_root()) FAIL("the directory is writable");
    }
  }

  SECTION("-o over an existing file") {
    const process_result r =
        run_process(*command({dir.str("a.html"), "-o", (ro / "out.md").string()}));
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err ==
          "article2md: cannot write '" + (ro / "out.md").string() + "': " + reason + "\n");
  }
  SECTION("a batch with --force: every file fails, the existing one is kept") {
    const process_result r = run_process(
        *command({"--force", "--out-dir", ro.string(), dir.str("a.html"), dir.str("b.html")}));
    CHECK(r.exit_code == 1);
    CHECK(lines_of(r.err) ==
          lines{summary(0, 0, 2),
                dir.str("a.html") + ": cannot write '" + (ro / "a.md").string() + "': " + reason,
                dir.str("b.html") + ": cannot write '" + (ro / "b.md").string() + "': " +
                    reason});
  }
  SECTION("a batch into a new directory under it") {
    const process_result r =
        run_process(*command({"--out-dir", (ro / "sub").string(), dir.str("a.html")}));
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err == "article2md: cannot create the output directory '" + (ro / "sub").string() +
                       "': " + reason + "\n");
  }
  CHECK(state_of(ro / "out.md") == old_out);
  CHECK(state_of(ro / "a.md") == old_a);
  CHECK(tree_of(ro) == lines{"a.md", "out.md"});
}

// ---- a missing output directory ----------------------------------------------------------------

TEST_CASE("cli safety: a missing output directory: -o fails and creates nothing, --out-dir "
          "creates it",
          "[cli][safety]") {
  scratch_dir dir;
  write_bytes(dir / "a.html", article_html(1));
  write_bytes(dir / "file.txt", "a file, not a directory\n");
  const lines before = tree_of(dir.path);

  SECTION("-o into a directory that does not exist (README: -o writes a file, no more)") {
    const fs::path out = dir / "missing" / "sub" / "out.md";
    const process_result r = run_cli({dir.str("a.html"), "-o", out.string()});
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err == "article2md: cannot write '" + out.string() + "': the directory '" +
                       out.parent_path().string() + "' does not exist\n");
    CHECK(tree_of(dir.path) == before);
  }
  SECTION("--out-dir that does not exist is created, parents too (README: \"and so is DIR\")") {
    const process_result r =
        run_cli({"--out-dir", dir.str("missing/sub"), dir.str("a.html")});
    CHECK(r.exit_code == 0);
    CHECK(lines_of(r.err) == lines{summary(1, 0, 0)});
    CHECK(read_bytes(dir / "missing" / "sub" / "a.md") == article_md(1));
  }
  SECTION("--out-dir that cannot be created: one line, nothing written") {
    const process_result r =
        run_cli({"--out-dir", dir.str("file.txt/sub"), dir.str("a.html")});
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(r.err.rfind("article2md: cannot create the output directory '" +
                          dir.str("file.txt/sub") + "': ",
                      0) == 0);
    CHECK(tree_of(dir.path) == before);
  }
}

// ---- files that are not plain files ------------------------------------------------------------

TEST_CASE("cli safety: -o through a symbolic link, into a device or a pipe replaces no node",
          "[cli][safety]") {
  scratch_dir dir;
  write_bytes(dir / "in.html", "<p>Hello</p>\n");

  SECTION("a symbolic link: the file it names is replaced, the link stays") {
    fs::create_directory(dir / "real");
    write_old_file(dir / "real" / "target.md", "old\n");
    REQUIRE(::chmod((dir / "real" / "target.md").c_str(), 0640) == 0);
    fs::create_symlink("real/target.md", dir / "link.md");
    const process_result r = run_cli({dir.str("in.html"), "-o", dir.str("link.md")});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(fs::is_symlink(dir / "link.md"));
    CHECK(fs::read_symlink(dir / "link.md") == "real/target.md");
    CHECK(read_bytes(dir / "real" / "target.md") == "Hello\n");
    CHECK((state_of(dir / "real" / "target.md").mode & 07777) == 0640);
  }
  SECTION("a symbolic link to nothing is refused") {
    fs::create_symlink("nowhere.md", dir / "dangling.md");
    const process_result r = run_cli({dir.str("in.html"), "-o", dir.str("dangling.md")});
    CHECK(r.exit_code == 1);
    check_one_error_line(r);
    CHECK(contains(r.err, "symbolic link to nothing"));
    CHECK(fs::is_symlink(dir / "dangling.md"));
    CHECK(!fs::exists(dir / "nowhere.md"));
  }
  SECTION("a link to /dev/stdout (here a pipe) is written through, not replaced") {
    fs::create_symlink("/dev/stdout", dir / "stdout.md");
    const process_result r = run_cli({dir.str("in.html"), "-o", dir.str("stdout.md")});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(r.out == "Hello\n");
    CHECK(fs::read_symlink(dir / "stdout.md") == "/dev/stdout");
  }
  SECTION("a character device (a copy of /dev/null) is written into, not replaced") {
    if (!is_root() || ::mknod(dir.str("null").c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
      WARN("cannot make a device node here: skipping");
      return;
    }
    const process_result r = run_cli({dir.str("in.html"), "-o", dir.str("null")});
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(S_ISCHR(state_of(dir / "null").mode));
  }
  CHECK(temp_files_in(dir.path).empty());
}

TEST_CASE("cli safety: replacing a file keeps its owner and group (root)", "[cli][safety]") {
  if (!is_root()) {
    WARN("not root: cannot give a file to another user, skipping");
    return;
  }
  scratch_dir dir;
  write_bytes(dir / "in.html", "<p>Hello</p>\n");
  write_bytes(dir / "out.md", "old\n");
  REQUIRE(::chown(dir.str("out.md").c_str(), 65534, 65534) == 0);
  REQUIRE(::chmod(dir.str("out.md").c_str(), 0640) == 0);
  const process_result r = run_cli({dir.str("in.html"), "-o", dir.str("out.md")});
  CHECK(r.exit_code == 0);
  CHECK(read_bytes(dir / "out.md") == "Hello\n");
  struct stat st {};
  REQUIRE(::stat(dir.str("out.md").c_str(), &st) == 0);
  CHECK(st.st_uid == 65534);
  CHECK(st.st_gid == 65534);
  CHECK((st.st_mode & 07777) == 0640);
}

// ---- interrupted ---------------------------------------------------------------------------------

TEST_CASE("cli safety: an interrupted batch leaves only complete files and every old one",
          "[cli][safety]") {
  const int sig = GENERATE(SIGINT, SIGTERM, SIGHUP);
  const std::string name = sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP";
  INFO("signal " << name);
  scratch_dir dir;
  // 150 inputs of some 16 KB each, so that the batch takes a while: creating a file costs
  // milliseconds on some disks, and 2000 small ones would make the test itself slow.
  const int total = 150;
  const std::string filler_html = long_article(16 * 1024);
  const std::string filler_md = run_cli({}, filler_html).out;
  REQUIRE(!filler_md.empty());
  auto expected_md = [&](int n) { return article_md(n) + "\n" + filler_md; };
  for (int i = 0; i < total; ++i) {
    write_bytes(dir / "in" / ("f" + std::to_string(10000 + i) + ".html"),
                article_html(i) + filler_html);
  }
  // Outputs that exist already, early, middle and last in the batch, and a file of the user's.
  fs::create_directory(dir / "out");
  std::vector<std::pair<std::string, file_state>> old_files;
  for (const char* f : {"f10001.md", "f10075.md", "f10149.md", "notes.txt"}) {
    old_files.emplace_back(f, write_old_file(dir / "out" / f, std::string("old ") + f + "\n"));
  }

  process_options options;
  options.signal_when_exists = dir.str("out/f10000.md");
  options.signal_to_send = sig;
  const process_result r = run_process(
      {cli_binary(), "-j2", "--force", "--out-dir", dir.str("out"), dir.str("in")}, options);
  INFO("stderr: " << r.err);
  if (r.exit_code == 0) {
    WARN("the batch finished before the signal arrived: nothing to check");
    return;
  }
  // After its summary the command ends by the signal: a shell shows 128 + it (130, 143, 129).
  CHECK(r.signal == sig);
  CHECK(r.exit_code == -1);

  // Each output is the old file untouched or the complete new one; nothing else is there.
  int converted = 0;
  for (const std::string& f : tree_of(dir / "out")) {
    INFO(f);
    const auto old = std::find_if(old_files.begin(), old_files.end(),
                                  [&](const auto& o) { return o.first == f; });
    if (old != old_files.end() && state_of(dir / "out" / f) == old->second) continue;
    REQUIRE(f.size() == 9);  // "f1xxxx.md": no temporary file, nothing else
    REQUIRE(f.substr(0, 2) == "f1");
    REQUIRE(f.substr(6) == ".md");
    CHECK(read_bytes(dir / "out" / f) == expected_md(std::stoi(f.substr(1, 5)) - 10000));
    ++converted;
  }
  for (const auto& [f, state] : old_files) CHECK(fs::exists(dir / "out" / f));
  CHECK(converted < total);
  CHECK(lines_of(r.err) ==
        lines{summary(converted, 0, 0), "interrupted by " + name + ": " +
                                            std::to_string(total - converted) + " not converted"});
  // The same bytes as a clean run of its own (the expectation above is not a twin of a mistake).
  const process_result alone = run_cli({dir.str("in/f10000.html")});
  CHECK(alone.out == expected_md(0));
  CHECK(read_bytes(dir / "out" / "f10000.md") == alone.out);
}

TEST_CASE("cli safety: a second signal stops a batch at once, and the running file is not "
          "written",
          "[cli][safety]") {
  scratch_dir dir;
  write_bytes(dir / "a.html", article_html(1));
  // About a second (several under ASan): the second signal must come while it is converting,
  // also on a loaded machine where the first one takes a while to be seen (3 MB was flaky).
  write_bytes(dir / "big.html", long_article(10 * 1024 * 1024));
  write_bytes(dir / "c.html", article_html(3));
  fs::create_directory(dir / "out");
  const file_state old_big = write_old_file(dir / "out" / "big.md", "old big\n");

  // Two at a time: big.html is being converted while a.md appears (and c.html maybe starts).
  // First SIGINT then; once the command has taken it (none pending any more), the second.
  int step = 0;
  process_options options;
  options.watch = [&](pid_t pid, const process_result&) {
    if (step == 0 && fs::exists(dir / "out" / "a.md")) {
      ::kill(pid, SIGINT);
      step = 1;
    } else if (step == 1 && no_signal_pending(pid)) {
      ::kill(pid, SIGINT);
      step = 2;
    }
    return step == 2;
  };
  const process_result r =
      run_process({cli_binary(), "-j2", "--force", "--out-dir", dir.str("out"), dir.str("a.html"),
                   dir.str("big.html"), dir.str("c.html")},
                  options);
  INFO("stderr: " << r.err);
  REQUIRE(step == 2);
  CHECK(r.signal == SIGINT);
  CHECK(lines_of(r.err) == lines{"article2md: interrupted by SIGINT again: stopped without "
                                 "finishing the files being converted"});
  lines files = tree_of(dir / "out");
  if (files.size() == 3 && files[2] == "c.md") {
    CHECK(read_bytes(dir / "out" / "c.md") == article_md(3));  // started before the first signal
    files.pop_back();
  }
  CHECK(files == lines{"a.md", "big.md"});
  CHECK(read_bytes(dir / "out" / "a.md") == article_md(1));
  CHECK(state_of(dir / "out" / "big.md") == old_big);
}

TEST_CASE("cli safety: a signal while -o's file is being written removes the temporary file",
          "[cli][safety]") {
  const int sig = GENERATE(SIGINT, SIGTERM);
  const std::string name = sig == SIGINT ? "SIGINT" : "SIGTERM";
  INFO("signal " << name);
  scratch_dir dir;
  // Megabytes of output: writing and syncing them takes long enough to be caught at it.
  write_bytes(dir / "in.html", long_article(4 * 1024 * 1024));
  const file_state old = write_old_file(dir / "out.md", "precious old bytes\n");

  bool sent = false;
  process_options options;
  options.watch = [&](pid_t pid, const process_result&) {
    for (const auto& e : fs::directory_iterator(dir.path)) {
      if (e.path().filename().string().rfind(".out.md.article2md-", 0) == 0) {
        ::kill(pid, sig);
        sent = true;
      }
    }
    return sent;
  };
  const process_result r =
      run_process({cli_binary(), dir.str("in.html"), "-o", dir.str("out.md")}, options);
  INFO("stderr: " << r.err);
  if (!sent || r.exit_code == 0) {
    WARN("the file was written before the signal could be sent: nothing to check");
    return;
  }
  CHECK(r.signal == sig);
  CHECK(r.err == "article2md: interrupted by " + name + "\n");
  CHECK(tree_of(dir.path) == lines{"in.html", "out.md"});
  const file_state now = state_of(dir / "out.md");
  if (!(now == old)) {
    // The rename won the race: then the file is the complete new one.
    CHECK(now.bytes == run_cli({dir.str("in.html")}).out);
  }
}
