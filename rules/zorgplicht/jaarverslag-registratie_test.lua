-- Testgevallen voor ZP-3 (het thuiszittersoverzicht in het jaarverslag klopt met de registratie):
--   swvcheck rules test ZP-3
-- Op 1 december: D-1 lang thuis zonder aanbod, D-2 kort, D-3 een vrijstelling (telt niet).
local KOP = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"

return {
  rule = "zorgplicht.jaarverslag-registratie",
  jaar = 2023,
  document = [[
    <thuiszitters peildatum="2023-12-01">
      <totaal>2</totaal>
      <langerDanDrieMaandenZonderAanbod>1</langerDanDrieMaandenZonderAanbod>
    </thuiszitters>
  ]],
  registrations = { thuiszitters = KOP .. [[
    PO0000;2023-12-01;D-1;2012;relatief-verzuim;2023-01-10;geen;;
    PO0000;2023-12-01;D-2;2013;absoluut-verzuim;2023-11-01;geen;;
    PO0000;2023-12-01;D-3;2010;vrijstelling-5a;2022-01-01;geen;;
  ]] },

  cases = {
    {
      name = "overzicht en registratie zeggen hetzelfde: voldoet",
      expected = {
        status = "voldoet",
        values = {
          peildatum = "2023-12-01",
          totaal_jaarverslag = 2, totaal_registratie = 2,
          langdurig_jaarverslag = 1, langdurig_registratie = 1,
        },
      },
    },
    {
      name = "een ander totaal in het jaarverslag: signaal",
      change = { ["thuiszitters/totaal"] = 3 },
      expected = { status = "signaal", message = "totaal 3 in het jaarverslag, 2 in de registratie" },
    },
    {
      name = "een ander aantal langer dan drie maanden: signaal met het dossier",
      change = { ["thuiszitters/langerDanDrieMaandenZonderAanbod"] = 0 },
      expected = { status = "signaal", values = { langdurig_registratie = 1 }, message = "dossier D-1" },
    },
    {
      name = "zonder peildatum in het overzicht geldt 31 december, en daar is geen registratie",
      change = { ["thuiszitters/@peildatum"] = false },
      expected = {
        status = "niet-te-beoordelen",
        values = { peildatum = "2023-12-31", registratie_peildata = "2023-12-01" },
      },
    },
    {
      name = "het overzicht mist het totaal: niet te beoordelen",
      change = { ["thuiszitters/totaal"] = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters/totaal" } },
    },
    {
      name = "geen registratie: niet te beoordelen",
      registrations = { thuiszitters = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } },
    },
    {
      name = "geen jaarverslag: niet te beoordelen",
      document = false,
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "jaarverslag" } },
    },

    -- Het Thuiszitterspact (en daarmee de telling van ZP-1) geldt vanaf 2016-08-01.
    {
      name = "peildatum van het overzicht voor 1 augustus 2016: niet te beoordelen",
      jaar = 2016,
      change = { ["thuiszitters/@peildatum"] = "2016-06-30" },
      registrations = { thuiszitters = KOP .. "PO0000;2016-06-30;D-1;2005;overig;2016-01-01;geen;;\n" },
      expected = {
        status = "niet-te-beoordelen",
        message = "parameter 'zorgplicht.thuiszitters.maximum-maanden' heeft geen waarde op 2016-06-30",
      },
    },
  },
}
