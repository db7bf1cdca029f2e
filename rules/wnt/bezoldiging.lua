-- WN-1: the bezoldiging of each topfunctionaris is within the individueel toepasselijk
-- maximum (the class maximum of that year × fte, from a dated table), and the maximum the report
-- states is that one. Class G is the general WNT maximum. Where the class maximum is not known
-- (a year without a class table), the general maximum × fte still bounds every class: above it
-- is an overtreding, below it niet te beoordelen naming the missing table. Never a guess.
local geld = require("lib.geld")
local decimaal = require("lib.decimaal")
local uitkomst = require("lib.uitkomst")
local afstand = require("lib.afstand")

local LEDEN = "wnt/topfunctionaris"
local FTE_MAX = "wnt.deeltijdfactor.maximum"
local ALGEMEEN = "wnt.bezoldigingsmaximum.algemeen"
local KLASSEN = { A = true, B = true, C = true, D = true, E = true, F = true }

local function maximum_param(klasse)
  return "wnt.bezoldigingsmaximum.klasse-" .. klasse:lower()
end

-- A maximum of a full year at 1,0 fte times the fte (capped, as the verantwoordingsmodel does):
-- the amount and how it was computed, e.g. "klasse C in 2022: € 154.000,00 × 1.0 fte".
local function maal_fte(ctx, maximum, fte, wat)
  local cap = ctx:param(FTE_MAX)
  local gebruikt = decimaal.compare(fte, cap) > 0 and cap or fte
  local grondslag = ("%s: %s × %s fte"):format(wat, geld.fmt(maximum), gebruikt)
  if gebruikt ~= fte then
    grondslag = grondslag .. (", de omvang %s fte geteld als %s"):format(fte, cap)
  end
  return geld.fraction_of(maximum, gebruikt), grondslag
end

