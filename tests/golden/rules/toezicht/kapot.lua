-- Fails for VO2405 (a `fout` finding), passes elsewhere.
return {
  id = "toezicht.kapot",
  norm_id = "TZ-8",
  title = "Regel die faalt",
  family = "toezicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = { title = "Testnorm", source = "test", in_force_from = "2019-01-01" },
  description = "Faalt voor VO2405.",
  check = function(doc, ctx)
    if doc.swv == "VO2405" then error("kapot <script> & zo", 0) end
    return ctx:voldoet{ message = "In orde." }
  end,
}
