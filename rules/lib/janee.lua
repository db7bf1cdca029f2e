-- Shared check for norms that put one ja/nee question to the report (DZ-1..DZ-3):
-- ja -> voldoet, nee -> signaal, absent -> niet te beoordelen (absent is not nee).
local uitkomst = require("lib.uitkomst")

local M = {}

-- spec: xpath (the ja/nee value), value (its name in `values`), wat (check and norm, for
-- the missing-data message), ja and nee (the messages).
function M.check(spec)
  return function(doc, ctx)
    local antwoord = doc:bool(spec.xpath)
    if antwoord == nil then
      return uitkomst.ontbreekt(ctx, spec.wat, { spec.xpath })
    end
    local values = { [spec.value] = antwoord }
    if antwoord then
      return ctx:voldoet{ message = spec.ja, values = values }
    end
    return ctx:signaal{ message = spec.nee, values = values }
  end
end

return M
