-- Testgevallen voor ZP-5 (herhaalde open zorgplichtmeldingen tegen één deelnemend bestuur):
--   swvcheck rules test zorgplicht.meldingen-per-bestuur
-- De deelnemende besturen staan in het jaarverslag; de drempel is 3 open meldingen.
local KOP = "swv_code;datum;bevoegd_gezag;brin;soort;status\n"

local function melding(bestuur, status, datum)
  return ("PO0000;%s;%s;;weigering-toelating;%s\n"):format(datum or "2023-03-01", bestuur, status)
end

return {
  rule = "zorgplicht.meldingen-per-bestuur",
  jaar = 2023,
  document = [[
    <deelnemendeBesturen>
      <bestuur bevoegdGezag="41001" naam="Stichting Noord"/>
      <bestuur bevoegdGezag="41002" naam="Stichting Zuid"/>
    </deelnemendeBesturen>
  ]],

  cases = {
    {
      name = "twee open meldingen tegen een bestuur: onder de drempel, voldoet",
      registrations = { meldingen = KOP .. melding("41001", "open") .. melding("41001", "open")
        .. melding("41002", "open") },
      expected = {
        status = "voldoet",
        values = { open_meldingen = 3, hoogste_aantal = 2, drempel = 3, afstand = 1 },
        message = "het meeste: 2 tegen bestuur 41001, 1 onder de drempel",
      },
    },
    {
      name = "drie open meldingen tegen een bestuur: signaal voor dat bestuur",
      registrations = { meldingen = KOP .. melding("41001", "open") .. melding("41001", "open")
        .. melding("41001", "open") .. melding("41002", "open") },
      expected = {
        subject = "41001",
        status = "signaal",
        values = { bevoegd_gezag = "41001", open_meldingen = 3, afstand = 1, voldoet_bij = 2 },
        message = "Onder de drempel bij ten hoogste 2 open meldingen; dit zijn er 1 meer.",
        message = "3 weigering-toelating",
      },
    },
    {
      name = "opgeloste en doorverwezen meldingen tellen niet",
      registrations = { meldingen = KOP .. melding("41001", "open") .. melding("41001", "opgelost")
        .. melding("41001", "doorverwezen") },
      expected = { status = "voldoet", values = { open_meldingen = 1 } },
    },
    {
      name = "meldingen over een bestuur dat niet deelneemt tellen hier niet",
      registrations = { meldingen = KOP .. melding("49999", "open") .. melding("49999", "open")
        .. melding("49999", "open") },
      expected = { status = "voldoet", values = { open_meldingen = 0 } },
    },
    {
      name = "meldingen van een ander jaar tellen niet: niet te beoordelen",
      registrations = { meldingen = KOP .. melding("41001", "open", "2022-05-01") },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "meldingen-registratie" } },
    },
    {
      name = "geen deelnemende besturen in het jaarverslag: niet te beoordelen",
      document = [[<governance><organiekeScheiding>ja</organiekeScheiding></governance>]],
      registrations = { meldingen = KOP .. melding("41001", "open") },
      expected = {
        status = "niet-te-beoordelen",
        values = { ontbreekt = "deelnemendeBesturen/bestuur/@bevoegdGezag" },
      },
    },
    {
      name = "geen jaarverslag: niet te beoordelen",
      document = false,
      registrations = { meldingen = KOP .. melding("41001", "open") },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "jaarverslag" } },
    },
    {
      name = "een lagere drempel in de parameter",
      params = { ["zorgplicht.meldingen.drempel-per-bestuur"] = 2 },
      registrations = { meldingen = KOP .. melding("41002", "open") .. melding("41002", "open") },
      expected = { subject = "41002", status = "signaal", values = { drempel = 2 } },
    },
    {
      name = "drempel 2 vanaf 2024: in 2023 geldt nog 3",
      params = {
        ["zorgplicht.meldingen.drempel-per-bestuur"] = { { from = "2014-08-01", value = 3 }, { from = "2024-01-01", value = 2 } },
      },
      registrations = { meldingen = KOP .. melding("41002", "open") .. melding("41002", "open") },
      expected = { status = "voldoet", values = { drempel = 3 } },
    },
    {
      name = "drempel 2 vanaf 2024: in 2024 is twee keer een signaal",
      jaar = 2024,
      params = {
        ["zorgplicht.meldingen.drempel-per-bestuur"] = { { from = "2014-08-01", value = 3 }, { from = "2024-01-01", value = 2 } },
      },
      registrations = { meldingen = KOP .. melding("41002", "open", "2024-02-01") .. melding("41002", "open", "2024-03-01") },
      expected = { subject = "41002", status = "signaal", values = { drempel = 2 } },
    },
  },
}
