-- Text that every format must escape or quote: < > & " ' ; and a line break, amounts and a
-- ratio for the decimal comma. An overtreding for PO3006, voldoet elsewhere.
return {
  id = "toezicht.tekens",
  norm_id = "TZ-9",
  title = "Tekens <b>& \"aanhalingstekens\"",
  family = "toezicht",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = { title = "Norm met 'tekens' & <haken>", source = "test; bron \"x\"", in_force_from = "2019-01-01" },
  description = "Tekst met <tekens> & \"aanhalingstekens\"; puntkomma.",
  check = function(doc, ctx)
    local naam = doc:text("swv/@naam") or "?"
    local values = { bedrag = "-1234.50", tekst = "a;b \"c\" <d> & e", ratio = "1.05", naam = naam }
    if doc.swv == "PO3006" then
      return ctx:overtreding{
        message = "Tekens <script>alert('x')</script> & \"dubbel\"; puntkomma,\nnieuwe regel: " .. naam,
        values = values,
      }
    end
    return ctx:voldoet{ message = "=SOM(1;2) in orde voor " .. naam, values = values }
  end,
}
