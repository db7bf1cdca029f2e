-- Testgevallen voor ZP-1 zoals het jaarverslag het samenvat (thuiszitters langer dan drie
-- maanden zonder aanbod):
--   swvcheck rules test ZP-1
return {
  rule = "zorgplicht.thuiszitters-jaarverslag",
  jaar = 2023,
  document = [[
    <thuiszitters peildatum="2023-10-01">
      <totaal>14</totaal>
      <langerDanDrieMaandenZonderAanbod>0</langerDanDrieMaandenZonderAanbod>
    </thuiszitters>
    <leerlingen peildatum="2023-10-01"><totaal>4321</totaal></leerlingen>
  ]],

  cases = {
    {
      name = "geen kind langer dan drie maanden thuis: voldoet",
      expected = {
        status = "voldoet",
        values = { aantal = 0, peildatum = "2023-10-01", maximum_maanden = 3 },
        params = { ["zorgplicht.thuiszitters.maximum-maanden"] = "3" },
      },
    },
    {
      name = "één kind langer dan drie maanden thuis: signaal",
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 1 },
      expected = { status = "signaal", values = { aantal = 1 }, message = "1 kind langer dan 3 maanden" },
    },
    {
      name = "drie kinderen: signaal in het meervoud",
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 3 },
      expected = { status = "signaal", values = { aantal = 3 }, message = "3 kinderen" },
    },
    {
      name = "zonder peildatum geldt het einde van het verslagjaar",
      change = { ["thuiszitters/@peildatum"] = false },
      expected = { status = "voldoet", values = { peildatum = "2023-12-31" } },
    },
    {
      name = "kengetal thuiszitters per 1.000 leerlingen: 14 / 4321 × 1000 = 3,239... -> 3.24",
      expected = { status = "voldoet", values = { thuiszitters_per_1000 = "3.24" } },
    },
    {
      name = "kengetal afronding half naar boven: 1 / 8000 × 1000 = 0,125 -> 0.13",
      change = { ["thuiszitters/totaal"] = 1, ["leerlingen/totaal"] = 8000 },
      expected = { status = "voldoet", values = { thuiszitters_per_1000 = "0.13" } },
    },
    {
      name = "kengetal zonder leerlingen: afwezig met reden, het oordeel blijft",
      change = { ["leerlingen/totaal"] = false },
      expected = {
        status = "voldoet",
        values = { thuiszitters_per_1000_reden = "leerlingen/totaal ontbreekt" },
      },
    },
    {
      name = "kengetal met nul leerlingen: afwezig met reden, nooit 0",
      change = { ["leerlingen/totaal"] = 0 },
      expected = {
        status = "voldoet",
        values = { thuiszitters_per_1000_reden = "thuiszitters/totaal is 14 en leerlingen/totaal is 0: niet te berekenen" },
      },
    },
    {
      name = "aantal zonder aanbod ontbreekt: niet te beoordelen",
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "thuiszitters/langerDanDrieMaandenZonderAanbod" },
      },
    },
    {
      name = "geen thuiszittersoverzicht: niet te beoordelen",
      change = { ["thuiszitters"] = false },
      expected = { status = "niet-te-beoordelen" },
    },
    {
      name = "negatief aantal: niet te beoordelen",
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = -1 },
      expected = { status = "niet-te-beoordelen", values = { aantal = -1 } },
    },

    -- Het Thuiszitterspact geldt vanaf 2016-08-01 (parameter zorgplicht.thuiszitters.maximum-maanden).
    {
      name = "verslagjaar 2015: het pact gold nog niet",
      jaar = 2015,
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 5 },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2016: het pact geldt op de peildatum 2016-12-31",
      jaar = 2016,
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 5 },
      expected = { status = "signaal" },
    },
    {
      name = "een ander maximum in de parameter staat in de melding",
      params = { ["zorgplicht.thuiszitters.maximum-maanden"] = 2 },
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 2 },
      expected = { status = "signaal", values = { maximum_maanden = 2 }, message = "langer dan 2 maanden" },
    },
  },
}