-- The individueel toepasselijk maximum of one topfunctionaris: a table { bedrag, klasse,
-- klassemaximum, fte, grondslag } or nil and the reason (a message) plus the missing paths, if
-- any.
local function individueel(ctx, doc, tf, path)
  local klasse, fte = tf:text("@klasse"), tf:decimal("@fte")
  local missing = {}
  if not klasse then missing[#missing + 1] = path .. "/@klasse" end
  if not fte then missing[#missing + 1] = path .. "/@fte" end
  if #missing > 0 then return nil, nil, missing end
  if klasse ~= "G" and not KLASSEN[klasse] then
    return nil, ("onbekende WNT-klasse '%s' (A t/m G)"):format(klasse)
  end
  if decimaal.compare(fte, "0") < 0 then
    return nil, ("fte %s is negatief"):format(fte)
  end
  local bedrag = ctx:param_opt(klasse == "G" and ALGEMEEN or maximum_param(klasse))
  if not bedrag then
    return nil, ("er is geen tabel met bezoldigingsmaxima voor %d bekend (klasse %s)"):format(doc.jaar, klasse)
  end
  local klassemaximum = geld.parse(bedrag)
  local individueel_bedrag, grondslag = maal_fte(ctx, klassemaximum, fte,
    ("klasse %s in %d%s"):format(klasse, doc.jaar, klasse == "G" and " (het algemene WNT-maximum)" or ""))
  return {
    bedrag = individueel_bedrag,
    klasse = klasse,
    klassemaximum = klassemaximum,
    fte = fte,
    grondslag = grondslag,
  }
end

-- The general WNT maximum × fte that bounds every class: { bedrag, algemeen, fte, grondslag },
-- or nil when the fte is absent or negative or the year has no general maximum.
local function algemene_grens(ctx, doc, tf)
  local fte = tf:decimal("@fte")
  if not fte or decimaal.compare(fte, "0") < 0 then return nil end
  local algemeen = ctx:param_opt(ALGEMEEN)
  if not algemeen then return nil end
  local maximum = geld.parse(algemeen)
  local bedrag, grondslag = maal_fte(ctx, maximum, fte, ("algemeen WNT-maximum %d"):format(doc.jaar))
  return { bedrag = bedrag, algemeen = maximum, fte = fte, grondslag = grondslag }
end

-- Without a class maximum: above the general maximum × fte is an overtreding whatever the
-- class; otherwise niet te beoordelen, naming the reason (the missing table) or missing paths.
local function zonder_klassemaximum(ctx, doc, tf, wie, wat, subject, reden, missing)
  local grens = algemene_grens(ctx, doc, tf)
  local bezoldiging = tf:amount("@bezoldiging")
  if grens and bezoldiging and bezoldiging > grens.bedrag then
    return ctx:overtreding{
      message = ("De bezoldiging van %s, %s, ligt %s boven het algemene WNT-maximum × fte %s (%s), "
        .. "dat elke klasse begrenst (WN-1, WNT); het klassemaximum zelf is niet te bepalen: %s. "
        .. "Binnen die grens valt een bezoldiging van ten hoogste %s; of die voldoet, hangt af van het "
        .. "klassemaximum.")
        :format(wie, geld.fmt(bezoldiging), geld.fmt(bezoldiging - grens.bedrag), geld.fmt(grens.bedrag),
          grens.grondslag, reden or ("ontbreekt in het jaarverslag: " .. table.concat(missing, ", ")),
          geld.fmt(grens.bedrag)),
      values = afstand.waarden({
        bezoldiging = geld.str(bezoldiging),
        algemeen_maximum = geld.str(grens.algemeen),
        fte = grens.fte,
        grens = geld.str(grens.bedrag),
        verschil = geld.str(bezoldiging - grens.bedrag),
      }, bezoldiging, grens.bedrag, false), -- no voldoet_bij: at the grens it is still not assessable
      subject = subject,
    }
  end
  if missing then return uitkomst.ontbreekt(ctx, wat, missing, { subject = subject }) end
  local values = { reden = reden }
  local binnen = ""
  if grens and bezoldiging then
    values.grens = geld.str(grens.bedrag)
    binnen = ("; de bezoldiging %s ligt niet boven het algemene WNT-maximum × fte %s (%s)")
      :format(geld.fmt(bezoldiging), geld.fmt(grens.bedrag), grens.grondslag)
  end
  return ctx:niet_te_beoordelen{
    message = ("%s niet te beoordelen: %s%s."):format(wat, reden, binnen),
    values = values,
    subject = subject,
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
      .. "2017-67801, 2018-65492, 2019-63247, 2021-47506); algemeen maximum art. 2.3 WNT",
    in_force_from = "2018-01-01",
    legal_force = "overtreding: een bezoldiging boven het maximum is in strijd met de WNT; signaal: "
      .. "een gerapporteerd bezoldigingsmaximum dat afwijkt van het individueel toepasselijke "
      .. "maximum (verantwoordingsfout, geen overschrijding).",
  },
  description = "Berekent per topfunctionaris het individueel toepasselijke maximum: het "
    .. "klassemaximum van het verslagjaar (tabel in de parameters; klasse G is het algemene "
    .. "WNT-maximum) × de omvang van het dienstverband in fte (hoogstens 1,0). Een bezoldiging "
    .. "erboven is een overtreding (subject topfunctionaris-N/bezoldiging). Wijkt het "
    .. "bezoldigingsmaximum in het verslag een cent of meer af van dat maximum, dan is dat een "
    .. "eigen signaal (subject topfunctionaris-N/bezoldigingsmaximum). In een jaar zonder "
    .. "klassentabel begrenst het algemene WNT-maximum × fte elke klasse: een bezoldiging "
    .. "daarboven is een overtreding, anders is de bezoldiging niet te beoordelen en noemt de "
    .. "bevinding de ontbrekende tabel: swvcheck raadt nooit een klassemaximum.",
  params = {
    "wnt.bezoldigingsmaximum.klasse-a",
    "wnt.bezoldigingsmaximum.klasse-b",
    "wnt.bezoldigingsmaximum.klasse-c",
    "wnt.bezoldigingsmaximum.klasse-d",
    "wnt.bezoldigingsmaximum.klasse-e",
    "wnt.bezoldigingsmaximum.klasse-f",
    "wnt.bezoldigingsmaximum.algemeen",
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
        zonder_klassemaximum(ctx, doc, tf, wie, wat, subject .. "/bezoldiging", reden, missing)
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
          afstand.waarden(values, bezoldiging, max.bedrag, bezoldiging > max.bedrag)
          if bezoldiging > max.bedrag then
            ctx:overtreding{
              message = ("De bezoldiging van %s, %s, ligt %s boven het individueel toepasselijke "
                .. "maximum %s (%s) (WN-1, WNT). Voldoet bij een bezoldiging van ten hoogste %s.")
                :format(wie, geld.fmt(bezoldiging), geld.fmt(bezoldiging - max.bedrag), geld.fmt(max.bedrag),
                  max.grondslag, geld.fmt(max.bedrag)),
              values = values,
              subject = subject .. "/bezoldiging",
            }
          else
            ctx:voldoet{
              message = ("De bezoldiging van %s, %s, ligt niet boven het individueel toepasselijke "
                .. "maximum %s (%s) (WN-1): %s."):format(wie, geld.fmt(bezoldiging),
                geld.fmt(max.bedrag), max.grondslag, afstand.tekst(bezoldiging, max.bedrag, "het maximum")),
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
          afstand.waarden(mvalues, opgegeven, max.bedrag, opgegeven ~= max.bedrag)
          if opgegeven ~= max.bedrag then
            ctx:signaal{
              message = ("Het bezoldigingsmaximum van %s in het verslag, %s, wijkt %s af van het "
                .. "individueel toepasselijke maximum %s (%s) (WN-1). Voldoet bij een opgegeven "
                .. "bezoldigingsmaximum van %s.")
                :format(wie, geld.fmt(opgegeven), geld.fmt(math.abs(opgegeven - max.bedrag)),
                  geld.fmt(max.bedrag), max.grondslag, geld.fmt(max.bedrag)),
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
