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
      name = "geen OOGO vermeld: niet te beoordelen (een ontbrekende datum is nooit een overtreding)",
      change = { ["ondersteuningsplan/@oogo"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { oogo = "ontbreekt", ontbreekt = "ondersteuningsplan/@oogo" },
        message = "ontbreekt in het jaarverslag: ondersteuningsplan/@oogo",
      },
    },
    {
      name = "geen instemming OPR vermeld: niet te beoordelen",
      change = { ["ondersteuningsplan/@instemmingOPR"] = false },
      expected = { status = "niet-te-beoordelen", values = { instemming_opr = "ontbreekt" } },
    },
    {
      name = "OOGO ontbreekt en instemming na de vaststelling: overtreding die ook het ontbrekende noemt",
      change = { ["ondersteuningsplan/@oogo"] = false, ["ondersteuningsplan/@instemmingOPR"] = "2021-06-11" },
      expected = {
        status = "overtreding",
        values = { ontbreekt = "ondersteuningsplan/@oogo" },
        message = "niet te beoordelen, ontbreekt in het jaarverslag: ondersteuningsplan/@oogo",
      },
    },

    -- Elk plan in het verslag wordt beoordeeld (een jaar waarin een nieuw plan begint).
    {
      name = "twee plannen, beide in orde: voldoet en noemt beide",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-31" vastgesteld="2018-06-01"
                            instemmingOPR="2018-05-15" oogo="2018-04-10"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31" vastgesteld="2022-06-01"
                            instemmingOPR="2022-05-15" oogo="2022-04-10"/>
      ]],
      expected = {
        status = "voldoet",
        values = { plannen = 2, vastgesteld_1 = "2018-06-01", oogo_2 = "2022-04-10", instemming_opr_2 = "2022-05-15" },
        message = "het plan van 2018-08-01 tot en met 2022-07-31 (vastgesteld op 2018-06-01; OOGO 2018-04-10, instemming OPR 2018-05-15) en het plan van 2022-08-01",
      },
    },
    {
      name = "twee plannen, bij het oude lag de instemming na de vaststelling: overtreding die dat plan noemt",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-31" vastgesteld="2018-06-01"
                            instemmingOPR="2018-06-02" oogo="2018-04-10"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31" vastgesteld="2022-06-01"
                            instemmingOPR="2022-05-15" oogo="2022-04-10"/>
      ]],
      expected = {
        status = "overtreding",
        values = { instemming_opr_1 = "2018-06-02" },
        message = "Het plan van 2018-08-01 tot en met 2022-07-31 is vastgesteld op 2018-06-01, maar de instemming van de ondersteuningsplanraad (OPR) was op 2018-06-02",
      },
    },
    {
      name = "twee plannen, bij het nieuwe ontbreekt het OOGO: niet te beoordelen voor dat plan",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-31" vastgesteld="2018-06-01"
                            instemmingOPR="2018-05-15" oogo="2018-04-10"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31" vastgesteld="2022-06-01"
                            instemmingOPR="2022-05-15"/>
      ]],
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "ondersteuningsplan[2]/@oogo" } },
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
