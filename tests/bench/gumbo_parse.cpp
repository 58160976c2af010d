#include "gumbo_parse.hpp"

#include <gumbo.h>

#include <cstdlib>
#include <new>
#include <vector>

namespace article2md::bench {
namespace {

// The same scheme as the library's arena (src/dom.cpp): 64 KiB blocks with a bump pointer,
// only the latest allocation given back (gumbo's
// growing buffers free the block they just reallocated from), everything freed at once.
class bump_arena {
 public:
  bump_arena() = default;
  bump_arena(const bump_arena&) = delete;
  bump_arena& operator=(const bump_arena&) = delete;
  ~bump_arena() {
    for (char* b : blocks_) std::free(b);
  }

  void* allocate(std::size_t size) {
    size = (size + alignment - 1) & ~(alignment - 1);
    if (size > static_cast<std::size_t>(end_ - cur_)) grow(size);
    last_ = cur_;
    cur_ += size;
    return last_;
  }

  void deallocate(void* p) noexcept {
    if (p != nullptr && p == last_) {
      cur_ = last_;
      last_ = nullptr;
    }
  }

 private:
  static constexpr std::size_t alignment = alignof(std::max_align_t);
  static constexpr std::size_t block_size = 64 * 1024;

  // As in the library, a large request gets a fresh block of exactly its size and the rest
  // of the previous block is left unused.
  void grow(std::size_t size) {
    const std::size_t want = size > block_size / 4 ? size : block_size;
    char* b = static_cast<char*>(std::malloc(want));
    if (b == nullptr) throw std::bad_alloc();
    blocks_.push_back(b);
    cur_ = b;
    end_ = b + want;
  }

  std::vector<char*> blocks_;
  char* cur_ = nullptr;
  char* end_ = nullptr;
  char* last_ = nullptr;
};

void* arena_allocate(void* userdata, size_t size) {
  try {
    return static_cast<bump_arena*>(userdata)->allocate(size);
  } catch (const std::bad_alloc&) {
    return nullptr;
  }
}

void arena_deallocate(void* userdata, void* p) {
  static_cast<bump_arena*>(userdata)->deallocate(p);
}

std::size_t document_children(const GumboOutput* out) {
  return out != nullptr && out->document != nullptr ? out->document->v.document.children.length
                                                    : 0;
}

}  // namespace

std::size_t gumbo_parse_arena(std::string_view html) {
  bump_arena arena;
  GumboOptions opts = kGumboDefaultOptions;
  opts.allocator = arena_allocate;
  opts.deallocator = arena_deallocate;
  opts.userdata = &arena;
  opts.max_errors = 0;
  const GumboOutput* out = gumbo_parse_with_options(&opts, html.data(), html.size());
  if (out == nullptr) throw std::bad_alloc();
  return document_children(out);  // the tree goes with the arena
}

std::size_t gumbo_parse_malloc(std::string_view html) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  if (out == nullptr) throw std::bad_alloc();
  const std::size_t n = document_children(out);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return n;
}

}  // namespace article2md::bench
