// The value of an element as the annual report format reads it: the one way the loader
// validates a value and rules read it (sandbox/document_api.cc), so both always see the same.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace swv {

/// The whole text of an element: its text and CDATA children joined in document order. A
/// comment or processing instruction between them is not part of the text (as XML defines
/// it), so `68<!-- x -->0000.00` and `6<![CDATA[8]]>0000.00` are both "680000.00". Text inside
/// child elements is not included. For a text or CDATA node: the whole text of its element.
std::string element_text(pugi::xml_node node);
/// The same text without a copy when the element has a single text child (the usual case);
/// otherwise joined into `storage`. Valid while the document and `storage` are.
std::string_view element_text(pugi::xml_node node, std::string* storage);

/// The first text or CDATA child of an element (where its text starts), or an empty node.
pugi::xml_node first_text_child(pugi::xml_node element);

/// `text` without the XML white space (space, tab, CR, LF) around it.
std::string_view trim_xml_space(std::string_view text);

}  // namespace swv
