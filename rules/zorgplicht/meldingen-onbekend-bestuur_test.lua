-- Testgevallen voor ZP-5 (een zorgplichtmelding over een bestuur dat niet deelneemt):
--   swvcheck rules test zorgplicht.meldingen-onbekend-bestuur
local KOP = "swv_code;datum;bevoegd_gezag;brin;soort;status\n"

return {
  rule = "zorgplicht.meldingen-onbekend-bestuur",
  jaar = 2023,
  document = [[
    <deelnemendeBesturen>
      <bestuur bevoegdGezag="41001" naam="Stichting Noord"/>
      <bestuur bevoegdGezag="41002" naam="Stichting Zuid"/>
    </deelnemendeBesturen>
  ]],

  cases = {
    {
      name = "alle meldingen gaan over deelnemende besturen: voldoet",
      registrations = { meldingen = KOP .. [[
        PO0000;2023-02-01;41001;;wegadviseren;open
        PO0000;2023-04-01;41002;;thuiszitten;opgelost
      ]] },
      expected = { status = "voldoet", values = { meldingen = 2 } },
    },
    {
      name = "een melding over een ander bestuur: signaal met de regel van de melding",
      registrations = { meldingen = KOP .. [[
        PO0000;2023-02-01;41001;;wegadviseren;open
        PO0000;2023-04-01;49999;;thuiszitten;opgelost
      ]] },
      expected = {
        subject = "49999",
        status = "signaal",
        values = { bevoegd_gezag = "49999", meldingen = 1 },
        message = "(regel 3)",
      },
    },
    {
      name = "geen meldingen: niet te beoordelen",
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "meldingen-registratie" } },
    },
    {
      name = "geen jaarverslag: niet te beoordelen",
      document = false,
      registrations = { meldingen = KOP .. "PO0000;2023-02-01;41001;;overig;open\n" },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "jaarverslag" } },
    },
  },
}
