// The pages of `swvcheck serve` that are not a check result: the upload form (plain HTML, no
// JavaScript) and an error page. Dutch, self-contained, no network resources.
#pragma once

#include <string>

namespace swv {

/// The form: a file input for the annual report and one for each kind of registration,
/// method=post, enctype=multipart/form-data, action /controleer. `error` (plain text, may be
/// empty) is shown above the form.
std::string upload_form_page(const std::string& error = {});

/// `result_page` (a whole HTML page) with a link back to the form after its <body> tag.
std::string with_link_to_form(std::string result_page);

}  // namespace swv
