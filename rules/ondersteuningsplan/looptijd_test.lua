-- Testgevallen voor OP-1 (looptijd van het ondersteuningsplan):
--   swvcheck rules test OP-1
-- Het plan hieronder loopt precies vier jaar (2021-08-01 tot en met 2025-07-31) en dekt
-- verslagjaar 2023 helemaal.
return {
  rule = "ondersteuningsplan.looptijd",
  jaar = 2023,
  document = [[
    <ondersteuningsplan vanaf="2021-08-01" totEnMet="2025-07-31" vastgesteld="2021-06-10"
                        instemmingOPR="2021-05-27" oogo="2021-04-20"/>
  ]],

  cases = {
    {
      name = "precies vier jaar en het verslagjaar gedekt: voldoet",
      expected = {
        status = "voldoet",
        values = { uiterlijk_tot_en_met = "2025-07-31", dekt_verslagjaar = true, te_lang = false, afstand_dagen = 0 },
        params = { ["ondersteuningsplan.looptijd.maximum-maanden"] = 48 },
      },
    },
    {
      name = "vier jaar en een dag: overtreding",
      change = { ["ondersteuningsplan/@totEnMet"] = "2025-08-01" },
      expected = {
        status = "overtreding",
        values = { te_lang = true, dekt_verslagjaar = true, afstand_dagen = 1 },
        message = "langer dan 48 maanden (uiterlijk tot en met 2025-07-31)",
      },
    },
    {
      name = "vier jaar min een dag: voldoet, een dag binnen de termijn",
      change = { ["ondersteuningsplan/@totEnMet"] = "2025-07-30" },
      expected = { status = "voldoet", values = { te_lang = false, afstand_dagen = 1 } },
    },
    {
      name = "vijf jaar: overtreding",
      change = { ["ondersteuningsplan/@vanaf"] = "2020-08-01" },
      expected = { status = "overtreding", values = { te_lang = true }, message = "art. 18a WPO" },
    },
    {
      name = "begint op 1 januari van het verslagjaar: voldoet",
      change = { ["ondersteuningsplan/@vanaf"] = "2023-01-01", ["ondersteuningsplan/@totEnMet"] = "2026-12-31" },
      expected = { status = "voldoet", values = { dekt_verslagjaar = true } },
    },
    {
      name = "begint op 2 januari van het verslagjaar: overtreding",
      change = { ["ondersteuningsplan/@vanaf"] = "2023-01-02", ["ondersteuningsplan/@totEnMet"] = "2026-12-31" },
      expected = { status = "overtreding", values = { dekt_verslagjaar = false }, message = "geen plan dekt 2023-01-01 (1 dag) van verslagjaar 2023" },
    },
    {
      name = "eindigt op 31 december van het verslagjaar: voldoet",
      change = { ["ondersteuningsplan/@vanaf"] = "2020-01-01", ["ondersteuningsplan/@totEnMet"] = "2023-12-31" },
      expected = { status = "voldoet" },
    },
    {
      name = "eindigt op 30 december van het verslagjaar: overtreding",
      change = { ["ondersteuningsplan/@vanaf"] = "2020-01-01", ["ondersteuningsplan/@totEnMet"] = "2023-12-30" },
      expected = { status = "overtreding", values = { dekt_verslagjaar = false }, message = "geen plan dekt 2023-12-31 (1 dag)" },
    },
    {
      name = "verlopen plan (2014-2018) in verslagjaar 2019: overtreding",
      jaar = 2019,
      change = { ["ondersteuningsplan/@vanaf"] = "2014-08-01", ["ondersteuningsplan/@totEnMet"] = "2018-07-31" },
      expected = { status = "overtreding", values = { dekt_verslagjaar = false, te_lang = false } },
    },
    {
      name = "schrikkeldag: vier jaar vanaf 2020-02-29 eindigt uiterlijk 2024-02-28",
      jaar = 2022,
      change = { ["ondersteuningsplan/@vanaf"] = "2020-02-29", ["ondersteuningsplan/@totEnMet"] = "2024-02-29" },
      expected = { status = "overtreding", values = { uiterlijk_tot_en_met = "2024-02-28", te_lang = true } },
    },
    {
      name = "einddatum voor de begindatum: overtreding",
      change = { ["ondersteuningsplan/@vanaf"] = "2023-01-01", ["ondersteuningsplan/@totEnMet"] = "2022-12-31" },
      expected = { status = "overtreding", message = "bij het plan van 2023-01-01 tot en met 2022-12-31 ligt de einddatum voor de begindatum" },
    },
    {
      name = "begindatum ontbreekt: niet te beoordelen",
      change = { ["ondersteuningsplan/@vanaf"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "ondersteuningsplan/@vanaf" } },
    },
    {
      name = "geen ondersteuningsplan in het verslag: niet te beoordelen",
      change = { ["ondersteuningsplan"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "ondersteuningsplan/@vanaf, ondersteuningsplan/@totEnMet" },
      },
    },

    -- Een jaar waarin een nieuw plan begint: het oude plan tot 31 juli, het nieuwe vanaf 1 augustus.
    {
      name = "twee plannen in 2022 (2018-08-01..2022-07-31 en 2022-08-01..2026-07-31): voldoet",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-31" vastgesteld="2018-06-01"
                            instemmingOPR="2018-05-15" oogo="2018-04-10"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31" vastgesteld="2022-06-01"
                            instemmingOPR="2022-05-15" oogo="2022-04-10"/>
      ]],
      expected = {
        status = "voldoet",
        values = { plannen = 2, dekt_verslagjaar = true, te_lang = false,
          looptijden = "2018-08-01 tot en met 2022-07-31, 2022-08-01 tot en met 2026-07-31" },
        message = "samen dekken ze verslagjaar 2022 zonder gat",
      },
    },
    {
      name = "twee plannen met een gat van een dag (31 juli 2022): overtreding die de dag noemt",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-30"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31"/>
      ]],
      expected = {
        status = "overtreding",
        values = { dekt_verslagjaar = false, niet_gedekt = "2022-07-31 (1 dag)", te_lang = false },
        message = "geen plan dekt 2022-07-31 (1 dag) van verslagjaar 2022",
      },
    },
    {
      name = "één plan dat in augustus begint, zonder eerder plan: een gat van 1 januari tot 31 juli",
      jaar = 2022,
      document = [[<ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31"/>]],
      expected = {
        status = "overtreding",
        values = { niet_gedekt = "2022-01-01 tot en met 2022-07-31 (212 dagen)" },
        message = "geen plan dekt 2022-01-01 tot en met 2022-07-31 (212 dagen) van verslagjaar 2022",
      },
    },
    {
      name = "twee plannen die elkaar overlappen dekken het jaar: voldoet",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31"/>
        <ondersteuningsplan vanaf="2018-10-01" totEnMet="2022-09-30"/>
      ]],
      expected = { status = "voldoet", values = { dekt_verslagjaar = true } },
    },
    {
      name = "twee plannen, het oude langer dan vier jaar: overtreding die het plan noemt",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2017-08-01" totEnMet="2022-07-31"/>
        <ondersteuningsplan vanaf="2022-08-01" totEnMet="2026-07-31"/>
      ]],
      expected = {
        status = "overtreding",
        values = { te_lang = true, dekt_verslagjaar = true },
        message = "het plan van 2017-08-01 tot en met 2022-07-31 loopt langer dan 48 maanden (uiterlijk tot en met 2021-07-31)",
      },
    },
    {
      name = "twee plannen, van het tweede ontbreekt de begindatum: niet te beoordelen",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2018-08-01" totEnMet="2022-07-31"/>
        <ondersteuningsplan totEnMet="2026-07-31"/>
      ]],
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "ondersteuningsplan[2]/@vanaf" } },
    },
    {
      name = "een datum ontbreekt, maar een ander plan is te lang: toch een overtreding",
      jaar = 2022,
      document = [[
        <ondersteuningsplan vanaf="2016-08-01" totEnMet="2022-07-31"/>
        <ondersteuningsplan totEnMet="2026-07-31"/>
      ]],
      expected = { status = "overtreding", message = "ontbreekt in het jaarverslag: ondersteuningsplan[2]/@vanaf" },
    },
    {
      name = "VO: de overtreding noemt de WVO",
      sector = "VO",
      change = { ["ondersteuningsplan/@vanaf"] = "2020-08-01" },
      expected = { status = "overtreding", message = "art. 17a WVO" },
    },

    -- De eis geldt vanaf de Wet passend onderwijs (1 augustus 2014).
    {
      name = "verslagjaar 2013: de norm geldt vanaf 2014-08-01, geen bevinding",
      jaar = 2013,
      change = { ["ondersteuningsplan/@vanaf"] = "2010-08-01", ["ondersteuningsplan/@totEnMet"] = "2013-07-31" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2014: eerste jaar met de eis",
      jaar = 2014,
      change = { ["ondersteuningsplan/@vanaf"] = "2014-08-01", ["ondersteuningsplan/@totEnMet"] = "2018-07-31" },
      expected = { status = "overtreding", values = { dekt_verslagjaar = false, te_lang = false } },
    },
    {
      name = "een langere looptijd vanaf 2024: verslag 2023 houdt vier jaar",
      params = {
        ["ondersteuningsplan.looptijd.maximum-maanden"] = {
          { from = "2014-08-01", value = 48 },
          { from = "2024-01-01", value = 60 },
        },
      },
      change = { ["ondersteuningsplan/@vanaf"] = "2020-08-01" },
      expected = { status = "overtreding", params = { ["ondersteuningsplan.looptijd.maximum-maanden"] = 48 } },
    },
    {
      name = "een langere looptijd vanaf 2024: verslag 2024 krijgt vijf jaar",
      jaar = 2024,
      params = {
        ["ondersteuningsplan.looptijd.maximum-maanden"] = {
          { from = "2014-08-01", value = 48 },
          { from = "2024-01-01", value = 60 },
        },
      },
      change = { ["ondersteuningsplan/@vanaf"] = "2020-08-01" },
      expected = { status = "voldoet", values = { uiterlijk_tot_en_met = "2025-07-31" } },
    },
  },
}
