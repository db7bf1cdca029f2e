-- Topinkomens (WN-1): de bezoldigingsmaxima per klasse van de Regeling normering topinkomens
-- OCW-sectoren, per kalenderjaar (geverifieerd in de Staatscourant). Alleen de jaren uit
-- norms.md staan erin: 2018, 2019, 2020 en 2022. Een jaar zonder tabel (2021, vanaf 2023) heeft
-- hier "geen waarde" (none = true): WN-1 is dan niet te beoordelen en raadt nooit een bedrag.
-- Klasse G is het algemene WNT-maximum en staat niet in deze tabel maar apart
-- (wnt.bezoldigingsmaximum.algemeen): het begrenst elke klasse, ook in een jaar zonder tabel.
--
-- Een nieuw jaar toevoegen: vervang bij elke klasse de regel { from = "<jaar>-01-01", none = true }
-- door de waarde uit de Staatscourant en zet de bron in BRON.
local BRON = "Regeling normering topinkomens OCW-sectoren: Staatscourant 2017, 67801 (2018); "
  .. "2018, 65492 (2019); 2019, 63247 (2020); 2021, 47506 (2022)"

return {
  ["wnt.bezoldigingsmaximum.klasse-a"] = {
    description = "Bezoldigingsmaximum van klasse A bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "111000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "115000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "119000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "128000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.klasse-b"] = {
    description = "Bezoldigingsmaximum van klasse B bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "122000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "127000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "132000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "143000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.klasse-c"] = {
    description = "Bezoldigingsmaximum van klasse C bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "133000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "138000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "143000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "154000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.klasse-d"] = {
    description = "Bezoldigingsmaximum van klasse D bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "146000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "152000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "157000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "168000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.klasse-e"] = {
    description = "Bezoldigingsmaximum van klasse E bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "158000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "164000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "170000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "183000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.klasse-f"] = {
    description = "Bezoldigingsmaximum van klasse F bij een volledig dienstverband (1,0 fte) over een heel jaar",
    unit = "bedrag",
    source = BRON,
    values = {
      { from = "2018-01-01", value = "171000.00" }, -- Stcrt. 2017, 67801
      { from = "2019-01-01", value = "177000.00" }, -- Stcrt. 2018, 65492
      { from = "2020-01-01", value = "183000.00" }, -- Stcrt. 2019, 63247
      { from = "2021-01-01", none = true }, -- 2021: geen tabel in norms.md
      { from = "2022-01-01", value = "196000.00" }, -- Stcrt. 2021, 47506
      { from = "2023-01-01", none = true }, -- vanaf 2023: geen tabel in norms.md
    },
  },
  ["wnt.bezoldigingsmaximum.algemeen"] = {
    description = "Algemeen bezoldigingsmaximum van de WNT (art. 2.3 WNT) bij een volledig "
      .. "dienstverband (1,0 fte) over een heel jaar. Klasse G van de OCW-regeling is dit maximum; "
      .. "elke andere OCW-klasse ligt eronder, dus het begrenst elke klasse, ook in een jaar zonder "
      .. "klassentabel",
    unit = "bedrag",
    source = "Art. 2.3 WNT, jaarlijks geïndexeerd. 2023 en 2024 bevestigd in twee onafhankelijke "
      .. "bronnen (aankondiging van de WNT-normen 2023 door de WNT-autoriteit; overzicht van een "
      .. "WNT-adviespraktijk); 2018-2022 en 2025 secondhand (norms.md, sectie 7)",
    values = {
      { from = "2018-01-01", value = "189000.00" }, -- secondhand
      { from = "2019-01-01", value = "194000.00" }, -- secondhand
      { from = "2020-01-01", value = "201000.00" }, -- secondhand
      { from = "2021-01-01", value = "209000.00" }, -- secondhand
      { from = "2022-01-01", value = "216000.00" }, -- secondhand
      { from = "2023-01-01", value = "223000.00" }, -- bevestigd in twee bronnen
      { from = "2024-01-01", value = "233000.00" }, -- bevestigd in twee bronnen
      { from = "2025-01-01", value = "246000.00" }, -- secondhand
      { from = "2026-01-01", none = true }, -- nog niet bekend in norms.md
    },
  },
  ["wnt.deeltijdfactor.maximum"] = {
    description = "Hoogste deeltijdfactor (fte) waarmee het klassemaximum wordt vermenigvuldigd: een "
      .. "dienstverband van meer dan 1,0 fte verhoogt het maximum niet",
    unit = "fte",
    source = "WNT-verantwoordingsmodel: individueel toepasselijk bezoldigingsmaximum = klassemaximum "
      .. "× omvang dienstverband, met een deeltijdfactor van hoogstens 1,0 (secondhand; norms.md "
      .. "noemt alleen klassemaximum × fte)",
    values = {
      { from = "2013-01-01", value = "1.0" },
    },
  },
}
