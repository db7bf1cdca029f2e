-- Testgevallen voor WN-1 (bezoldiging topfunctionarissen binnen het WNT-maximum):
--   swvcheck rules test WN-1
-- Per topfunctionaris geeft de regel twee bevindingen: de bezoldiging tegen het individueel
-- toepasselijke maximum (subject topfunctionaris-N/bezoldiging) en het bezoldigingsmaximum in
-- het verslag tegen dat maximum (subject topfunctionaris-N/bezoldigingsmaximum).
-- In het document: klasse C in 2022 (€ 154.000,00), 1,0 fte, bezoldiging precies op het maximum.
-- Het algemene WNT-maximum (klasse G): 2021 € 209.000, 2022 € 216.000, 2023 € 223.000.
local B = "topfunctionaris-1/bezoldiging"
local M = "topfunctionaris-1/bezoldigingsmaximum"

return {
  rule = "wnt.bezoldiging",
  jaar = 2022,
  document = [[
    <wnt>
      <topfunctionaris naam="J. Jansen" functie="directeur-bestuurder" fte="1.0"
                       bezoldiging="154000.00" bezoldigingsmaximum="154000.00" klasse="C"/>
    </wnt>
  ]],

  cases = {
    {
      name = "bezoldiging precies op het maximum: voldoet, en het opgegeven maximum klopt",
      expected = {
        {
          subject = B,
          status = "voldoet",
          values = { klasse = "C", klassemaximum = "154000.00", fte = "1.0", individueel_maximum = "154000.00", verschil = "0.00", afstand = "0.00" },
          params = { ["wnt.bezoldigingsmaximum.klasse-c"] = "154000.00" },
          message = "(WN-1): precies op het maximum.",
        },
        { subject = M, status = "voldoet", values = { bezoldigingsmaximum = "154000.00", verschil = "0.00", afstand = "0.00" } },
      },
    },
    {
      name = "een cent boven het maximum: overtreding",
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "154000.01" },
      expected = {
        {
          subject = B,
          status = "overtreding",
          values = { bezoldiging = "154000.01", verschil = "0.01", afstand = "0.01", voldoet_bij = "154000.00" },
          message = "ligt € 0,01 boven het individueel toepasselijke maximum € 154.000,00 (klasse C in 2022: "
            .. "€ 154.000,00 × 1.0 fte) (WN-1, WNT). Voldoet bij een bezoldiging van ten hoogste € 154.000,00.",
        },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "een cent onder het maximum: voldoet, een cent eronder",
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "153999.99" },
      expected = {
        { subject = B, status = "voldoet", values = { verschil = "-0.01", afstand = "0.01" },
          message = "(WN-1): € 0,01 onder het maximum." },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "opgegeven maximum een cent te hoog: signaal",
      change = { ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "154000.01" },
      expected = {
        { subject = B, status = "voldoet" },
        { subject = M, status = "signaal", values = { verschil = "0.01", afstand = "0.01", voldoet_bij = "154000.00" },
          message = "wijkt € 0,01 af van het individueel toepasselijke maximum € 154.000,00 (klasse C in 2022: "
            .. "€ 154.000,00 × 1.0 fte) (WN-1). Voldoet bij een opgegeven bezoldigingsmaximum van € 154.000,00." },
      },
    },
    {
      name = "opgegeven maximum een cent te laag: signaal",
      change = { ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "153999.99" },
      expected = { subject = M, status = "signaal", values = { verschil = "-0.01", afstand = "0.01", voldoet_bij = "154000.00" } },
    },
    {
      name = "deeltijd: 0,9 fte in klasse D 2020 is € 141.300,00; het volle klassemaximum opgegeven: signaal",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@fte"] = "0.9",
        ["wnt/topfunctionaris/@bezoldiging"] = "139500.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "157000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { individueel_maximum = "141300.00", klassemaximum = "157000.00" } },
        { subject = M, status = "signaal", values = { verschil = "15700.00" }, message = "€ 157.000,00 × 0.9 fte" },
      },
    },
    {
      name = "deeltijd: een cent boven 0,9 × het klassemaximum is een overtreding",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@fte"] = "0.9",
        ["wnt/topfunctionaris/@bezoldiging"] = "141300.01",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "141300.00",
      },
      expected = {
        { subject = B, status = "overtreding", values = { verschil = "0.01" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "meer dan 1,0 fte verhoogt het maximum niet",
      change = { ["wnt/topfunctionaris/@fte"] = "1.2", ["wnt/topfunctionaris/@bezoldiging"] = "160000.00" },
      expected = {
        { subject = B, status = "overtreding", values = { individueel_maximum = "154000.00", fte = "1.2" },
          message = "de omvang 1.2 fte geteld als 1.0" },
        { subject = M, status = "voldoet" },
      },
    },

    -- De tabel per jaar: 2018, 2019, 2020 en 2022; 2021 en vanaf 2023 geen tabel.
    {
      name = "dezelfde bezoldiging € 150.000,00 in 2020 (klasse C € 143.000,00): overtreding",
      jaar = 2020,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "150000.00", ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "143000.00" },
      expected = {
        { subject = B, status = "overtreding", params = { ["wnt.bezoldigingsmaximum.klasse-c"] = "143000.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "dezelfde bezoldiging € 150.000,00 in 2022 (klasse C € 154.000,00): voldoet",
      jaar = 2022,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "150000.00" },
      expected = { subject = B, status = "voldoet", params = { ["wnt.bezoldigingsmaximum.klasse-c"] = "154000.00" } },
    },
    {
      name = "2019 klasse C € 138.000,00: een cent erboven is een overtreding",
      jaar = 2019,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "138000.01", ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "138000.00" },
      expected = { subject = B, status = "overtreding", values = { klassemaximum = "138000.00", verschil = "0.01" } },
    },
    {
      name = "2018 klasse C € 133.000,00: precies erop voldoet",
      jaar = 2018,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "133000.00", ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "133000.00" },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "133000.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "2021: geen tabel, niet te beoordelen en geen oordeel over het opgegeven maximum",
      jaar = 2021,
      expected = {
        {
          subject = B,
          status = "niet-te-beoordelen",
          message = "er is geen tabel met bezoldigingsmaxima voor 2021 bekend (klasse C)",
          params = { ["wnt.bezoldigingsmaximum.klasse-c"] = "geen waarde op 2021-12-31" },
        },
        { subject = M, status = "niet-van-toepassing" },
      },
    },
    {
      name = "2023: geen tabel en niet boven het algemene maximum, niet te beoordelen",
      jaar = 2023,
      expected = { subject = B, status = "niet-te-beoordelen", message = "geen tabel met bezoldigingsmaxima voor 2023" },
    },
    {
      name = "2017: de norm geldt vanaf 2018-01-01 (de eerste tabel), geen bevinding",
      jaar = 2017,
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "klasse G is het algemene WNT-maximum: 2022 € 216.000,00, opgegeven € 154.000,00 wijkt af",
      change = { ["wnt/topfunctionaris/@klasse"] = "G" },
      expected = {
        { subject = B, status = "voldoet", values = { klasse = "G", klassemaximum = "216000.00" },
          params = { ["wnt.bezoldigingsmaximum.algemeen"] = "216000.00" } },
        { subject = M, status = "signaal", values = { verschil = "-62000.00" }, message = "het algemene WNT-maximum" },
      },
    },
    {
      name = "klasse G in 2023 (geen klassentabel): het algemene maximum € 223.000,00, een cent erboven is een overtreding",
      jaar = 2023,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "G",
        ["wnt/topfunctionaris/@bezoldiging"] = "223000.01",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "223000.00",
      },
      expected = {
        { subject = B, status = "overtreding", values = { klassemaximum = "223000.00", verschil = "0.01" } },
        { subject = M, status = "voldoet" },
      },
    },

    -- Zonder klassentabel (2021, vanaf 2023) begrenst het algemene WNT-maximum × fte elke klasse.
    {
      name = "2023, 1,0 fte, € 223.000,01: boven het algemene maximum, overtreding",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "223000.01" },
      expected = {
        { subject = B, status = "overtreding",
          values = { algemeen_maximum = "223000.00", fte = "1.0", grens = "223000.00", verschil = "0.01", afstand = "0.01" },
          params = { ["wnt.bezoldigingsmaximum.algemeen"] = "223000.00" },
          message = "ligt € 0,01 boven het algemene WNT-maximum × fte € 223.000,00 (algemeen WNT-maximum 2023: € 223.000,00 × 1.0 fte)" },
        { subject = M, status = "niet-van-toepassing" },
      },
    },
    {
      name = "2023, 1,0 fte, € 223.000,00: niet boven het algemene maximum, niet te beoordelen (geen klassentabel)",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "223000.00" },
      expected = {
        { subject = B, status = "niet-te-beoordelen", values = { grens = "223000.00" },
          message = "er is geen tabel met bezoldigingsmaxima voor 2023 bekend (klasse C); de bezoldiging € 223.000,00 ligt niet boven het algemene WNT-maximum × fte € 223.000,00" },
        { subject = M, status = "niet-van-toepassing" },
      },
    },
    {
      name = "2023, 0,8 fte, € 222.999,99: onder € 223.000 maar boven 0,8 × € 223.000 = € 178.400, overtreding",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@fte"] = "0.8", ["wnt/topfunctionaris/@bezoldiging"] = "222999.99" },
      expected = { subject = B, status = "overtreding", values = { fte = "0.8", grens = "178400.00", verschil = "44599.99" } },
    },
    {
      name = "2023, 0,8 fte, € 223.000,01: overtreding",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@fte"] = "0.8", ["wnt/topfunctionaris/@bezoldiging"] = "223000.01" },
      expected = { subject = B, status = "overtreding", values = { grens = "178400.00", verschil = "44600.01" } },
    },
    {
      name = "2023, 0,8 fte, € 178.400,00: precies op 0,8 × het algemene maximum, niet te beoordelen",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@fte"] = "0.8", ["wnt/topfunctionaris/@bezoldiging"] = "178400.00" },
      expected = { subject = B, status = "niet-te-beoordelen", values = { grens = "178400.00" },
        message = "geen tabel met bezoldigingsmaxima voor 2023" },
    },
    {
      name = "2023, 0,8 fte, € 178.400,01: een cent boven 0,8 × het algemene maximum, overtreding",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@fte"] = "0.8", ["wnt/topfunctionaris/@bezoldiging"] = "178400.01" },
      expected = { subject = B, status = "overtreding", values = { verschil = "0.01" } },
    },
    {
      name = "2023, 1,2 fte telt als 1,0: € 223.000,01 is een overtreding, € 223.000,00 niet",
      jaar = 2023,
      change = { ["wnt/topfunctionaris/@fte"] = "1.2", ["wnt/topfunctionaris/@bezoldiging"] = "223000.01" },
      expected = { subject = B, status = "overtreding", values = { grens = "223000.00" },
        message = "de omvang 1.2 fte geteld als 1.0" },
    },
    {
      name = "2021 (geen klassentabel): boven het algemene maximum € 209.000,00 is een overtreding",
      jaar = 2021,
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "209000.01" },
      expected = { subject = B, status = "overtreding", values = { algemeen_maximum = "209000.00" } },
    },
    {
      name = "klasse ontbreekt, maar boven het algemene maximum × fte: overtreding",
      change = { ["wnt/topfunctionaris/@klasse"] = false, ["wnt/topfunctionaris/@bezoldiging"] = "216000.01" },
      expected = { subject = B, status = "overtreding", message = "ontbreekt in het jaarverslag: wnt/topfunctionaris[1]/@klasse" },
    },
    {
      name = "onbekende klasse: niet te beoordelen",
      change = { ["wnt/topfunctionaris/@klasse"] = "H" },
      expected = { subject = B, status = "niet-te-beoordelen", message = "onbekende WNT-klasse 'H'" },
    },

    -- De hele tabel uit norms.md: per jaar en klasse voldoet een bezoldiging van precies het maximum.
    {
      name = "tabel 2018, klasse A: € 111.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "A",
        ["wnt/topfunctionaris/@bezoldiging"] = "111000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "111000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "111000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2018, klasse B: € 122.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "B",
        ["wnt/topfunctionaris/@bezoldiging"] = "122000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "122000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "122000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2018, klasse C: € 133.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "C",
        ["wnt/topfunctionaris/@bezoldiging"] = "133000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "133000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "133000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2018, klasse D: € 146.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@bezoldiging"] = "146000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "146000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "146000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2018, klasse E: € 158.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "E",
        ["wnt/topfunctionaris/@bezoldiging"] = "158000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "158000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "158000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2018, klasse F: € 171.000,00",
      jaar = 2018,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "F",
        ["wnt/topfunctionaris/@bezoldiging"] = "171000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "171000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "171000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse A: € 115.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "A",
        ["wnt/topfunctionaris/@bezoldiging"] = "115000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "115000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "115000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse B: € 127.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "B",
        ["wnt/topfunctionaris/@bezoldiging"] = "127000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "127000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "127000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse C: € 138.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "C",
        ["wnt/topfunctionaris/@bezoldiging"] = "138000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "138000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "138000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse D: € 152.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@bezoldiging"] = "152000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "152000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "152000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse E: € 164.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "E",
        ["wnt/topfunctionaris/@bezoldiging"] = "164000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "164000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "164000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2019, klasse F: € 177.000,00",
      jaar = 2019,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "F",
        ["wnt/topfunctionaris/@bezoldiging"] = "177000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "177000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "177000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse A: € 119.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "A",
        ["wnt/topfunctionaris/@bezoldiging"] = "119000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "119000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "119000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse B: € 132.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "B",
        ["wnt/topfunctionaris/@bezoldiging"] = "132000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "132000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "132000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse C: € 143.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "C",
        ["wnt/topfunctionaris/@bezoldiging"] = "143000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "143000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "143000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse D: € 157.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@bezoldiging"] = "157000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "157000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "157000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse E: € 170.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "E",
        ["wnt/topfunctionaris/@bezoldiging"] = "170000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "170000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "170000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2020, klasse F: € 183.000,00",
      jaar = 2020,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "F",
        ["wnt/topfunctionaris/@bezoldiging"] = "183000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "183000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "183000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse A: € 128.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "A",
        ["wnt/topfunctionaris/@bezoldiging"] = "128000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "128000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "128000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse B: € 143.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "B",
        ["wnt/topfunctionaris/@bezoldiging"] = "143000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "143000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "143000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse C: € 154.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "C",
        ["wnt/topfunctionaris/@bezoldiging"] = "154000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "154000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "154000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse D: € 168.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "D",
        ["wnt/topfunctionaris/@bezoldiging"] = "168000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "168000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "168000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse E: € 183.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "E",
        ["wnt/topfunctionaris/@bezoldiging"] = "183000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "183000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "183000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "tabel 2022, klasse F: € 196.000,00",
      jaar = 2022,
      change = {
        ["wnt/topfunctionaris/@klasse"] = "F",
        ["wnt/topfunctionaris/@bezoldiging"] = "196000.00",
        ["wnt/topfunctionaris/@bezoldigingsmaximum"] = "196000.00",
      },
      expected = {
        { subject = B, status = "voldoet", values = { klassemaximum = "196000.00", verschil = "0.00" } },
        { subject = M, status = "voldoet" },
      },
    },

    -- Ontbrekende gegevens.
    {
      name = "fte ontbreekt: niet te beoordelen",
      change = { ["wnt/topfunctionaris/@fte"] = false },
      expected = { subject = B, status = "niet-te-beoordelen", values = { ontbreekt = "wnt/topfunctionaris[1]/@fte" } },
    },
    {
      name = "klasse ontbreekt: niet te beoordelen",
      change = { ["wnt/topfunctionaris/@klasse"] = false },
      expected = { subject = B, status = "niet-te-beoordelen", values = { ontbreekt = "wnt/topfunctionaris[1]/@klasse" } },
    },
    {
      name = "bezoldiging ontbreekt: niet te beoordelen; het opgegeven maximum wordt wel beoordeeld",
      change = { ["wnt/topfunctionaris/@bezoldiging"] = false },
      expected = {
        { subject = B, status = "niet-te-beoordelen", values = { ontbreekt = "wnt/topfunctionaris[1]/@bezoldiging" } },
        { subject = M, status = "voldoet" },
      },
    },
    {
      name = "opgegeven maximum ontbreekt: dat deel is niet te beoordelen",
      change = { ["wnt/topfunctionaris/@bezoldigingsmaximum"] = false },
      expected = {
        { subject = B, status = "voldoet" },
        { subject = M, status = "niet-te-beoordelen", values = { ontbreekt = "wnt/topfunctionaris[1]/@bezoldigingsmaximum" } },
      },
    },
    {
      name = "geen topfunctionarissen in het verslag: niet te beoordelen",
      change = { ["wnt"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "wnt/topfunctionaris" } },
    },
    {
      name = "twee topfunctionarissen: elk eigen bevindingen",
      document = [[
        <wnt>
          <topfunctionaris naam="J. Jansen" functie="directeur-bestuurder" fte="1.0"
                           bezoldiging="154000.00" bezoldigingsmaximum="154000.00" klasse="C"/>
          <topfunctionaris naam="K. de Boer" functie="interim-directeur" fte="0.5"
                           bezoldiging="77000.01" bezoldigingsmaximum="77000.00" klasse="C"/>
        </wnt>
      ]],
      expected = {
        { subject = B, status = "voldoet" },
        { subject = "topfunctionaris-2/bezoldiging", status = "overtreding",
          values = { individueel_maximum = "77000.00" }, message = "K. de Boer (interim-directeur)" },
        { subject = "topfunctionaris-2/bezoldigingsmaximum", status = "voldoet" },
      },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["wnt/topfunctionaris/@bezoldiging"] = "154000.01" },
      expected = { subject = B, status = "overtreding" },
    },
  },
}
