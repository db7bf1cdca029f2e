-- The rule families in display order; a rule's `family` must be one of these ids.
return {
  { id = "toezicht", title = "Intern toezicht" },
  { id = "reserves", title = "Reserves" },
  { id = "doorzettingsmacht", title = "Doorzettingsmacht" },
  { id = "zorgplicht", title = "Zorgplicht en thuiszitters" },
  { id = "financien", title = "Financiële continuïteit" },
  { id = "wnt", title = "Topinkomens (WNT)" },
  { id = "ondersteuningsplan", title = "Ondersteuningsplan en medezeggenschap" },
  { id = "consistentie", title = "Interne consistentie" },
}
