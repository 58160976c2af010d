#pragma once
/// \file
/// article2md: article HTML to clean, faithful Markdown. Include this one header.

#include <article2md/archive.hpp>
#include <article2md/converter.hpp>
#include <article2md/error.hpp>
#include <article2md/html_node.hpp>
#include <article2md/markdown_writer.hpp>
#include <article2md/options.hpp>
#include <article2md/version.hpp>
