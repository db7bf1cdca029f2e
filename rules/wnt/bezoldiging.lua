-- WN-1: the bezoldiging of each topfunctionaris is within the individueel toepasselijk
-- maximum (the class maximum of that year × fte, from a dated table), and the maximum the report
-- states is that one. A year without a table, or class G, is niet te beoordelen: never a guess.
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local uitkomst = require("lib.uitkomst")

local LEDEN = "wnt/topfunctionaris"
local FTE_MAX = "wnt.deeltijdfactor.maximum"
local KLASSEN = { A = true, B = true, C = true, D = true, E = true, F = true }

local function maximum_param(klasse)
  return "wnt.bezoldigingsmaximum.klasse-" .. klasse:lower()
end

-- The individueel toepasselijk maximum of one topfunctionaris: a table { bedrag, klasse,
-- klassemaximum, fte, fte_gebruikt, grondslag } or nil and the reason (a message) plus the
-- missing paths, if any.
local function individueel(ctx, doc, tf, path)
  local klasse, fte = tf:text("@klasse"), tf:decimal("@fte")
  local missing = {}
  if not klasse then missing[#missing + 1] = path .. "/@klasse" end
  if not fte then missing[#missing + 1] = path .. "/@fte" end
  if #missing > 0 then return nil, nil, missing end
  if klasse == "G" then
    return nil, "klasse G is het algemene WNT-maximum en staat niet in de tabel van de "
      .. "Regeling normering topinkomens OCW-sectoren"
  end
  if not KLASSEN[klasse] then
    return nil, ("onbekende WNT-klasse '%s' (A t/m G)"):format(klasse)
  end
  if decimaal.compare(fte, "0") < 0 then
    return nil, ("fte %s is negatief"):format(fte)
  end
  local bedrag = ctx:param_opt(maximum_param(klasse))
  if not bedrag then
    return nil, ("er is geen tabel met bezoldigingsmaxima voor %d bekend (klasse %s)"):format(doc.jaar, klasse)
  end
  local klassemaximum = geld.parse(bedrag)
  local cap = ctx:param(FTE_MAX)
  local gebruikt = decimaal.compare(fte, cap) > 0 and cap or fte
  local grondslag = ("klasse %s in %d: %s × %s fte"):format(klasse, doc.jaar, geld.fmt(klassemaximum), gebruikt)
  if gebruikt ~= fte then
    grondslag = grondslag .. (", de omvang %s fte geteld als %s"):format(fte, cap)
  end
  return {
    bedrag = geld.fraction_of(klassemaximum, gebruikt),
    klasse = klasse,
    klassemaximum = klassemaximum,
    fte = fte,
    grondslag = grondslag,
  }
end

return {
  id = "wnt.bezoldiging",
  norm_id = "WN-1",
  title = "Bezoldiging topfunctionarissen binnen het WNT-maximum",
  family = "wnt",
  sectors = { "PO", "VO" },
  documents = { "jaarverslag" },
  norm = {
    title = "Bezoldigingsmaximum topfunctionarissen (WNT, Regeling normering topinkomens OCW-sectoren)",
    source = "Wet normering topinkomens; Regeling normering topinkomens OCW-sectoren (Staatscourant "
      .. "2017-67801, 2018-65492, 2019-63247, 2021-47506)",
    in_force_from = "2018-01-01",
    legal_force = "overtreding: een bezoldiging boven het maximum is in strijd met de WNT; signaal: "
      .. "een gerapporteerd bezoldigingsmaximum dat afwijkt van het individueel toepasselijke "
      .. "maximum (verantwoordingsfout, geen overschrijding).",
  },
  description = "Berekent per topfunctionaris het individueel toepasselijke maximum: het "
    .. "klassemaximum van het verslagjaar (tabel in de parameters) × de omvang van het "
    .. "dienstverband in fte. Een bezoldiging erboven is een overtreding (subject "
    .. "topfunctionaris-N/bezoldiging). Wijkt het bezoldigingsmaximum in het verslag een cent of "
    .. "meer af van dat maximum, dan is dat een eigen signaal (subject "
    .. "topfunctionaris-N/bezoldigingsmaximum). Een jaar zonder tabel of klasse G is niet te "
    .. "beoordelen: swvcheck raadt nooit een maximum.",
  params = {
    "wnt.bezoldigingsmaximum.klasse-a",
    "wnt.bezoldigingsmaximum.klasse-b",
    "wnt.bezoldigingsmaximum.klasse-c",
    "wnt.bezoldigingsmaximum.klasse-d",
    "wnt.bezoldigingsmaximum.klasse-e",
    "wnt.bezoldigingsmaximum.klasse-f",
    "wnt.deeltijdfactor.maximum",
  },
  outcomes = { "voldoet", "signaal", "overtreding", "niet-te-beoordelen" },

  check = function(doc, ctx)
    local leden = doc:nodes(LEDEN)
    if #leden == 0 then
      return uitkomst.ontbreekt(ctx, "Bezoldiging topfunctionarissen (WN-1)", { LEDEN })
    end
    for i, tf in ipairs(leden) do
      local path = ("%s[%d]"):format(LEDEN, i)
      local subject = ("topfunctionaris-%d"):format(i)
      local naam = tf:text("@naam") or ("topfunctionaris " .. i)
      local functie = tf:text("@functie")
      local wie = functie and ("%s (%s)"):format(naam, functie) or naam
      local wat = ("Bezoldiging van %s (WN-1)"):format(wie)

      local max, reden, missing = individueel(ctx, doc, tf, path)
      if not max then
        if missing then
          uitkomst.ontbreekt(ctx, wat, missing, { subject = subject .. "/bezoldiging" })
        else
          ctx:niet_te_beoordelen{
            message = ("%s niet te beoordelen: %s."):format(wat, reden),
            values = { reden = reden },
            subject = subject .. "/bezoldiging",
          }
        end
      else
        local values = {
          klasse = max.klasse,
          klassemaximum = geld.str(max.klassemaximum),
          fte = max.fte,
          individueel_maximum = geld.str(max.bedrag),
        }
        local bezoldiging = tf:amount("@bezoldiging")
        if bezoldiging == nil then
          uitkomst.ontbreekt(ctx, wat, { path .. "/@bezoldiging" },
            { subject = subject .. "/bezoldiging", values = values })
        else
          values.bezoldiging = geld.str(bezoldiging)
          values.verschil = geld.str(bezoldiging - max.bedrag)
          if bezoldiging > max.bedrag then
            ctx:overtreding{
              message = ("De bezoldiging van %s, %s, ligt %s boven het individueel toepasselijke "
                .. "maximum %s (%s) (WN-1, WNT)."):format(wie, geld.fmt(bezoldiging),
                geld.fmt(bezoldiging - max.bedrag), geld.fmt(max.bedrag), max.grondslag),
              values = values,
              subject = subject .. "/bezoldiging",
            }
          else
            ctx:voldoet{
              message = ("De bezoldiging van %s, %s, ligt niet boven het individueel toepasselijke "
                .. "maximum %s (%s) (WN-1)."):format(wie, geld.fmt(bezoldiging),
                geld.fmt(max.bedrag), max.grondslag),
              values = values,
              subject = subject .. "/bezoldiging",
            }
          end
        end

        local opgegeven = tf:amount("@bezoldigingsmaximum")
        local mvalues = {
          klasse = max.klasse,
          fte = max.fte,
          individueel_maximum = geld.str(max.bedrag),
        }
        if opgegeven == nil then
          uitkomst.ontbreekt(ctx, ("Bezoldigingsmaximum van %s (WN-1)"):format(wie),
            { path .. "/@bezoldigingsmaximum" },
            { subject = subject .. "/bezoldigingsmaximum", values = mvalues })
        else
          mvalues.bezoldigingsmaximum = geld.str(opgegeven)
          mvalues.verschil = geld.str(opgegeven - max.bedrag)
          if opgegeven ~= max.bedrag then
            ctx:signaal{
              message = ("Het bezoldigingsmaximum van %s in het verslag, %s, wijkt %s af van het "
                .. "individueel toepasselijke maximum %s (%s) (WN-1).")
                :format(wie, geld.fmt(opgegeven), geld.fmt(math.abs(opgegeven - max.bedrag)),
                  geld.fmt(max.bedrag), max.grondslag),
              values = mvalues,
              subject = subject .. "/bezoldigingsmaximum",
            }
          else
            ctx:voldoet{
              message = ("Het bezoldigingsmaximum van %s in het verslag, %s, is het individueel "
                .. "toepasselijke maximum (%s) (WN-1)."):format(wie, geld.fmt(opgegeven), max.grondslag),
              values = mvalues,
              subject = subject .. "/bezoldigingsmaximum",
            }
          end
        end
      end
    end
  end,
}
