-- Families of the golden-file rules (tests/report/golden_test.cc). A title with characters
-- that every format must escape.
return {
  { id = "toezicht", title = "Intern toezicht" },
  { id = "reserves", title = "Reserves & <buffers>" },
  { id = "zorgplicht", title = "Zorgplicht \"thuiszitters\"" },
}
