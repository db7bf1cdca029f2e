-- Testgevallen voor ZP-1 op de thuiszittersregistratie (kinderen langer dan drie maanden thuis
-- zonder aanbod):
--   swvcheck rules test zorgplicht.thuiszitters-zonder-aanbod
-- De registratie staat als CSV tussen [[ ]], precies zoals Excel hem opslaat (met ; ertussen).
-- Zonder jaarverslag (document = false) gaat het om SWV "PO0000" in het jaar hieronder.
local KOP = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"

return {
  rule = "zorgplicht.thuiszitters-zonder-aanbod",
  jaar = 2023,
  document = false,

  cases = {
    {
      name = "thuis sinds 1 oktober, peildatum 31 december: nog geen drie maanden, voldoet",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-1;2012;relatief-verzuim;2023-10-01;geen;;
      ]] },
      expected = {
        status = "voldoet",
        values = { peildatum = "2023-12-31", thuiszitters = 1, aantal = 0, maximum_maanden = 3 },
      },
    },
    {
      name = "thuis sinds 30 september: op 31 december drie maanden en een dag, signaal",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-1;2012;relatief-verzuim;2023-09-30;geen;;
      ]] },
      expected = {
        status = "signaal",
        values = { aantal = 1, dossiers = "D-1", langste_dagen = 92 },
        message = "D-1 (3 maanden en 1 dag)",
      },
    },
    {
      name = "precies drie maanden (15 maart tot 15 juni) telt nog niet",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-06-15;D-1;2012;relatief-verzuim;2023-03-15;geen;;
      ]] },
      expected = { status = "voldoet", values = { peildatum = "2023-06-15", aantal = 0 } },
    },
    {
      name = "een dag later (16 juni) wel",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-06-16;D-1;2012;relatief-verzuim;2023-03-15;geen;;
      ]] },
      expected = { status = "signaal", values = { aantal = 1 } },
    },
    {
      name = "twee kinderen: de langste eerst, in het meervoud",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-2;2012;absoluut-verzuim;2023-08-01;geen;;
        PO0000;2023-12-31;D-1;2011;overig;2023-03-01;geen;;
      ]] },
      expected = { status = "signaal", values = { aantal = 2, dossiers = "D-1, D-2" }, message = "2 kinderen" },
    },
    {
      name = "een deels aanbod telt niet als zonder aanbod",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-1;2012;relatief-verzuim;2023-03-01;deels;2023-05-01;
      ]] },
      expected = { status = "voldoet", values = { thuiszitters = 1, aantal = 0 } },
    },
    {
      name = "een zaak opgelost op de peildatum is niet meer open",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-1;2012;relatief-verzuim;2023-03-01;geen;;2023-12-31
      ]] },
      expected = { status = "voldoet", values = { thuiszitters = 0 } },
    },
    {
      name = "vrijstellingen tellen niet mee",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-12-31;D-1;2012;vrijstelling-5a;2023-01-01;geen;;
        PO0000;2023-12-31;D-2;2012;vrijstelling-15;2023-01-01;geen;;
      ]] },
      expected = { status = "voldoet", values = { thuiszitters = 0, aantal = 0 } },
    },
    {
      name = "alleen de laatste peildatum van het jaar telt",
      registrations = { thuiszitters = KOP .. [[
        PO0000;2023-10-31;D-1;2012;relatief-verzuim;2023-01-01;geen;;
        PO0000;2023-12-31;D-1;2012;relatief-verzuim;2023-01-01;geen;;2023-11-15
      ]] },
      expected = { status = "voldoet", values = { peildatum = "2023-12-31" } },
    },
    {
      name = "geen registratie, wel een jaarverslag: niet te beoordelen",
      document = [[<thuiszitters><totaal>0</totaal></thuiszitters>]],
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } },
    },
    {
      name = "een registratie over een ander jaar telt niet: niet te beoordelen",
      document = [[<thuiszitters><totaal>0</totaal></thuiszitters>]],
      registrations = { thuiszitters = KOP .. [[
        PO0000;2022-12-31;D-1;2012;relatief-verzuim;2022-01-01;geen;;
      ]] },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } },
    },

    -- Het Thuiszitterspact geldt vanaf 2016-08-01; de regel neemt de parameter op de peildatum.
    {
      name = "peildatum 31 juli 2016: het pact gold nog niet",
      jaar = 2016,
      registrations = { thuiszitters = KOP .. [[
        PO0000;2016-07-31;D-1;2005;relatief-verzuim;2016-01-01;geen;;
      ]] },
      expected = { status = "niet-van-toepassing" },
    },
    {
      name = "peildatum 1 augustus 2016: het pact geldt",
      jaar = 2016,
      registrations = { thuiszitters = KOP .. [[
        PO0000;2016-08-01;D-1;2005;relatief-verzuim;2016-01-01;geen;;
      ]] },
      expected = { status = "signaal", params = { ["zorgplicht.thuiszitters.maximum-maanden"] = "3" } },
    },
  },
}
