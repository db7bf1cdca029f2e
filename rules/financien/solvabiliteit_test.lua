-- Testgevallen voor FN-1 (solvabiliteit 2):
--   swvcheck rules test FN-1
-- In het document is (200.000,00 + 100.000,00) / 1.000.000,00 precies 0,30: de signaleringswaarde.
return {
  rule = "financien.solvabiliteit",
  jaar = 2023,
  document = [[
    <financien>
      <balans>
        <totaalActiva>1000000.00</totaalActiva>
        <eigenVermogen><totaal>200000.00</totaal></eigenVermogen>
        <voorzieningen>100000.00</voorzieningen>
      </balans>
    </financien>
  ]],

  cases = {
    {
      name = "precies op de signaleringswaarde 0,30: voldoet",
      expected = {
        status = "voldoet",
        values = { solvabiliteit = "0.30", signaleringswaarde = "0.30", totale_passiva = "1000000.00", afstand = "0.00" },
        params = { ["financien.solvabiliteit.signaleringswaarde"] = "0.30" },
        message = "eigen vermogen en voorzieningen liggen precies op het minimum € 300.000,00 dat de signaleringswaarde vraagt.",
      },
    },
    {
      name = "een cent eronder: signaal (de ratio toont afgerond 0,30)",
      change = { ["financien/balans/eigenVermogen/totaal"] = "199999.99" },
      expected = {
        status = "signaal",
        values = { solvabiliteit = "0.30", eigen_vermogen = "199999.99", afstand = "0.01", voldoet_bij = "300000.00" },
        message = "ligt onder de signaleringswaarde 0,30 (FN-1). Solvabiliteit voldoet vanaf € 0,01 meer eigen "
          .. "vermogen en voorzieningen (samen ten minste € 300.000,00 bij dezelfde totale passiva).",
      },
    },
    {
      name = "een cent erboven: voldoet, een cent boven het minimum",
      change = { ["financien/balans/eigenVermogen/totaal"] = "200000.01" },
      expected = {
        status = "voldoet",
        values = { afstand = "0.01" },
        message = "liggen € 0,01 boven het minimum € 300.000,00 dat de signaleringswaarde vraagt.",
      },
    },
    {
      name = "een cent minder passiva: boven de waarde, voldoet",
      change = { ["financien/balans/totaalActiva"] = "999999.99" },
      expected = { status = "voldoet" },
    },
    {
      name = "een cent meer passiva: onder de waarde, signaal",
      change = { ["financien/balans/totaalActiva"] = "1000000.01" },
      -- 0,30 × 1.000.000,01 = 300.000,003: het minimum rondt naar boven af op 300.000,01
      expected = { status = "signaal", values = { afstand = "0.01", voldoet_bij = "300000.01" } },
    },
    {
      name = "ruim onder de waarde: signaal met de ratio in twee decimalen",
      change = { ["financien/balans/eigenVermogen/totaal"] = "172500.00" },
      expected = { status = "signaal", values = { solvabiliteit = "0.27" }, message = "Solvabiliteit 2 is 0,27" },
    },
    {
      name = "negatief eigen vermogen: signaal met een negatieve ratio",
      change = { ["financien/balans/eigenVermogen/totaal"] = "-105210.35" },
      expected = { status = "signaal", values = { solvabiliteit = "-0.01" } },
    },
    {
      name = "balanstotaal nul: niet te beoordelen, noemt de noemer",
      change = { ["financien/balans/totaalActiva"] = "0.00" },
      expected = {
        status = "niet-te-beoordelen",
        values = { noemer = "financien/balans/totaalActiva", noemer_waarde = "0.00" },
        message = "de noemer financien/balans/totaalActiva is € 0,00",
      },
    },
    {
      name = "balanstotaal ontbreekt: niet te beoordelen",
      change = { ["financien/balans/totaalActiva"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/totaalActiva" } },
    },
    {
      name = "voorzieningen ontbreken: niet te beoordelen",
      change = { ["financien/balans/voorzieningen"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/voorzieningen" } },
    },
    {
      name = "eigen vermogen ontbreekt: niet te beoordelen",
      change = { ["financien/balans/eigenVermogen/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/eigenVermogen/totaal" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/balans/eigenVermogen/totaal"] = "199999.99" },
      expected = { status = "signaal" },
    },

    -- De signaleringswaarde geldt vanaf verslagjaar 2016.
    {
      name = "verslagjaar 2015: nog geen signaleringswaarde, geen bevinding",
      jaar = 2015,
      change = { ["financien/balans/eigenVermogen/totaal"] = "0.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2016: eerste jaar met de signaleringswaarde",
      jaar = 2016,
      change = { ["financien/balans/eigenVermogen/totaal"] = "199999.99" },
      expected = { status = "signaal", params = { ["financien.solvabiliteit.signaleringswaarde"] = "0.30" } },
    },
    {
      name = "een hogere waarde 0,35 vanaf 2024: verslag 2023 houdt 0,30",
      params = {
        ["financien.solvabiliteit.signaleringswaarde"] = {
          { from = "2016-01-01", value = "0.30" },
          { from = "2024-01-01", value = "0.35" },
        },
      },
      expected = { status = "voldoet", params = { ["financien.solvabiliteit.signaleringswaarde"] = "0.30" } },
    },
    {
      name = "een hogere waarde 0,35 vanaf 2024: verslag 2024 is een signaal",
      jaar = 2024,
      params = {
        ["financien.solvabiliteit.signaleringswaarde"] = {
          { from = "2016-01-01", value = "0.30" },
          { from = "2024-01-01", value = "0.35" },
        },
      },
      expected = { status = "signaal", values = { signaleringswaarde = "0.35" } },
    },
  },
}
