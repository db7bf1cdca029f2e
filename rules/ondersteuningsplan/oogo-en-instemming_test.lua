-- Testgevallen voor OP-2 (OOGO en instemming OPR vóór vaststelling van het ondersteuningsplan):
--   swvcheck rules test OP-2
-- In het document hieronder liggen OOGO en instemming voor de vaststelling op 2021-06-10.
return {
  rule = "ondersteuningsplan.oogo-en-instemming",
  jaar = 2023,
  document = [[
    <ondersteuningsplan vanaf="2021-08-01" totEnMet="2025-07-31" vastgesteld="2021-06-10"
                        instemmingOPR="2021-05-27" oogo="2021-04-20"/>
  ]],

  cases = {
    {
      name = "OOGO en instemming voor de vaststelling: voldoet",
      expected = {
        status = "voldoet",
        values = { vastgesteld = "2021-06-10", oogo = "2021-04-20", instemming_opr = "2021-05-27" },
      },
    },
    {
      name = "OOGO en instemming op de dag van vaststelling: voldoet (niet erna)",
      change = { ["ondersteuningsplan/@oogo"] = "2021-06-10", ["ondersteuningsplan/@instemmingOPR"] = "2021-06-10" },
      expected = { status = "voldoet" },
    },
    {
      name = "OOGO een dag na de vaststelling: overtreding",
      change = { ["ondersteuningsplan/@oogo"] = "2021-06-11" },
      expected = {
        status = "overtreding",
        values = { oogo = "2021-06-11" },
        message = "overleg (OOGO) met de gemeenten was op 2021-06-11, na de vaststelling (art. 18a lid 9 WPO)",
      },
    },
    {
      name = "instemming OPR een dag na de vaststelling: overtreding",
      change = { ["ondersteuningsplan/@instemmingOPR"] = "2021-06-11" },
      expected = { status = "overtreding", message = "ondersteuningsplanraad (OPR) was op 2021-06-11, na de vaststelling (art. 14a WMS)" },
    },
    {
      name = "beide na de vaststelling: een overtreding die beide noemt",
      change = { ["ondersteuningsplan/@oogo"] = "2021-07-01", ["ondersteuningsplan/@instemmingOPR"] = "2021-07-02" },
      expected = { status = "overtreding", message = "2021-07-01, na de vaststelling (art. 18a lid 9 WPO) en de instemming" },
    },
    {
      name = "geen OOGO vermeld: overtreding",
      change = { ["ondersteuningsplan/@oogo"] = false },
      expected = {
        status = "overtreding",
        values = { oogo = "ontbreekt" },
        message = "noemt geen datum van het op overeenstemming gericht overleg",
      },
    },
    {
      name = "geen instemming OPR vermeld: overtreding",
      change = { ["ondersteuningsplan/@instemmingOPR"] = false },
      expected = { status = "overtreding", values = { instemming_opr = "ontbreekt" } },
    },
    {
      name = "VO: de overtreding noemt de WVO",
      sector = "VO",
      change = { ["ondersteuningsplan/@oogo"] = "2021-06-11" },
      expected = { status = "overtreding", message = "art. 17a lid 9 WVO" },
    },
    {
      name = "vaststellingsdatum ontbreekt: niet te beoordelen",
      change = { ["ondersteuningsplan/@vastgesteld"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "ondersteuningsplan/@vastgesteld" } },
    },
    {
      name = "geen ondersteuningsplan in het verslag: niet te beoordelen",
      change = { ["ondersteuningsplan"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "ondersteuningsplan/@vastgesteld" } },
    },
  },
}
