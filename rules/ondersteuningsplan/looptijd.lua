-- OP-1: the ondersteuningsplan in force covers the whole verslagjaar and runs at most four
-- years (it is set at least once every four years).
local uitkomst = require("lib.uitkomst")

local VANAF = "ondersteuningsplan/@vanaf"
local TOT = "ondersteuningsplan/@totEnMet"
local MAANDEN = "ondersteuningsplan.looptijd.maximum-maanden"
local WAT = "Looptijd ondersteuningsplan (OP-1)"

-- The law article for the SWV's sector.
local function artikel(sector)
  if sector == "PO" then return "art. 18a WPO" end
  if sector == "VO" then return "art. 17a WVO" end
  return "art. 18a WPO / art. 17a WVO"
end

return {
  id = "ondersteuningsplan.looptijd",
  norm_id = "OP-1",
  title = "Looptijd van het ondersteuningsplan",
  family = "ondersteuningsplan",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Ondersteuningsplan ten minste eens in de vier jaar vastgesteld",
    source = "Art. 18a lid 8 WPO / art. 17a lid 8 WVO",
    in_force_from = "2014-08-01",
    legal_force = "overtreding: wettelijke eis (WPO/WVO).",
  },
  description = "Gaat na of de looptijd van het ondersteuningsplan (vanaf tot en met totEnMet) "
    .. "het hele verslagjaar dekt en niet langer is dan vier jaar (2021-08-01 tot en met "
    .. "2025-07-31 is precies vier jaar). Is een van beide niet zo, dan is dat een overtreding.",
  params = { MAANDEN },
  outcomes = { "voldoet", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local maanden = ctx:param_opt(MAANDEN)
    if not maanden then
      return ctx:niet_van_toepassing("geen eis aan de looptijd op " .. doc.peildatum)
    end
    local vanaf, tot = doc:date(VANAF), doc:date(TOT)
    local missing = {}
    if not vanaf then missing[#missing + 1] = VANAF end
    if not tot then missing[#missing + 1] = TOT end
    if #missing > 0 then return uitkomst.ontbreekt(ctx, WAT, missing) end

    local begin_jaar = ("%d-01-01"):format(doc.jaar)
    local eind_jaar = doc.peildatum
    -- the last day a plan of `maanden` months from `vanaf` may run: 2021-08-01 + 48 months
    -- is 2025-08-01, so 2025-07-31 is the last day of exactly four years
    local uiterlijk = dates.add_days(dates.add_months(vanaf, maanden), -1)
    local values = {
      vanaf = vanaf,
      tot_en_met = tot,
      uiterlijk_tot_en_met = uiterlijk,
      dekt_verslagjaar = vanaf <= begin_jaar and tot >= eind_jaar,
      te_lang = tot > uiterlijk,
    }

    local bezwaren = {}
    if tot < vanaf then
      bezwaren[#bezwaren + 1] = "de einddatum ligt voor de begindatum"
    end
    if vanaf > begin_jaar then
      bezwaren[#bezwaren + 1] = ("het plan begint pas op %s, na het begin van het verslagjaar"):format(vanaf)
    end
    if tot < eind_jaar then
      bezwaren[#bezwaren + 1] = ("het plan liep af op %s, voor het einde van het verslagjaar"):format(tot)
    end
    if tot > uiterlijk then
      bezwaren[#bezwaren + 1] = ("de looptijd is langer dan %d maanden (uiterlijk tot en met %s)")
        :format(maanden, uiterlijk)
    end
    local periode = ("Het ondersteuningsplan loopt van %s tot en met %s"):format(vanaf, tot)
    if #bezwaren > 0 then
      return ctx:overtreding{
        message = ("%s: %s (OP-1, %s: ten minste eens in de vier jaar vaststellen).")
          :format(periode, uitkomst.opsomming(bezwaren), artikel(doc.sector)),
        values = values,
        evidence = { VANAF, TOT },
      }
    end
    return ctx:voldoet{
      message = ("%s: het dekt verslagjaar %d en duurt niet langer dan %d maanden (OP-1).")
        :format(periode, doc.jaar, maanden),
      values = values,
      evidence = { VANAF, TOT },
    }
  end,
}
