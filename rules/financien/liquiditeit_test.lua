-- Testgevallen voor FN-2 (liquiditeit, current ratio):
--   swvcheck rules test FN-2
-- In het document is (250.000,00 + 500.000,00) / 1.000.000,00 precies 0,75. Met baten van
-- 20.000.000,00 valt het samenwerkingsverband in 2023 in de klasse boven 12 tot en met 25 mln,
-- met signaleringswaarde 0,75.
--   t/m 2020:   0,75 voor elke grootte
--   2021:       t/m 3 mln 1,5 | t/m 12 mln 1,0 | daarboven 0,75
--   vanaf 2022: t/m 3 mln 1,5 | t/m 12 mln 1,0 | t/m 25 mln 0,75 | daarboven 0,5
return {
  rule = "financien.liquiditeit",
  jaar = 2023,
  document = [[
    <financien>
      <balans>
        <vorderingen>250000.00</vorderingen>
        <liquideMiddelen>500000.00</liquideMiddelen>
        <kortlopendeSchulden>1000000.00</kortlopendeSchulden>
      </balans>
      <baten><totaal>20000000.00</totaal></baten>
    </financien>
  ]],

  cases = {
    {
      name = "precies op de signaleringswaarde 0,75: voldoet",
      expected = {
        status = "voldoet",
        values = {
          liquiditeit = "0.75",
          signaleringswaarde = "0.75",
          klasse = 3,
          vlottende_activa = "750000.00",
          kortlopende_schulden = "1000000.00",
          baten = "20000000.00",
          afstand = "0.00",
        },
        params = {
          ["financien.liquiditeit.klassegrens-3"] = "25000000.00",
          ["financien.liquiditeit.signaleringswaarde-3"] = "0.75",
        },
        message = "signaleringswaarde 0,75 voor baten boven € 12.000.000,00 tot en met € 25.000.000,00",
      },
    },
    {
      name = "een cent eronder: signaal",
      change = { ["financien/balans/liquideMiddelen"] = "499999.99" },
      expected = {
        status = "signaal",
        values = { liquiditeit = "0.75", vlottende_activa = "749999.99", afstand = "0.01", voldoet_bij = "750000.00" },
        message = "Liquiditeit voldoet vanaf € 0,01 meer vlottende activa (ten minste € 750.000,00 bij "
          .. "dezelfde kortlopende schulden).",
      },
    },
    {
      name = "een cent erboven: voldoet, een cent boven het minimum",
      change = { ["financien/balans/liquideMiddelen"] = "500000.01" },
      expected = {
        status = "voldoet",
        values = { afstand = "0.01" },
        message = "de vlottende activa liggen € 0,01 boven het minimum € 750.000,00 dat de signaleringswaarde vraagt.",
      },
    },
    {
      name = "ruim eronder: voldoet vanaf € 41.000,00 meer vlottende activa",
      change = { ["financien/balans/liquideMiddelen"] = "459000.00" },
      expected = {
        status = "signaal",
        values = { afstand = "41000.00", voldoet_bij = "750000.00" },
        message = "Liquiditeit voldoet vanaf € 41.000,00 meer vlottende activa",
      },
    },
    {
      name = "een cent meer kortlopende schulden: signaal",
      change = { ["financien/balans/kortlopendeSchulden"] = "1000000.01" },
      -- 0,75 × 1.000.000,01 = 750.000,0075: het minimum rondt naar boven af op 750.000,01
      expected = { status = "signaal", values = { afstand = "0.01", voldoet_bij = "750000.01" } },
    },

    -- Klassegrenzen: een grens hoort bij de lagere klasse.
    {
      name = "baten precies 12 mln: klasse t/m 12 mln (1,0), dus 0,75 is een signaal",
      change = { ["financien/baten/totaal"] = "12000000.00" },
      expected = { status = "signaal", values = { klasse = 2, signaleringswaarde = "1.0" } },
    },
    {
      name = "baten een cent boven 12 mln: klasse tot 25 mln (0,75), voldoet",
      change = { ["financien/baten/totaal"] = "12000000.01" },
      expected = { status = "voldoet", values = { klasse = 3, signaleringswaarde = "0.75" } },
    },
    {
      name = "baten precies 3 mln: klasse t/m 3 mln (1,5), 1,5 precies: voldoet",
      change = { ["financien/baten/totaal"] = "3000000.00", ["financien/balans/liquideMiddelen"] = "1250000.00" },
      expected = { status = "voldoet", values = { klasse = 1, signaleringswaarde = "1.5", liquiditeit = "1.50" } },
    },
    {
      name = "baten precies 3 mln, liquiditeit een cent onder 1,5: signaal",
      change = { ["financien/baten/totaal"] = "3000000.00", ["financien/balans/liquideMiddelen"] = "1249999.99" },
      expected = { status = "signaal", values = { klasse = 1 } },
    },
    {
      name = "baten een cent boven 3 mln: klasse 2 (1,0), liquiditeit 1,0 precies: voldoet",
      change = { ["financien/baten/totaal"] = "3000000.01", ["financien/balans/liquideMiddelen"] = "750000.00" },
      expected = { status = "voldoet", values = { klasse = 2, signaleringswaarde = "1.0", liquiditeit = "1.00" } },
    },
    {
      name = "2022: baten precies 25 mln horen bij de klasse tot 25 mln (0,75)",
      jaar = 2022,
      change = { ["financien/baten/totaal"] = "25000000.00", ["financien/balans/liquideMiddelen"] = "250000.00" },
      expected = { status = "signaal", values = { klasse = 3, signaleringswaarde = "0.75", liquiditeit = "0.50" } },
    },
    {
      name = "2022: baten een cent boven 25 mln, klasse boven 25 mln (0,5): voldoet",
      jaar = 2022,
      change = { ["financien/baten/totaal"] = "25000000.01", ["financien/balans/liquideMiddelen"] = "250000.00" },
      expected = {
        status = "voldoet",
        values = { klasse = 4, signaleringswaarde = "0.5" },
        message = "signaleringswaarde 0,5 voor baten boven € 25.000.000,00",
      },
    },

    -- De klassen wisselen op 2021-01-01 en 2022-01-01.
    {
      name = "2021: baten 26 mln vallen nog in de klasse boven 12 mln (0,75): 0,50 is een signaal",
      jaar = 2021,
      change = { ["financien/baten/totaal"] = "26000000.00", ["financien/balans/liquideMiddelen"] = "250000.00" },
      expected = {
        status = "signaal",
        values = { klasse = 3, signaleringswaarde = "0.75" },
        params = { ["financien.liquiditeit.klassegrens-3"] = "geen waarde op 2021-12-31" },
      },
    },
    {
      name = "2022: dezelfde baten 26 mln in de nieuwe klasse boven 25 mln (0,5): voldoet",
      jaar = 2022,
      change = { ["financien/baten/totaal"] = "26000000.00", ["financien/balans/liquideMiddelen"] = "250000.00" },
      expected = { status = "voldoet", values = { klasse = 4, signaleringswaarde = "0.5" } },
    },
    {
      name = "2020: één waarde 0,75 voor elke grootte, ook bij baten van 2 mln: voldoet",
      jaar = 2020,
      change = { ["financien/baten/totaal"] = "2000000.00" },
      expected = {
        status = "voldoet",
        values = { klasse = 1, signaleringswaarde = "0.75" },
        params = { ["financien.liquiditeit.klassegrens-1"] = "geen waarde op 2020-12-31" },
        message = "signaleringswaarde 0,75 voor elke grootte",
      },
    },
    {
      name = "2021: dezelfde baten van 2 mln in de klasse t/m 3 mln (1,5): signaal",
      jaar = 2021,
      change = { ["financien/baten/totaal"] = "2000000.00" },
      expected = { status = "signaal", values = { klasse = 1, signaleringswaarde = "1.5" } },
    },
    {
      name = "2020: een cent onder 0,75 is een signaal",
      jaar = 2020,
      change = { ["financien/balans/liquideMiddelen"] = "499999.99" },
      expected = { status = "signaal", values = { signaleringswaarde = "0.75" } },
    },
    {
      name = "2020: de baten zijn niet nodig (één klasse)",
      jaar = 2020,
      change = { ["financien/baten/totaal"] = false },
      expected = { status = "voldoet" },
    },
    {
      name = "verslagjaar 2015: nog geen signaleringswaarde, geen bevinding",
      jaar = 2015,
      change = { ["financien/balans/liquideMiddelen"] = "0.00" },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "verslagjaar 2016: eerste jaar met de signaleringswaarde",
      jaar = 2016,
      change = { ["financien/balans/liquideMiddelen"] = "499999.99" },
      expected = { status = "signaal" },
    },

    -- Ontbrekende gegevens en een noemer van nul.
    {
      name = "baten ontbreken vanaf 2021: de klasse is niet te bepalen, niet te beoordelen",
      change = { ["financien/baten/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/baten/totaal" } },
    },
    {
      name = "kortlopende schulden nul: niet te beoordelen, noemt de noemer",
      change = { ["financien/balans/kortlopendeSchulden"] = "0.00" },
      expected = {
        status = "niet-te-beoordelen",
        values = { noemer = "financien/balans/kortlopendeSchulden", noemer_waarde = "0.00" },
      },
    },
    {
      name = "kortlopende schulden ontbreken: niet te beoordelen",
      change = { ["financien/balans/kortlopendeSchulden"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/kortlopendeSchulden" } },
    },
    {
      name = "vorderingen ontbreken: niet te beoordelen",
      change = { ["financien/balans/vorderingen"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "financien/balans/vorderingen" } },
    },
    {
      name = "VO: de regel geldt ook voor het voortgezet onderwijs",
      sector = "VO",
      change = { ["financien/balans/liquideMiddelen"] = "499999.99" },
      expected = { status = "signaal" },
    },
  },
}
