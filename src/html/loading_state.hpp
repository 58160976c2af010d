#pragma once
// Pages whose scripts have not run yet: the content a reader sees once they have.
//
// Script-rendered pages often ship their server-rendered content hidden until the scripts
// take over: a React streaming boundary (`<div hidden id="S:0">` holding the whole page,
// moved in place by a script), a `visibility:hidden` wrapper lifted on hydration, or the
// content only in `<noscript>` (Discourse's crawler view, a JavaScript shell with a static
// fallback). Dropping hidden elements and noscript, as the walk and the extractor do, then
// leaves such a page empty. Hiding that covers most of the page's prose is a loading state,
// not the page hiding a menu or a dialog.

#include <article2md/html_node.hpp>

#include <unordered_set>

namespace article2md::detail {

/// The hidden elements (is_hidden) and <noscript> elements under `body` that hold the page's
/// content, by html_node::id(): empty unless less than a quarter of the body's prose (text outside
/// links, scripts and styles) is visible, and then those holding at least a quarter of it and
/// 200 characters (shorter is a notice such as "Please enable JavaScript").
/// Hidden elements inside them stay hidden unless they hold that much too. One iterative pass.
std::unordered_set<const void*> find_revealed(html_node body);

}  // namespace article2md::detail
