-- Who sits in the SWV's intern toezicht and how each member relates to the participating
-- boards and to the SWV's own bestuur (TZ-1, TZ-2), and how the bestuur's members relate to
-- the participating boards (TZ-3). Each reader returns nil plus the list
-- of missing paths when the report lacks what it needs.
local M = {}

M.BESTUREN = "deelnemendeBesturen/bestuur"
M.BESTUUR_LEDEN = "governance/bestuur/lid"
M.TOEZICHT_LEDEN = "governance/internToezicht/lid"

-- Names match without regard to case or repeated spaces ("J.  Jansen" = "j. jansen").
local function name_key(naam)
  return (naam:lower():gsub("%s+", " "))
end

-- Set of bevoegdGezag numbers of the participating boards.
function M.participating(doc)
  local set, found = {}, false
  for _, bestuur in ipairs(doc:nodes(M.BESTUREN)) do
    local bg = bestuur:text("@bevoegdGezag")
    if bg then set[bg], found = true, true end
  end
  if not found then return nil, { M.BESTUREN .. "/@bevoegdGezag" } end
  return set
end

-- The members of the SWV's own bestuur: normalised name -> XPath of that name (evidence).
function M.bestuur_names(doc)
  local set, found = {}, false
  for i, lid in ipairs(doc:nodes(M.BESTUUR_LEDEN)) do
    local naam = lid:text("@naam")
    if naam then
      set[name_key(naam)] = ("%s[%d]/@naam"):format(M.BESTUUR_LEDEN, i)
      found = true
    end
  end
  if not found then return nil, { M.BESTUUR_LEDEN .. "/@naam" } end
  return set
end

-- The members of the SWV's own bestuur as plain tables: naam (nil when absent), path (XPath
-- of the lid element), functie, line, bevoegd_gezag (the board number, nil when empty or
-- absent) and bg_vermeld (whether the bevoegdGezag attribute is there at all: empty means
-- "not a school board", absent means "not stated").
function M.bestuur_leden(doc)
  local leden = {}
  for i, node in ipairs(doc:nodes(M.BESTUUR_LEDEN)) do
    leden[#leden + 1] = {
      naam = node:text("@naam"),
      path = ("%s[%d]"):format(M.BESTUUR_LEDEN, i),
      functie = node:text("@functie"),
      line = node:line(),
      bevoegd_gezag = node:text("@bevoegdGezag"),
      bg_vermeld = node:exists("@bevoegdGezag"),
    }
  end
  if #leden == 0 then return nil, { M.BESTUUR_LEDEN } end
  return leden
end

-- The members of intern toezicht as plain tables: naam (nil when absent), path (XPath of the
-- lid element), rol, line, stemhebbend (true/false/nil) and the bevoegdGezag numbers of their
-- nevenfuncties.
function M.leden(doc)
  local leden = {}
  for i, node in ipairs(doc:nodes(M.TOEZICHT_LEDEN)) do
    local lid = {
      naam = node:text("@naam"),
      path = ("%s[%d]"):format(M.TOEZICHT_LEDEN, i),
      rol = node:text("@rol"),
      line = node:line(),
      stemhebbend = node:bool("@stemhebbend"),
      bevoegd_gezag = {},
    }
    -- a member may carry a board number himself, like the bestuur's members do
    local own = node:text("@bevoegdGezag")
    if own then lid.bevoegd_gezag[1] = own end
    for _, functie in ipairs(node:nodes("nevenfunctie")) do
      local bg = functie:text("@bevoegdGezag")
      if bg then lid.bevoegd_gezag[#lid.bevoegd_gezag + 1] = bg end
    end
    leden[#leden + 1] = lid
  end
  if #leden == 0 then return nil, { M.TOEZICHT_LEDEN } end
  return leden
end

-- How the member is called in a message: his name, or where he stands in the file.
function M.label(lid)
  return lid.naam or ("lid zonder naam op regel " .. tostring(lid.line))
end

-- true/false, or nil when the member has no name to compare; when true, also the XPath of
-- the same name in the bestuur.
function M.is_bestuur_member(lid, bestuur_names)
  if not lid.naam then return nil end
  local path = bestuur_names[name_key(lid.naam)]
  return path ~= nil, path
end

-- Every member with is_linked, linked_to (participating board numbers), is_bestuur_member,
-- is_independent and is_voting; the last three may be nil (unknown).
function M.beoordeel(doc)
  local leden, m1 = M.leden(doc)
  local boards, m2 = M.participating(doc)
  local names, m3 = M.bestuur_names(doc)
  local missing = {}
  for _, m in ipairs({ m1 or {}, m2 or {}, m3 or {} }) do
    for _, path in ipairs(m) do missing[#missing + 1] = path end
  end
  if #missing > 0 then return nil, missing end

  for _, lid in ipairs(leden) do
    lid.linked_to = {}
    for _, bg in ipairs(lid.bevoegd_gezag) do
      if boards[bg] then lid.linked_to[#lid.linked_to + 1] = bg end
    end
    lid.is_linked = #lid.linked_to > 0
    lid.is_bestuur_member = M.is_bestuur_member(lid, names)
    if lid.is_linked or lid.is_bestuur_member then
      lid.is_independent = false
    elseif lid.is_bestuur_member == false then
      lid.is_independent = true
    end -- else unknown: nil
    lid.is_voting = lid.stemhebbend
  end
  return leden
end

return M
