-- Financiële continuïteit en slanke organisatie (FN-1..FN-4): signaleringswaarden van de
-- Inspectie ("geen harde normen"). Definities geverifieerd, waarden secondhand (3-4 bronnen die
-- overeenstemmen). Een kengetal geldt vanaf het verslagjaar waarvan de peildatum (31 december)
-- een waarde heeft; daarvoor geeft de regel geen bevinding.
local BRON = "Inspectie van het Onderwijs, signaleringswaarden financiële continuïteit "
  .. "(secondhand: 3-4 overeenstemmende sector- en accountantsbronnen)"

-- De liquiditeit kent groottesklassen naar de baten (baten/totaal, zonder financiële baten).
-- klassegrens-N is de bovengrens van klasse N en hoort bij die (lagere) klasse: baten van
-- precies € 12.000.000,00 vallen in klasse 2. Een klassegrens zonder waarde bestaat op die
-- datum niet: alle baten boven de laatste grens met een waarde vallen in de klasse erna.
--   t/m 2020:  één klasse (geen grenzen): 0,75 voor elke grootte
--   2021:      t/m 3 mln 1,5 | t/m 12 mln 1,0 | daarboven 0,75
--   vanaf 2022: t/m 3 mln 1,5 | t/m 12 mln 1,0 | t/m 25 mln 0,75 | daarboven 0,5
local KLASSEN = "liquiditeit naar grootte: vanaf verslagjaar 2021 (boven € 25 mln vanaf 2022)"

return {
  ["financien.solvabiliteit.signaleringswaarde"] = {
    description = "Solvabiliteit 2 ((eigen vermogen + voorzieningen) / totale passiva) waaronder "
      .. "FN-1 een signaal geeft",
    unit = "verhouding",
    source = BRON,
    values = {
      { from = "2016-01-01", value = "0.30" },
    },
  },

  ["financien.liquiditeit.klassegrens-1"] = {
    description = "Bovengrens (baten, inclusief) van liquiditeitsklasse 1; zonder waarde is er één "
      .. "klasse voor elke grootte",
    unit = "bedrag",
    source = BRON .. "; " .. KLASSEN,
    values = {
      { from = "2021-01-01", value = "3000000.00" },
    },
  },
  ["financien.liquiditeit.klassegrens-2"] = {
    description = "Bovengrens (baten, inclusief) van liquiditeitsklasse 2",
    unit = "bedrag",
    source = BRON .. "; " .. KLASSEN,
    values = {
      { from = "2021-01-01", value = "12000000.00" },
    },
  },
  ["financien.liquiditeit.klassegrens-3"] = {
    description = "Bovengrens (baten, inclusief) van liquiditeitsklasse 3; zonder waarde vallen alle "
      .. "baten boven klassegrens 2 in klasse 3",
    unit = "bedrag",
    source = BRON .. "; " .. KLASSEN .. "; de klasse boven € 25 mln sinds 2022",
    values = {
      { from = "2022-01-01", value = "25000000.00" },
    },
  },
  ["financien.liquiditeit.signaleringswaarde-1"] = {
    description = "Liquiditeit (current ratio: vlottende activa / kortlopende schulden) waaronder "
      .. "FN-2 een signaal geeft in klasse 1 (tot 2021: voor elke grootte)",
    unit = "verhouding",
    source = BRON .. "; " .. KLASSEN,
    values = {
      { from = "2016-01-01", value = "0.75" },
      { from = "2021-01-01", value = "1.5" },
    },
  },
  ["financien.liquiditeit.signaleringswaarde-2"] = {
    description = "Liquiditeit waaronder FN-2 een signaal geeft in klasse 2",
    unit = "verhouding",
    source = BRON .. "; " .. KLASSEN,
    values = {
      { from = "2021-01-01", value = "1.0" },
    },
  },
  ["financien.liquiditeit.signaleringswaarde-3"] = {
    description = "Liquiditeit waaronder FN-2 een signaal geeft in klasse 3",
    unit = "verhouding",
    source = BRON .. "; " .. KLASSEN,
    values = {
      { from = "2021-01-01", value = "0.75" },
    },
  },
  ["financien.liquiditeit.signaleringswaarde-4"] = {
    description = "Liquiditeit waaronder FN-2 een signaal geeft in klasse 4 (baten boven klassegrens 3)",
    unit = "verhouding",
    source = BRON .. "; " .. KLASSEN .. "; de klasse boven € 25 mln sinds 2022",
    values = {
      { from = "2022-01-01", value = "0.5" },
    },
  },

  ["financien.liquide-middelen.minimum"] = {
    description = "Liquide middelen waaronder FN-3 een signaal geeft (PO en VO)",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2021-01-01", value = "100000.00" },
    },
  },

  ["financien.organisatiekosten.maximum"] = {
    description = "Deel van de baten dat naar de eigen organisatie gaat ((lasten - doorbetalingen "
      .. "aan schoolbesturen) / baten) waarboven FN-4 een signaal geeft",
    unit = "fractie",
    source = "Kamerbrief Verbeteraanpak passend onderwijs, 4 november 2020, punt 22 "
      .. "(samenwerkingsverbanden besteden 11-13% aan hun organisatie)",
    values = {
      { from = "2020-01-01", value = "0.13" },
    },
  },
}
