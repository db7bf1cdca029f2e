-- Reads an element no fixture has: niet-te-beoordelen, with a subject in its key.
return {
  id = "zorgplicht.ontbreekt",
  norm_id = "ZP-9",
  title = "Gegevens ontbreken",
  family = "zorgplicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = { title = "Testnorm", source = "test", in_force_from = "2019-01-01" },
  description = "Leest een element dat geen fixture heeft.",
  check = function(doc, ctx)
    doc:amount("zorgplicht/bestaatNiet")
    return ctx:niet_te_beoordelen{ subject = "nu" }
  end,
}
